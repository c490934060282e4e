import { OutputLocale } from '../tabs/outputLocale';

/**
 * The order of groups in a table such as NPS_BY, as a Sheets pivot table sorts its rows
 * ascending: numbers, then dates in time order, then text (case-insensitive, in the
 * alphabet of the spreadsheet's language: in English accents follow their base letter, in
 * Polish ą, ć, ę, ł, ń, ó, ś, ź, ż are letters of their own after a, c, e, l, n, o, s, z),
 * then FALSE and TRUE, and the group of blank cells last.
 */
export type GroupLabel =
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'date'; readonly day: number } // day number from 1970-01-01 (datePeriod)
  | { readonly kind: 'text'; readonly value: string }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'blank' };

const KIND_ORDER: Record<GroupLabel['kind'], number> = { number: 0, date: 1, text: 2, boolean: 3, blank: 4 };

/**
 * Text in the language's alphabet, case- (and in English accent-) insensitive first, so
 * "apple" sits next to "Apple"; then exact, so the order is total.
 */
export function textOrder(locale: OutputLocale): (a: string, b: string) => number {
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  return (a, b) => collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** English order: DRIVERS' ties, and groups where no language is given. */
export const compareText = textOrder('en');

export function groupLabelOrder(locale: OutputLocale): (a: GroupLabel, b: GroupLabel) => number {
  const texts = locale === 'en' ? compareText : textOrder(locale);
  return (a, b) => compareGroupLabels(a, b, texts);
}

export function compareGroupLabels(a: GroupLabel, b: GroupLabel, texts: (a: string, b: string) => number = compareText): number {
  if (a.kind !== b.kind) return KIND_ORDER[a.kind] - KIND_ORDER[b.kind];
  switch (a.kind) {
    case 'number':
      return a.value - (b as typeof a).value;
    case 'date':
      return a.day - (b as typeof a).day;
    case 'text':
      return texts(a.value, (b as typeof a).value);
    case 'boolean':
      return Number(a.value) - Number((b as typeof a).value);
    case 'blank':
      return 0;
  }
}
