package org.mentorlog.reference;

import java.util.ArrayList;
import java.util.List;
import org.mentorlog.audit.AuditService;
import org.mentorlog.base.DomainException;
import org.mentorlog.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators keep the reference lists: add entries, relabel them, retire and restore them, and
 * put them in order. Entries are never deleted (records point at them by id), and codes never change
 * once created, because exports and headquarters tools identify entries by code.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Roles.HAS_ADMIN)
public class ReferenceAdministration {

    private static final String AUDIT_TYPE = "reference_item";

    private final ReferenceItemRepository items;
    private final AuditService audit;

    ReferenceAdministration(ReferenceItemRepository items, AuditService audit) {
        this.items = items;
        this.audit = audit;
    }

    /** Every entry of one list, active or not, in the order the forms offer them (a list has tens of entries). */
    public List<ReferenceEntry> entries(ReferenceKind kind) {
        return items.findByKindOrderBySortOrderAscIdAsc(kind).stream().map(ReferenceEntry::of).toList();
    }

    /** Adds an entry at the end of its list; the code must be new to that list, whatever its case. */
    @Transactional
    public ReferenceEntry add(NewReferenceEntry entry) {
        List<ReferenceItem> list = entry.kind() == null ? List.of() : items.findByKindOrderBySortOrderAscIdAsc(entry.kind());
        int last = list.stream().mapToInt(ReferenceItem::getSortOrder).max().orElse(0);
        ReferenceItem item = new ReferenceItem(entry.kind(), entry.code(), last + 1);
        item.relabel(entry.labelEn(), entry.labelFr(), entry.labelNb());
        item.flag(entry.positionOfAuthority(), entry.nonTraditional());
        if (items.existsByKindAndCodeIgnoreCase(item.getKind(), item.getCode())) {
            throw new DomainException("reference.error.duplicate-code", item.getCode());
        }
        ReferenceItem saved = items.saveAndFlush(item);
        audit.record(AUDIT_TYPE, saved.getId(), "CREATE", saved.describe());
        return ReferenceEntry.of(saved);
    }

    /** Changes the labels and flags, if nobody changed the entry since {@code changes.version()} was read. */
    @Transactional
    public ReferenceEntry update(Long id, ReferenceEntryChanges changes) {
        ReferenceItem item = current(id, changes.version());
        String before = item.describe();
        item.relabel(changes.labelEn(), changes.labelFr(), changes.labelNb());
        item.flag(changes.positionOfAuthority(), changes.nonTraditional());
        return saveAudited(item, "UPDATE", before);
    }

    /**
     * Retires an entry from the forms (or offers it again). Records that already use it keep it and
     * its labels.
     */
    @Transactional
    public ReferenceEntry setActive(Long id, long version, boolean active) {
        ReferenceItem item = current(id, version);
        String before = item.describe();
        item.setActive(active);
        return saveAudited(item, active ? "REACTIVATE" : "DEACTIVATE", before);
    }

    /**
     * Moves an entry one place up ({@code -1}) or down ({@code +1}) in its list, inactive entries
     * included; at either end nothing changes. The list is numbered 1, 2, 3... afterwards, and every
     * entry whose place changed is audited.
     */
    @Transactional
    public void move(Long id, long version, int step) {
        ReferenceItem item = current(id, version);
        List<ReferenceItem> list = new ArrayList<>(items.findByKindOrderBySortOrderAscIdAsc(item.getKind()));
        int from = list.indexOf(item);
        int to = from + Integer.signum(step);
        if (to < 0 || to >= list.size()) {
            return;
        }
        list.add(to, list.remove(from));
        for (int i = 0; i < list.size(); i++) {
            ReferenceItem entry = list.get(i);
            if (entry.getSortOrder() != i + 1) {
                String before = entry.describe();
                entry.placeAt(i + 1);
                audit.record(AUDIT_TYPE, entry.getId(), "MOVE", before + " -> " + entry.describe());
            }
        }
        items.flush();
    }

    private ReferenceItem current(Long id, long version) {
        ReferenceItem item = items.findById(id).orElseThrow(() -> new DomainException("reference.error.unknown"));
        if (item.getVersion() != version) {
            throw new DomainException("error.concurrent-change");
        }
        return item;
    }

    private ReferenceEntry saveAudited(ReferenceItem item, String action, String before) {
        ReferenceItem saved = items.saveAndFlush(item);
        audit.record(AUDIT_TYPE, saved.getId(), action, before + " -> " + saved.describe());
        return ReferenceEntry.of(saved);
    }
}
