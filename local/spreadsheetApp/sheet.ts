/**
 * Sheet of the local runtime, and the model of one tab: its grid size (1,000 rows × 26
 * columns when inserted, as in Sheets), cell formats, notes, merges, validation rules,
 * frozen rows and columns, column widths, developer metadata, charts, conditional-format
 * rules and protections. Cell values and formulas live in the formula engine.
 *
 * getRange() is 1-based and checks its bounds with Sheets' messages; the grid grows only
 * through insertRows…/insertColumns… (as in Sheets), never by writing past its edge.
 */
import { parseA1 } from '../a1';
import { CellContent, SheetsValue } from '../formulaEngine';
import { Exposed } from '../instrument';
import { isDateFormat } from '../numberFormat';
import { copyChart, LocalEmbeddedChart, LocalEmbeddedChartBuilder } from './charts';
import { LocalDeveloperMetadata, LocalDeveloperMetadataFinder, MetadataHolder } from './metadata';
import { LocalProtection } from './protection';
import { LocalRange, LocalRangeList } from './range';
import { LocalConditionalFormatRule, LocalDataValidation } from './rules';
import type { LocalSpreadsheet } from './spreadsheet';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface CellFormat {
  numberFormat?: string;
  background?: string;
  fontColor?: string;
  fontWeight?: string;
  fontStyle?: string;
  fontSize?: number;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrap?: boolean;
  border?: { top?: string; left?: string; bottom?: string; right?: string };
}

export const DEFAULT_ROWS = 1000;
export const DEFAULT_COLUMNS = 26;
export const DEFAULT_COLUMN_WIDTH = 100;

const key = (row: number, column: number) => `${row}:${column}`;

export class LocalSheet extends Exposed implements MetadataHolder, Pick<Sheet,
  | 'getName' | 'setName' | 'getSheetId' | 'getIndex' | 'getParent' | 'getRange' | 'getRangeList' | 'getDataRange'
  | 'getLastRow' | 'getLastColumn' | 'getMaxRows' | 'getMaxColumns'
  | 'insertRowsAfter' | 'insertColumnsAfter' | 'insertRows' | 'insertColumns'
  | 'clear' | 'clearContents' | 'clearFormats' | 'clearNotes'
  | 'setFrozenRows' | 'setFrozenColumns' | 'getFrozenRows' | 'getFrozenColumns'
  | 'setColumnWidth' | 'setColumnWidths' | 'getColumnWidth' | 'autoResizeColumns' | 'autoResizeColumn'
  | 'addDeveloperMetadata' | 'getDeveloperMetadata' | 'createDeveloperMetadataFinder'
  | 'newChart' | 'insertChart' | 'getCharts' | 'removeChart' | 'updateChart'
  | 'setConditionalFormatRules' | 'getConditionalFormatRules' | 'protect' | 'getProtections'
  | 'activate' | 'setTabColor' | 'getTabColor' | 'hideSheet' | 'showSheet' | 'isSheetHidden'
  | 'hideRows' | 'showRows' | 'hideColumns' | 'showColumns' | 'isRowHiddenByUser' | 'isColumnHiddenByUser'> {
  readonly gasClass = 'Sheet';
  maxRows = DEFAULT_ROWS;
  maxColumns = DEFAULT_COLUMNS;
  frozenRows = 0;
  frozenColumns = 0;
  tabColor: string | null = null;
  hidden = false;
  readonly formats = new Map<string, CellFormat>();
  readonly notes = new Map<string, string>();
  readonly validations = new Map<string, LocalDataValidation>();
  readonly columnWidths = new Map<number, number>();
  /** Rows and columns the user (or a build) hid, by number. */
  readonly hiddenRows = new Set<number>();
  readonly hiddenColumns = new Set<number>();
  merges: LocalRange[] = [];
  readonly metadata: LocalDeveloperMetadata[] = [];
  charts: LocalEmbeddedChart[] = [];
  conditionalRules: LocalConditionalFormatRule[] = [];
  protections: LocalProtection[] = [];

  constructor(
    readonly spreadsheet: LocalSpreadsheet,
    private name: string,
    /** The formula engine's id of this sheet. */
    readonly engineId: number,
    /** The gid Sheets shows in the URL. */
    readonly sheetId: number,
  ) {
    super();
  }

  private self(): Sheet {
    return this as unknown as Sheet;
  }

  // --- model, used by Range and the XLSX codec -----------------------------------------

  format(row: number, column: number): CellFormat | undefined {
    return this.formats.get(key(row, column));
  }

  setFormat<K extends keyof CellFormat>(row: number, column: number, name: K, value: CellFormat[K] | undefined): void {
    const k = key(row, column);
    const format = { ...(this.formats.get(k) ?? {}) };
    if (value === undefined) delete format[name];
    else format[name] = value;
    if (Object.keys(format).length === 0) this.formats.delete(k);
    else this.formats.set(k, format);
  }

  clearFormat(row: number, column: number): void {
    this.formats.delete(key(row, column));
  }

  valueAt(row: number, column: number): SheetsValue {
    return this.spreadsheet.engine.valueAt(this.engineId, row - 1, column - 1, isDateFormat(this.format(row, column)?.numberFormat));
  }

  formulaAt(row: number, column: number): string {
    return this.spreadsheet.engine.formulaAt(this.engineId, row - 1, column - 1);
  }

  /** The message behind an error value in a cell (e.g. what a custom function threw). */
  errorMessageAt(row: number, column: number): string | undefined {
    return this.spreadsheet.engine.errorMessage(this.engineId, row - 1, column - 1);
  }

  writeBlock(row: number, column: number, block: CellContent[][]): void {
    this.spreadsheet.engine.setCells(this.engineId, row - 1, column - 1, block);
  }

  noteAt(row: number, column: number): string {
    return this.notes.get(key(row, column)) ?? '';
  }

  setNote(row: number, column: number, note: string): void {
    if (note === '') this.notes.delete(key(row, column));
    else this.notes.set(key(row, column), note);
  }

  validationAt(row: number, column: number): LocalDataValidation | undefined {
    return this.validations.get(key(row, column));
  }

  setValidation(row: number, column: number, rule: LocalDataValidation | undefined): void {
    if (rule) this.validations.set(key(row, column), rule);
    else this.validations.delete(key(row, column));
  }

  addMerge(range: LocalRange): void {
    if (this.mergesOverlapping(range).length > 0) {
      throw new Error('You must select all cells in a merged range to merge or unmerge them.');
    }
    if (range.numRows * range.numColumns > 1) this.merges.push(range);
  }

  removeMergesWithin(range: LocalRange): void {
    const overlapping = this.mergesOverlapping(range);
    if (overlapping.some((m) => m.row < range.row || m.column < range.column || m.getLastRow() > range.getLastRow() || m.getLastColumn() > range.getLastColumn())) {
      throw new Error('You must select all cells in a merged range to merge or unmerge them.');
    }
    this.merges = this.merges.filter((m) => !overlapping.includes(m));
  }

  mergesOverlapping(range: LocalRange): LocalRange[] {
    return this.merges.filter((m) => m.row <= range.getLastRow() && m.getLastRow() >= range.row && m.column <= range.getLastColumn() && m.getLastColumn() >= range.column);
  }

  /** A range checked against the grid, with Sheets' messages. */
  rangeAt(row: number, column: number, numRows = 1, numColumns = 1): LocalRange {
    for (const [value, what] of [[row, 'row'], [column, 'column'], [numRows, 'numRows'], [numColumns, 'numColumns']] as const) {
      if (typeof value !== 'number' || !Number.isInteger(value)) throw new Error(`The parameters (${typeof value}) don't match the method signature for Sheet.getRange: ${what} must be a whole number.`);
    }
    if (row < 1) throw new Error('The starting row of the range is too small.');
    if (column < 1) throw new Error('The starting column of the range is too small.');
    if (numRows < 1) throw new Error('The number of rows in the range must be at least 1.');
    if (numColumns < 1) throw new Error('The number of columns in the range must be at least 1.');
    if (row + numRows - 1 > this.maxRows || column + numColumns - 1 > this.maxColumns) {
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return new LocalRange(this, row, column, numRows, numColumns);
  }

  rangeFromA1(notation: string): LocalRange {
    const a1 = parseA1(notation);
    if (a1.sheetName !== undefined && a1.sheetName !== this.name) throw new Error('Range not found');
    const lastRow = a1.lastRow ?? this.maxRows;
    const lastColumn = a1.lastColumn ?? this.maxColumns;
    if (lastRow > this.maxRows || lastColumn > this.maxColumns) throw new Error('Range not found');
    const wholeColumns = a1.row === 1 && a1.lastRow === undefined && a1.lastColumn !== undefined;
    return new LocalRange(this, a1.row, a1.column, lastRow - a1.row + 1, lastColumn - a1.column + 1, wholeColumns);
  }

  /** Grows the grid (the XLSX reader and insertRows…). Open-ended ranges follow. */
  resize(maxRows: number, maxColumns: number): void {
    this.maxRows = Math.max(this.maxRows, maxRows);
    this.maxColumns = Math.max(this.maxColumns, maxColumns);
    this.spreadsheet.engine.setLastRow(this.engineId, this.maxRows);
  }

  rename(name: string): void {
    this.name = name;
  }

  /**
   * Makes this new, empty sheet a copy of `template` (Spreadsheet.insertSheet with the
   * `template` option: "All data from the template sheet object is copied to the new
   * sheet"): its size, the cells as entered (formulas stay formulas and recalculate here),
   * formats, notes, data validation, merges, column widths, frozen rows and columns,
   * conditional-format rules and charts, with ranges on the template moved to this sheet.
   * Not copied: the tab's colour, visibility, protections and developer metadata, which
   * describe the tab rather than its data.
   */
  copyFrom(template: LocalSheet): void {
    this.resize(template.maxRows, template.maxColumns);
    const engine = this.spreadsheet.engine;
    const { lastRow, lastColumn } = engine.usedExtent(template.engineId);
    if (lastRow > 0 && lastColumn > 0) {
      const block = Array.from({ length: lastRow }, (_, r) => Array.from({ length: lastColumn }, (_, c): CellContent => engine.contentAt(template.engineId, r, c) ?? { value: null }));
      this.writeBlock(1, 1, block);
    }
    for (const [k, format] of template.formats) this.formats.set(k, { ...format, ...(format.border ? { border: { ...format.border } } : {}) });
    for (const [k, note] of template.notes) this.notes.set(k, note);
    for (const [k, rule] of template.validations) this.validations.set(k, rule);
    for (const [column, width] of template.columnWidths) this.columnWidths.set(column, width);
    const moved = (range: LocalRange): LocalRange =>
      range.sheet === template ? new LocalRange(this, range.row, range.column, range.numRows, range.numColumns, range.wholeColumns) : range;
    this.merges = template.merges.map(moved);
    this.frozenRows = template.frozenRows;
    this.frozenColumns = template.frozenColumns;
    this.conditionalRules = template.conditionalRules.map((rule) => new LocalConditionalFormatRule(rule.condition, { ...rule.format }, rule.ranges.map(moved)));
    this.charts = template.charts.map((chart) => copyChart(chart, this, moved));
  }

  // --- Apps Script API -----------------------------------------------------------------

  getName(): string { return this.name; }
  setName(name: string): Sheet {
    this.spreadsheet.renameSheet(this, name);
    return this.self();
  }
  getSheetId(): number { return this.sheetId; }
  getIndex(): number { return this.spreadsheet.sheets.indexOf(this) + 1; }
  getParent(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return this.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  }

  getRange(a1OrRow: string | number, column?: number, numRows?: number, numColumns?: number): GoogleAppsScript.Spreadsheet.Range;
  getRange(a1OrRow: string | number, column?: number, numRows?: number, numColumns?: number): GoogleAppsScript.Spreadsheet.Range {
    const range = typeof a1OrRow === 'string' ? this.rangeFromA1(a1OrRow) : this.rangeAt(a1OrRow, column as number, numRows ?? 1, numColumns ?? 1);
    return range as unknown as GoogleAppsScript.Spreadsheet.Range;
  }

  getRangeList(a1Notations: string[]): GoogleAppsScript.Spreadsheet.RangeList {
    return new LocalRangeList(a1Notations.map((a1) => this.rangeFromA1(a1))) as unknown as GoogleAppsScript.Spreadsheet.RangeList;
  }

  getDataRange(): GoogleAppsScript.Spreadsheet.Range {
    return this.rangeAt(1, 1, Math.max(1, this.getLastRow()), Math.max(1, this.getLastColumn())) as unknown as GoogleAppsScript.Spreadsheet.Range;
  }

  /** The last row with content (a value or a formula, spilled results included); 0 if none. */
  getLastRow(): number {
    return this.spreadsheet.engine.usedExtent(this.engineId).lastRow;
  }

  getLastColumn(): number {
    return this.spreadsheet.engine.usedExtent(this.engineId).lastColumn;
  }

  getMaxRows(): number { return this.maxRows; }
  getMaxColumns(): number { return this.maxColumns; }

  /** Rows added at the end only: inserting in the middle would move cells, which the runtime does not emulate. */
  private growRows(afterPosition: number, howMany: number): Sheet {
    if (afterPosition !== this.maxRows) throw new Error('not implemented in the local runtime: inserting rows anywhere but after the last row');
    this.resize(this.maxRows + howMany, this.maxColumns);
    return this.self();
  }
  private growColumns(afterPosition: number, howMany: number): Sheet {
    if (afterPosition !== this.maxColumns) throw new Error('not implemented in the local runtime: inserting columns anywhere but after the last column');
    this.resize(this.maxRows, this.maxColumns + howMany);
    return this.self();
  }
  insertRowsAfter(afterPosition: number, howMany: number): Sheet { return this.growRows(afterPosition, howMany); }
  insertRows(rowIndex: number, numRows = 1): void { this.growRows(rowIndex - 1, numRows); }
  insertColumnsAfter(afterPosition: number, howMany: number): Sheet { return this.growColumns(afterPosition, howMany); }
  insertColumns(columnIndex: number, numColumns = 1): void { this.growColumns(columnIndex - 1, numColumns); }

  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean }): Sheet {
    const all = this.rangeAt(1, 1, this.maxRows, this.maxColumns);
    if (!options || options.contentsOnly) all.clearContent();
    if (!options || options.formatOnly) {
      this.formats.clear();
      this.merges = [];
    }
    if (!options) this.notes.clear();
    return this.self();
  }
  clearContents(): Sheet { return this.clear({ contentsOnly: true }); }
  clearFormats(): Sheet { return this.clear({ formatOnly: true }); }
  clearNotes(): Sheet {
    this.notes.clear();
    return this.self();
  }

  setFrozenRows(rows: number): void { this.frozenRows = rows; }
  setFrozenColumns(columns: number): void { this.frozenColumns = columns; }
  getFrozenRows(): number { return this.frozenRows; }
  getFrozenColumns(): number { return this.frozenColumns; }

  setColumnWidth(columnPosition: number, width: number): Sheet {
    this.columnWidths.set(columnPosition, width);
    return this.self();
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): Sheet {
    for (let c = 0; c < numColumns; c++) this.columnWidths.set(startColumn + c, width);
    return this.self();
  }
  getColumnWidth(columnPosition: number): number {
    return this.columnWidths.get(columnPosition) ?? DEFAULT_COLUMN_WIDTH;
  }
  /** Fits each column to its longest displayed text, about 7 pixels a character as Arial 10 in Sheets. */
  autoResizeColumns(startColumn: number, numColumns: number): Sheet {
    const lastRow = Math.max(1, this.getLastRow());
    const texts = this.rangeAt(1, startColumn, lastRow, numColumns).getDisplayValues();
    for (let c = 0; c < numColumns; c++) {
      const longest = Math.max(0, ...texts.map((line) => line[c].length));
      this.columnWidths.set(startColumn + c, Math.max(DEFAULT_COLUMN_WIDTH / 2, Math.round(longest * 7 + 10)));
    }
    return this.self();
  }
  autoResizeColumn(columnPosition: number): Sheet { return this.autoResizeColumns(columnPosition, 1); }

  // Hiding, as Sheet.hideColumns(columnIndex, numColumns) and the rest document it
  // (https://developers.google.com/apps-script/reference/spreadsheet/sheet#hidecolumnscolumnindex,-numcolumns):
  // 1-based positions, one or more consecutive columns or rows; a position past the grid's
  // edge is an error, as getRange's bounds are.
  private positions(what: 'column' | 'row', start: number, count: number): number[] {
    const max = what === 'column' ? this.maxColumns : this.maxRows;
    if (!Number.isInteger(start) || !Number.isInteger(count) || start < 1 || count < 1 || start + count - 1 > max) {
      throw new Error(`Those ${what}s are out of bounds.`);
    }
    return Array.from({ length: count }, (_, i) => start + i);
  }
  hideColumns(columnIndex: number, numColumns = 1): void {
    for (const c of this.positions('column', columnIndex, numColumns)) this.hiddenColumns.add(c);
  }
  showColumns(columnIndex: number, numColumns = 1): void {
    for (const c of this.positions('column', columnIndex, numColumns)) this.hiddenColumns.delete(c);
  }
  hideRows(rowIndex: number, numRows = 1): void {
    for (const r of this.positions('row', rowIndex, numRows)) this.hiddenRows.add(r);
  }
  showRows(rowIndex: number, numRows = 1): void {
    for (const r of this.positions('row', rowIndex, numRows)) this.hiddenRows.delete(r);
  }
  isColumnHiddenByUser(columnPosition: number): boolean { return this.hiddenColumns.has(columnPosition); }
  isRowHiddenByUser(rowPosition: number): boolean { return this.hiddenRows.has(rowPosition); }

  addDeveloperMetadata(key: string, value?: string | GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility, visibility?: GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility): Sheet {
    this.spreadsheet.attachMetadata(this, key, value, visibility);
    return this.self();
  }
  getDeveloperMetadata(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
    return [...this.metadata] as unknown as GoogleAppsScript.Spreadsheet.DeveloperMetadata[];
  }
  createDeveloperMetadataFinder(): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    return new LocalDeveloperMetadataFinder(() => [...this.metadata]) as unknown as GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder;
  }

  newChart(): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder {
    return new LocalEmbeddedChartBuilder(this) as unknown as GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;
  }
  insertChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    this.charts.push(chart as unknown as LocalEmbeddedChart);
  }
  getCharts(): GoogleAppsScript.Spreadsheet.EmbeddedChart[] {
    return [...this.charts] as unknown as GoogleAppsScript.Spreadsheet.EmbeddedChart[];
  }
  removeChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    const local = chart as unknown as LocalEmbeddedChart;
    if (!this.charts.includes(local)) throw new Error('The chart is not on this sheet.');
    this.charts = this.charts.filter((c) => c !== local);
  }
  updateChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    const local = chart as unknown as LocalEmbeddedChart;
    const index = this.charts.findIndex((c) => c.chartId === local.chartId);
    if (index < 0) throw new Error('The chart is not on this sheet.');
    this.charts[index] = local;
  }

  setConditionalFormatRules(rules: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[]): void {
    this.conditionalRules = [...(rules as unknown as LocalConditionalFormatRule[])];
  }
  getConditionalFormatRules(): GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] {
    return [...this.conditionalRules] as unknown as GoogleAppsScript.Spreadsheet.ConditionalFormatRule[];
  }

  protect(): GoogleAppsScript.Spreadsheet.Protection {
    const protection = new LocalProtection(this, undefined);
    this.protections.push(protection);
    return protection as unknown as GoogleAppsScript.Spreadsheet.Protection;
  }
  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): GoogleAppsScript.Spreadsheet.Protection[] {
    const wanted = String(type);
    return this.protections.filter((p) => p.typeName() === wanted) as unknown as GoogleAppsScript.Spreadsheet.Protection[];
  }

  activate(): Sheet {
    this.spreadsheet.activeSheet = this;
    this.spreadsheet.activeRange = undefined;
    return this.self();
  }

  setTabColor(color: string | null): Sheet {
    this.tabColor = color;
    return this.self();
  }
  getTabColor(): string | null { return this.tabColor; }
  hideSheet(): Sheet {
    this.hidden = true;
    return this.self();
  }
  showSheet(): Sheet {
    this.hidden = false;
    return this.self();
  }
  isSheetHidden(): boolean { return this.hidden; }
}
