import { OutputLocale } from './outputLocale';

/**
 * Google Sheets' size limit: "up to 10 million cells or 18,278 columns (column ZZZ) for
 * spreadsheets that are created in or converted to Google Sheets" (Google Drive Help, "Files
 * you can store in Google Drive", https://support.google.com/drive/answer/37603). A cell
 * counts whether or not it holds anything: a tab of 1,000 rows × 26 columns is 26,000 cells.
 * Sheets refuses an insertion that would pass it with {@link SHEETS_CELL_LIMIT_MESSAGE}.
 */
export const SHEETS_CELL_LIMIT = 10_000_000;

/** The error Sheets (and Apps Script) gives when a tab would be inserted or grown past the limit. */
export const SHEETS_CELL_LIMIT_MESSAGE = `This action would increase the number of cells in the workbook above the limit of ${SHEETS_CELL_LIMIT} cells.`;

const formatCount = (n: number, locale: OutputLocale): string =>
  // Grouped by thin spaces in Polish, by commas in English, as each language writes numbers.
  String(n).replace(/\B(?=(\d{3})+(?!\d))/g, locale === 'pl' ? '\u00a0' : ',');

/**
 * Why a generated tab of `needed` cells cannot be written next to `existing` cells, or
 * undefined when it fits. The tab is written in full before an earlier build of it is
 * removed (so that a failure loses nothing), so the earlier build still counts.
 */
export function cellLimitProblem(tabName: string, needed: number, existing: number, locale: OutputLocale): string | undefined {
  if (existing + needed <= SHEETS_CELL_LIMIT) return undefined;
  const limit = formatCount(SHEETS_CELL_LIMIT, locale);
  if (locale === 'pl') {
    return (
      `Karta „${tabName}” potrzebuje ${formatCount(needed, locale)} komórek, a arkusz ma już ${formatCount(existing, locale)}: ` +
      `razem więcej niż limit Arkuszy Google (${limit} komórek w arkuszu). Nic nie zostało zapisane; ` +
      'zmniejsz tabelę źródłową albo usuń niepotrzebne karty lub puste wiersze i kolumny.'
    );
  }
  return (
    `The tab "${tabName}" needs ${formatCount(needed, locale)} cells and the spreadsheet already has ${formatCount(existing, locale)}: ` +
    `together more than Google Sheets' limit of ${limit} cells per spreadsheet. Nothing was written; ` +
    'make the source table smaller or delete tabs, or empty rows and columns, you do not need.'
  );
}
