/**
 * Shows a place of a tab to the user: activates the tab and, when given, selects a cell,
 * a whole column or a whole row of it. Reads the grid's size and activates; never writes.
 * `row` / `column` 0 mean every row / column (a whole column / row).
 */
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function showRange(spreadsheet: Spreadsheet, name: string, place?: { readonly a1: string; readonly row: number; readonly column: number }): 'shown' | 'no tab' | 'outside' {
  const sheet = spreadsheet.getSheetByName(name);
  if (!sheet) return 'no tab';
  if (place && (place.row > sheet.getMaxRows() || place.column > sheet.getMaxColumns())) return 'outside';
  sheet.activate();
  if (place) sheet.getRange(place.a1).activate();
  return 'shown';
}
