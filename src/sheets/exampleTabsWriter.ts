import { ExampleCell, ExampleTab, EXAMPLE_SPARE_ROWS } from '../core/examples/exampleTabs';
import { literalCellValue } from './literalText';

/**
 * Writes the example tabs of core/exampleTabs.ts as new tabs, with batched calls per tab
 * (values, header format, one call per validated column, per formatted column and per
 * formatted range).
 * The caller has chosen free names: this never writes to an existing tab.
 */
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const HEADER_BACKGROUND = '#e8f0fe';

/** What setValues must get: text as literal text, formulas as formulas, dates and numbers as they are. */
function cellInput(cell: ExampleCell): string | number | boolean | Date {
  if (cell !== null && typeof cell === 'object' && 'formula' in cell) return cell.formula;
  if (cell instanceof Date || Object.prototype.toString.call(cell) === '[object Date]') return cell as Date;
  return literalCellValue(cell as string | number | boolean | null);
}

function validation(rule: ExampleTab['validations'][number]['rule']): GoogleAppsScript.Spreadsheet.DataValidation {
  const builder = SpreadsheetApp.newDataValidation();
  return (rule.kind === 'checkbox' ? builder.requireCheckbox() : builder.requireValueInList([...rule.values], true)).setAllowInvalid(false).build();
}

function writeTab(sheet: Sheet, tab: ExampleTab): void {
  const width = Math.max(...tab.rows.map((row) => row.length));
  const values = tab.rows.map((row) => Array.from({ length: width }, (_, c) => cellInput(row[c] ?? null)));
  sheet.getRange(1, 1, values.length, width).setValues(values);
  sheet.getRange(1, 1, 1, width).setFontWeight('bold').setBackground(HEADER_BACKGROUND);
  sheet.setFrozenRows(1);
  const below = tab.rows.length - 1 + EXAMPLE_SPARE_ROWS;
  for (const { column, rule } of tab.validations) sheet.getRange(2, column, below, 1).setDataValidation(validation(rule));
  for (const { column, format } of tab.numberFormats) sheet.getRange(2, column, below, 1).setNumberFormat(format);
  for (const { row, column, rows, columns, format } of tab.cellFormats ?? []) sheet.getRange(row, column, rows, columns).setNumberFormat(format);
  tab.columnWidths.forEach((px, i) => sheet.setColumnWidth(i + 1, px));
}

/** Adds each tab at the end, in order, and leaves the first of them active. */
export function insertExampleTabs(spreadsheet: Spreadsheet, tabs: readonly ExampleTab[]): void {
  const sheets = tabs.map((tab) => {
    const sheet = spreadsheet.insertSheet(tab.name, spreadsheet.getNumSheets());
    writeTab(sheet, tab);
    return sheet;
  });
  if (sheets.length > 0) spreadsheet.setActiveSheet(sheets[0]);
}
