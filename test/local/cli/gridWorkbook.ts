/**
 * Helpers for the valuation-grid end-to-end tests: workbooks with a Touchpoints tab, the
 * built bundle loaded over them, and views of a tab that tests compare.
 */
import { createWorkbook, loadAddon, LocalAddon, LocalSpreadsheet, WorkbookData } from '../../../local/runtime';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const TOUCHPOINTS_HEADER = ['Stage', 'Touchpoint', 'Path', 'Valuation', 'Target', 'Moment of truth', 'Effort point', 'Reach', 'Owner'];

export function gridAddon(data: WorkbookData, locale?: string): { addon: LocalAddon; workbook: LocalSpreadsheet; spreadsheet: Spreadsheet } {
  const workbook = createWorkbook(data);
  if (locale) workbook.setSpreadsheetLocale(locale);
  const addon = loadAddon(workbook);
  return { addon, workbook, spreadsheet: workbook as unknown as Spreadsheet };
}

/** A synthetic journey of n touchpoints over 3 stages and 2 paths (every third on both). */
export function syntheticTouchpoints(n: number): unknown[][] {
  const stages = ['Before', 'During', 'After'];
  const rows: unknown[][] = [TOUCHPOINTS_HEADER];
  for (let i = 0; i < n; i++) {
    rows.push([
      stages[Math.floor((i * stages.length) / n)],
      `Touchpoint ${i + 1}`,
      ['', 'Online', 'Store'][i % 3],
      i % 11 === 0 ? '' : ((i * 7) % 5) - 2,
      i % 4 === 0 ? 2 : '',
      i % 5 === 0,
      i % 6 === 0 ? 'yes' : 'no',
      (i % 10) / 10,
      `Team ${i % 4}`,
    ]);
  }
  return rows;
}

/** Everything a user could see or a script could read of a tab, for before/after comparisons. */
export function tabSnapshot(sheet: Sheet): Record<string, unknown> {
  const range = sheet.getRange(1, 1, sheet.getMaxRows(), sheet.getMaxColumns());
  return {
    name: sheet.getName(),
    index: sheet.getIndex(),
    size: [sheet.getMaxRows(), sheet.getMaxColumns()],
    values: range.getValues(),
    formulas: range.getFormulas(),
    numberFormats: range.getNumberFormats(),
    backgrounds: range.getBackgrounds(),
    fontWeights: range.getFontWeights(),
    merges: range.getMergedRanges().map((r) => r.getA1Notation()),
    frozen: [sheet.getFrozenRows(), sheet.getFrozenColumns()],
    widths: Array.from({ length: sheet.getMaxColumns() }, (_, i) => sheet.getColumnWidth(i + 1)),
    metadata: sheet.getDeveloperMetadata().map((m) => [m.getKey(), m.getValue()]),
    charts: sheet.getCharts().map((c) => c.getRanges().map((r) => r.getA1Notation())),
  };
}

/** The row where the generated table's header is (1-based), found by its first two headers. */
export function tableHeaderRow(values: unknown[][], first = 'Stage', second = 'Path'): number {
  const index = values.findIndex((row) => row[0] === first && row[1] === second);
  if (index < 0) throw new Error(`no table header ${first} | ${second} in the tab`);
  return index + 1;
}

/** A tab's snapshot without what differs between two builds of it: the time and the tab id. */
export function withoutBuildTime(snapshot: Record<string, unknown>): Record<string, unknown> {
  const values = (snapshot.values as unknown[][]).map((r) => [...r]);
  values[1][0] = String(values[1][0]).replace(/\d{4}-\d\d-\d\d \d\d:\d\d UTC/, 'TIME');
  // A rebuild is a new tab (written in full before the old one goes), so its id differs too.
  const metadata = (snapshot.metadata as [string, string][]).map(([k, v]) => [k, { ...JSON.parse(v), builtAt: 'TIME', sheetId: 'ID' }]);
  return { ...snapshot, values, metadata };
}
