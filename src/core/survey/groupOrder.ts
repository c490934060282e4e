/**
 * The order of groups in a table such as NPS_BY, as a Sheets pivot table sorts its rows
 * ascending: numbers, then dates in time order, then text (case-insensitive, accents after
 * their base letter as the "en" collation has them), then FALSE and TRUE, and the group of
 * blank cells last.
 */
export type GroupLabel =
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'date'; readonly day: number } // day number from 1970-01-01 (datePeriod)
  | { readonly kind: 'text'; readonly value: string }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'blank' };

const KIND_ORDER: Record<GroupLabel['kind'], number> = { number: 0, date: 1, text: 2, boolean: 3, blank: 4 };

/** Case- and accent-insensitive first, so "apple" sits next to "Apple"; then exact, so the order is total. */
export function compareText(a: string, b: string): number {
  const loose = a.localeCompare(b, 'en', { sensitivity: 'base' });
  if (loose !== 0) return loose;
  return a < b ? -1 : a > b ? 1 : 0;
}

export function compareGroupLabels(a: GroupLabel, b: GroupLabel): number {
  if (a.kind !== b.kind) return KIND_ORDER[a.kind] - KIND_ORDER[b.kind];
  switch (a.kind) {
    case 'number':
      return a.value - (b as typeof a).value;
    case 'date':
      return a.day - (b as typeof a).day;
    case 'text':
      return compareText(a.value, (b as typeof a).value);
    case 'boolean':
      return Number(a.value) - Number((b as typeof a).value);
    case 'blank':
      return 0;
  }
}
