/**
 * The spreadsheet's locale (File › Settings), e.g. "pl_PL", which a custom function may
 * read: table functions word their headers and labels in it (DESIGN §2). Undefined where
 * there is no spreadsheet to ask (a script run outside Sheets, a bare test context).
 */
export function spreadsheetLocale(): string | undefined {
  try {
    if (typeof SpreadsheetApp === 'undefined') return undefined;
    return SpreadsheetApp.getActiveSpreadsheet()?.getSpreadsheetLocale() || undefined;
  } catch {
    return undefined;
  }
}
