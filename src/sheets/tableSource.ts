import { OutputLocale } from '../core/tabs/outputLocale';
import { PROBLEM_TEXTS } from '../core/tables/problemTexts';
import { sheetReference } from '../core/tabs/sheetReference';
import { SourceGrid } from '../core/tables/tableSchema';
import { TableProblem } from '../core/tables/tableProblem';

/**
 * Where a source table is (DESIGN §3, issue 5): a tab by name, a named range, or the
 * user's selection; read with one batched `getValues()` call.
 */
export type TableSourceChoice =
  | { readonly kind: 'tab'; readonly name: string }
  | { readonly kind: 'namedRange'; readonly name: string }
  | { readonly kind: 'selection' };

export interface TableSourceRead {
  readonly grid: SourceGrid;
  /** The range read, A1 notation with its sheet: "Touchpoints!A1:I21". */
  readonly a1: string;
}

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

export { sheetReference };

/**
 * One `getValues()`, plus one `getNumberFormats()` when the table has a column whose
 * meaning depends on its format (a percent-formatted Reach means what it shows).
 */
function readRange(range: Range, sheetName: string, formats: boolean): TableSourceRead {
  return {
    grid: {
      sheet: sheetName,
      firstRow: range.getRow(),
      firstColumn: range.getColumn(),
      values: range.getValues(),
      ...(formats ? { numberFormats: range.getNumberFormats() } : {}),
    },
    a1: `${sheetReference(sheetName)}!${range.getA1Notation()}`,
  };
}

/** The table a selection stands for: one selected cell means "this table", its tab's data range. */
export function selectedTable(selection: Range): Range {
  return selection.getNumRows() === 1 && selection.getNumColumns() === 1 ? selection.getSheet().getDataRange() : selection;
}

function tabNames(spreadsheet: Spreadsheet): string {
  return spreadsheet.getSheets().map((s) => `"${s.getName()}"`).join(', ');
}

/**
 * Finds and reads the table, or says why it cannot. `defaultTabs` are tried in order when
 * no source is chosen (e.g. "Touchpoints", "Punkty styku"). The reason is worded in `locale`.
 * `formats`: also read the cells' number formats (one more call, whatever the rows).
 */
export function readTableSource(
  spreadsheet: Spreadsheet,
  choice: TableSourceChoice | undefined,
  defaultTabs: readonly string[],
  locale: OutputLocale = 'en',
  formats = false,
): TableSourceRead | { readonly problem: TableProblem } {
  const texts = PROBLEM_TEXTS[locale];
  if (choice === undefined) {
    for (const name of defaultTabs) {
      const sheet = spreadsheet.getSheetByName(name);
      if (sheet) return readRange(sheet.getDataRange(), sheet.getName(), formats);
    }
    return {
      problem: { sheet: defaultTabs[0], problem: texts.noDefaultTab(defaultTabs), allowed: texts.tabOrRangeOrSelection(tabNames(spreadsheet)) },
    };
  }
  if (choice.kind === 'tab') {
    const sheet = spreadsheet.getSheetByName(choice.name);
    if (!sheet) return { problem: { sheet: choice.name, problem: texts.noSuchTab, allowed: texts.oneOfTabs(tabNames(spreadsheet)) } };
    return readRange(sheet.getDataRange(), sheet.getName(), formats);
  }
  if (choice.kind === 'namedRange') {
    const range = spreadsheet.getRangeByName(choice.name);
    if (!range) {
      return { problem: { sheet: choice.name, problem: texts.noSuchNamedRange, allowed: texts.namedRangeAllowed } };
    }
    return readRange(range, range.getSheet().getName(), formats);
  }
  const selection = spreadsheet.getActiveRange();
  if (!selection) return { problem: { sheet: texts.selectionSheet, problem: texts.nothingSelected, allowed: texts.wholeTableSelected } };
  return readRange(selectedTable(selection), selection.getSheet().getName(), formats);
}
