// Measures what a finger, a keyboard and a reader of a narrow grid meet on the page; used by TabletErgonomicsIT.
window.tabletProbe = (() => {
    const MIN = 44;
    const ROLES = ['button', 'link', 'checkbox', 'radio', 'switch', 'tab', 'menuitem', 'menuitemcheckbox',
        'menuitemradio', 'option', 'combobox', 'slider', 'spinbutton', 'treeitem'];
    const BUTTON_PARTS = /(^|\s)(clear-button|toggle-button|increase-button|decrease-button|remove-button|reveal-button)(\s|$)/;

    const all = (root = document, out = []) => {
        for (const el of root.querySelectorAll('*')) {
            out.push(el);
            if (el.shadowRoot) all(el.shadowRoot, out);
        }
        return out;
    };
    const host = el => el.getRootNode() instanceof ShadowRoot ? el.getRootNode().host : null;
    const describe = el => {
        const outer = host(el);
        const part = el.getAttribute('part');
        const text = (el.getAttribute('aria-label') || el.textContent || el.getAttribute('label') || '')
            .trim().replace(/\s+/g, ' ').slice(0, 30);
        const self = el.localName + (part ? `[part="${part}"]` : '') + (el.getAttribute('role') ? `[role=${el.getAttribute('role')}]` : '');
        return (outer ? outer.localName + ' >> ' : '') + self + (text ? ` "${text}"` : '');
    };
    const shown = el => {
        const r = el.getBoundingClientRect();
        return r.width >= 2 && r.height >= 2 && r.right > 0 && r.left < innerWidth
            && el.checkVisibility({opacityProperty: true, visibilityProperty: true});
    };
    const interactive = el => {
        const tag = el.localName;
        if (tag === 'a') return el.hasAttribute('href');
        if (['button', 'select', 'textarea', 'summary', 'vaadin-grid-sorter'].includes(tag)) return true;
        if (tag === 'input') return el.type !== 'hidden';
        // A select's, combo box's or date picker's arrow is hidden from readers and does what a tap anywhere
        // on the field does: the field is the target.
        if (/toggle-button/.test(el.getAttribute('part') || '') && el.getAttribute('aria-hidden') === 'true') return false;
        if (ROLES.includes(el.getAttribute('role'))) return true;
        return BUTTON_PARTS.test(el.getAttribute('part') || '') && !!host(el)?.localName.startsWith('vaadin-');
    };
    /** What a finger actually hits for a control: a field's whole input box, a checkbox's whole row. */
    const target = el => {
        const field = el.closest('[slot=input], [slot=textarea], vaadin-select-value-button');
        const owner = field && field.parentElement;
        if (owner && owner.shadowRoot) {
            return owner.shadowRoot.querySelector('[part~="input-field"]') || owner;
        }
        if (el.localName === 'input' && el.parentElement?.localName.match(/^vaadin-(checkbox|radio-button)$/)) {
            return el.parentElement;
        }
        return el;
    };

    /** Every visible control smaller than 44 × 44 CSS px, and grid rows lower than 44 px. */
    const smallTargets = () => {
        const seen = new Set();
        const offenders = [];
        for (const el of all()) {
            if (!interactive(el) || !shown(el)) continue;
            const t = target(el);
            if (seen.has(t)) continue;
            seen.add(t);
            const r = t.getBoundingClientRect();
            if (r.width < MIN - 0.5 || r.height < MIN - 0.5) {
                offenders.push(`${describe(t)} ${Math.round(r.width)}×${Math.round(r.height)}`);
            }
        }
        for (const grid of document.querySelectorAll('vaadin-grid')) {
            const row = grid.shadowRoot.querySelector('#items tr[part~="row"]:not([hidden])');
            if (row && shown(row) && row.getBoundingClientRect().height < MIN - 0.5) {
                offenders.push(`vaadin-grid >> tr[part~=row] height ${row.getBoundingClientRect().height.toFixed(1)}`
                    + ` (cell min-height ${getComputedStyle(row.querySelector('td')).minHeight})`);
            }
        }
        return offenders;
    };

    const overflows = el => el.scrollWidth > el.clientWidth + 1;
    /** Cells and field values cut short, and grids that scroll sideways, with how much is hidden. */
    const cutShort = () => {
        const problems = [];
        for (const grid of document.querySelectorAll('vaadin-grid')) {
            if (!shown(grid)) continue;
            const table = grid.shadowRoot.querySelector('#table');
            // A table with a column per period may scroll sideways if its key column stays put (frozen).
            const frozenKey = grid.querySelector('vaadin-grid-column')?.frozen;
            if (overflows(table) && !frozenKey) {
                problems.push(`vaadin-grid${grid.id ? '#' + grid.id : ''} scrolls sideways: ${table.scrollWidth - table.clientWidth} px hidden`);
            }
            for (const content of grid.querySelectorAll('vaadin-grid-cell-content')) {
                if (!shown(content)) continue;
                const cut = overflows(content) || [...content.querySelectorAll('*')].some(child => shown(child) && overflows(child)
                    && getComputedStyle(child).overflowX !== 'visible');
                if (cut) problems.push(`grid cell "${content.textContent.trim().replace(/\s+/g, ' ').slice(0, 40)}" is cut`);
            }
        }
        for (const chip of document.querySelectorAll('vaadin-multi-select-combo-box-chip:not([slot=overflow])')) {
            const label = chip.shadowRoot.querySelector('[part~="label"]');
            if (label && shown(chip) && overflows(label)) problems.push(`chip "${chip.label}" is cut`);
        }
        for (const field of document.querySelectorAll('vaadin-select-value-button, vaadin-select-value-button > *, [slot=input]')) {
            if (shown(field) && overflows(field)) {
                problems.push(`field value "${(field.value ?? field.textContent).trim().slice(0, 40)}" is cut`);
            }
        }
        return problems;
    };

    const deepActive = () => {
        let el = document.activeElement;
        while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
        return el;
    };
    /** Bars that stay put while the page scrolls: the layout's navbar and anything fixed or sticky. */
    const bars = () => all().filter(el => {
        const position = getComputedStyle(el).position;
        return (position === 'fixed' || position === 'sticky') && shown(el)
            && el.localName !== 'vaadin-grid' && !el.closest?.('vaadin-grid') && !(host(el)?.localName === 'vaadin-grid')
            && el.getBoundingClientRect().height < innerHeight / 2;
    });
    const contains = (outer, inner) => {
        for (let el = inner; el; el = el.assignedSlot || el.parentElement || host(el)) if (el === outer) return true;
        return false;
    };
    /** The element painted on top at a point, looking into shadow roots. */
    const topAt = (x, y) => {
        let el = document.elementFromPoint(x, y);
        while (el?.shadowRoot) {
            const inner = el.shadowRoot.elementFromPoint(x, y);
            if (!inner || inner === el) break;
            el = inner;
        }
        return el;
    };
    /** Whether the focused element is painted over the bar where they meet (a sticky cell scrolled under the navbar). */
    const onTop = (focused, bar, f, b) => {
        const top = topAt((Math.max(f.left, b.left) + Math.min(f.right, b.right)) / 2,
            (Math.max(f.top, b.top) + Math.min(f.bottom, b.bottom)) / 2);
        return !!top && contains(focused, top) && !contains(bar, top);
    };
    /** The focused element, if a bar covers any of it. */
    const focusHidden = () => {
        const focused = deepActive();
        if (!focused || focused === document.body) return null;
        const f = focused.getBoundingClientRect();
        for (const bar of bars()) {
            if (contains(bar, focused) || contains(focused, bar)) continue;
            const b = bar.getBoundingClientRect();
            const overlap = Math.min(f.bottom, b.bottom) - Math.max(f.top, b.top);
            const across = Math.min(f.right, b.right) - Math.max(f.left, b.left);
            if (overlap > 1 && across > 1 && !onTop(focused, bar, f, b)) {
                return `${describe(focused)} under ${describe(bar)} (${Math.round(overlap)} px)`;
            }
        }
        return null;
    };

    return {smallTargets, cutShort, focusHidden, deepActive: () => describe(deepActive() || document.body)};
})();
