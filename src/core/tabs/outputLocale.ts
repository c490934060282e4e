/**
 * The language of generated tabs (DESIGN §4: tab names and headers follow the user's
 * locale, English or Polish). A spreadsheet locale such as "pl_PL" or "pl" gives Polish;
 * every other locale gives English. An explicit choice (sidebar, CLI) wins.
 */
export type OutputLocale = 'en' | 'pl';

export const OUTPUT_LOCALES: readonly OutputLocale[] = ['en', 'pl'];

export function isOutputLocale(value: unknown): value is OutputLocale {
  return value === 'en' || value === 'pl';
}

export function outputLocaleOf(spreadsheetLocale: string | undefined, chosen?: OutputLocale): OutputLocale {
  if (chosen !== undefined) return chosen;
  return /^pl(?:[_-]|$)/i.test(spreadsheetLocale ?? '') ? 'pl' : 'en';
}
