// The app's texts come with the snapshot, in the mentor's language, as written in the server's bundles
// (ICU patterns). This formats the two forms the bundles use: {0} and {0, plural, one {...} other {...}}.

let texts: Record<string, string> = {};
let language = 'en';

export function useTexts(messages: Record<string, string>, lang: string) {
  texts = messages;
  language = lang;
}

export function t(key: string, ...args: unknown[]): string {
  const pattern = texts[key];
  if (pattern === undefined) return key;
  // As on the server: a text without arguments is shown as written, a pattern with arguments is ICU.
  return args.length === 0 ? pattern : format(pattern, args);
}

export function currentLanguage(): string {
  return language;
}

function format(pattern: string, args: unknown[]): string {
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const open = pattern.indexOf('{', i);
    if (open < 0) {
      out += pattern.slice(i);
      break;
    }
    out += pattern.slice(i, open);
    const close = matching(pattern, open);
    out += argument(pattern.slice(open + 1, close), args);
    i = close + 1;
  }
  return out.replace(/''/g, "'");
}

function matching(pattern: string, open: number): number {
  let depth = 0;
  for (let i = open; i < pattern.length; i++) {
    if (pattern[i] === '{') depth++;
    if (pattern[i] === '}' && --depth === 0) return i;
  }
  return pattern.length - 1;
}

function argument(body: string, args: unknown[]): string {
  const [index, type] = body.split(',').map((part) => part.trim());
  const value = args[Number(index)];
  if (type !== 'plural') {
    return value === undefined ? '' : String(value);
  }
  const count = Number(value);
  const category = new Intl.PluralRules(language).select(count);
  const choices = body.slice(body.indexOf('plural') + 'plural'.length + 1);
  const exact = pick(choices, `=${count}`);
  const chosen = exact ?? pick(choices, category) ?? pick(choices, 'other') ?? '';
  return format(chosen, args).replace(/#/g, new Intl.NumberFormat(language).format(count));
}

function pick(choices: string, selector: string): string | undefined {
  let i = 0;
  while (i < choices.length) {
    const open = choices.indexOf('{', i);
    if (open < 0) return undefined;
    const name = choices.slice(i, open).trim();
    const close = matching(choices, open);
    if (name === selector) return choices.slice(open + 1, close);
    i = close + 1;
  }
  return undefined;
}

/** Month and day names for Vaadin's date picker in the mentor's language; weeks start on Monday. */
export function datePickerTexts() {
  const months = [...Array(12).keys()].map((m) =>
    new Intl.DateTimeFormat(language, { month: 'long' }).format(new Date(2026, m, 1)));
  const days = [...Array(7).keys()].map((d) =>
    new Intl.DateTimeFormat(language, { weekday: 'long' }).format(new Date(2026, 10, 1 + d)));
  const short = [...Array(7).keys()].map((d) =>
    new Intl.DateTimeFormat(language, { weekday: 'short' }).format(new Date(2026, 10, 1 + d)));
  return { monthNames: months, weekdays: days, weekdaysShort: short, firstDayOfWeek: 1,
    today: t('field.today'), cancel: t('field.cancel') };
}

export function formatDate(iso: string | null): string {
  if (!iso) return '';
  const [y, m, d] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium' }).format(new Date(y, m - 1, d));
}
