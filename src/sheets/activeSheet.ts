/** The name of the tab the user is looking at. */
export function activeSheetName(): string {
  return SpreadsheetApp.getActiveSheet().getName();
}
