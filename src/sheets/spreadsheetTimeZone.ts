/**
 * The spreadsheet's time zone (File › Settings), which a custom function may read.
 * Undefined where there is no spreadsheet to ask (a script run outside Sheets, a bare test
 * context): dates are then read in the script's own zone.
 */
export function spreadsheetTimeZone(): string | undefined {
  try {
    if (typeof SpreadsheetApp === 'undefined') return undefined;
    return SpreadsheetApp.getActiveSpreadsheet()?.getSpreadsheetTimeZone() || undefined;
  } catch {
    return undefined;
  }
}
