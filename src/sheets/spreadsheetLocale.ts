/**
 * The spreadsheet's locale (File › Settings), e.g. "pl_PL", which a custom function may
 * read to word its headers (DESIGN §2: a table's headers and labels follow the locale).
 * Undefined where there is no spreadsheet to ask (a script run outside Sheets, a bare test
 * context): tables are then in English.
 */
export function spreadsheetLocale(): string | undefined {
  try {
    if (typeof SpreadsheetApp === 'undefined') return undefined;
    return SpreadsheetApp.getActiveSpreadsheet()?.getSpreadsheetLocale() || undefined;
  } catch {
    return undefined;
  }
}
