/**
 * Range and RangeList of the local runtime: a rectangle of a {@link LocalSheet}, 1-based as
 * in Apps Script. Values and formulas go to the formula engine; formats, notes, merges and
 * validation rules to the sheet's model.
 *
 * Faithful where it matters (Google's documented behaviour):
 * - getValues() gives `""` for blank cells, numbers, strings, booleans and Dates (a number in
 *   a date format is a Date), error values as their text (`#ERROR!`);
 * - setValues() with a block of the wrong size throws Sheets' own message;
 * - a string written with setValue(s) that starts with `=` becomes a formula, as typing it
 *   would; so does `+…`/`-…` that is not a number (Sheets turns typed `+A1` into `=+A1`).
 *   A leading apostrophe or the plain-text format `@` keeps it text.
 */
import { columnLetter } from '../../src/core/tabs/columnLetters';
import { sheetReference } from '../../src/core/tabs/sheetReference';
import { formatA1 } from '../a1';
import { CellContent, SheetsValue } from '../formulaEngine';
import { Exposed } from '../instrument';
import { displayValue } from '../numberFormat';
import type { LocalSheet, CellFormat } from './sheet';
import { LocalDataValidation } from './rules';
import { LocalProtection } from './protection';

type Range = GoogleAppsScript.Spreadsheet.Range;
type Grid<T> = T[][];

function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** What writing `value` with setValue(s) puts in a cell, as Sheets parses typed input. */
export function enteredContent(value: unknown, format: string | undefined): CellContent {
  if (value === null || value === undefined || value === '') return { value: null };
  if (typeof value === 'number' || typeof value === 'boolean') return { value };
  if (isDate(value)) return { value: new Date(value.getTime()) };
  const text = String(value);
  if (format === '@') return { text };
  if (text.startsWith("'")) return { text: text.slice(1) };
  if (text.startsWith('=') && text.length > 1) return { formula: text };
  if (/^[+-]./.test(text) && !Number.isFinite(Number(text.replace(/,/g, '')))) return { formula: `=${text}` };
  const number = Number(text.trim());
  if (text.trim() !== '' && Number.isFinite(number) && /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text.trim())) return { value: number };
  const percent = /^([+-]?\d+(?:\.\d+)?)%$/.exec(text.trim());
  if (percent) return { value: Number(percent[1]) / 100 };
  if (/^(true|false)$/i.test(text.trim())) return { value: text.trim().toUpperCase() === 'TRUE' };
  return { text };
}

export class LocalRange extends Exposed implements Pick<Range,
  | 'getA1Notation' | 'getRow' | 'getColumn' | 'getNumRows' | 'getNumColumns' | 'getLastRow' | 'getLastColumn' | 'getSheet'
  | 'getValue' | 'getValues' | 'getDisplayValue' | 'getDisplayValues' | 'setValue' | 'setValues'
  | 'getFormula' | 'getFormulas' | 'setFormula' | 'setFormulas'
  | 'setNumberFormat' | 'setNumberFormats' | 'getNumberFormat' | 'getNumberFormats'
  | 'setBackground' | 'setBackgrounds' | 'getBackground' | 'getBackgrounds'
  | 'setFontWeight' | 'setFontWeights' | 'getFontWeight' | 'getFontWeights'
  | 'setFontColor' | 'setFontColors' | 'getFontColor' | 'setFontStyle' | 'setFontStyles' | 'getFontStyle' | 'setFontSize' | 'getFontSize'
  | 'setHorizontalAlignment' | 'setHorizontalAlignments' | 'getHorizontalAlignment' | 'setVerticalAlignment' | 'setVerticalAlignments' | 'setWrap' | 'setWraps' | 'getWrap' | 'setFontSizes'
  | 'setBorder' | 'merge' | 'mergeAcross' | 'breakApart' | 'isPartOfMerge' | 'getMergedRanges'
  | 'setNote' | 'setNotes' | 'getNote' | 'getNotes' | 'clear' | 'clearContent' | 'clearFormat' | 'clearNote'
  | 'setDataValidation' | 'getDataValidation' | 'clearDataValidations' | 'protect' | 'activate' | 'offset' | 'getCell' | 'isBlank'> {
  readonly gasClass = 'Range';

  constructor(
    readonly sheet: LocalSheet,
    readonly row: number,
    readonly column: number,
    readonly numRows: number,
    readonly numColumns: number,
    /** Given as whole columns (`B:C`), which is how getA1Notation() prints it then. */
    readonly wholeColumns = false,
  ) {
    super();
  }

  private self(): Range {
    return this as unknown as Range;
  }

  /** Calls `fn` with 1-based row and column for every cell, row by row. */
  private cells<T>(fn: (row: number, column: number, r: number, c: number) => T): Grid<T> {
    const grid: Grid<T> = [];
    for (let r = 0; r < this.numRows; r++) {
      const line: T[] = [];
      for (let c = 0; c < this.numColumns; c++) line.push(fn(this.row + r, this.column + c, r, c));
      grid.push(line);
    }
    return grid;
  }

  private checkSize(data: unknown): asserts data is unknown[][] {
    if (!Array.isArray(data) || data.some((row) => !Array.isArray(row))) {
      throw new Error('The parameters (String) don\'t match the method signature: expected rows of values (Object[][])');
    }
    if (data.length !== this.numRows) {
      throw new Error(`The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${this.numRows}.`);
    }
    for (const row of data) {
      if ((row as unknown[]).length !== this.numColumns) {
        throw new Error(`The number of columns in the data does not match the number of columns in the range. The data has ${(row as unknown[]).length} but the range has ${this.numColumns}.`);
      }
    }
  }

  private setEach<T>(key: keyof CellFormat, grid: Grid<T>): Range {
    this.checkSize(grid);
    grid.forEach((line, r) => line.forEach((value, c) => this.sheet.setFormat(this.row + r, this.column + c, key, value === null ? undefined : value)));
    return this.self();
  }

  private setAll(key: keyof CellFormat, value: unknown): Range {
    this.cells((row, column) => this.sheet.setFormat(row, column, key, value === null ? undefined : value));
    return this.self();
  }

  private formatGrid<K extends keyof CellFormat>(key: K, fallback: NonNullable<CellFormat[K]>): Grid<NonNullable<CellFormat[K]>> {
    return this.cells((row, column) => (this.sheet.format(row, column)?.[key] ?? fallback) as NonNullable<CellFormat[K]>);
  }

  getA1Notation(): string {
    if (this.wholeColumns) return `${columnLetter(this.column)}:${columnLetter(this.column + this.numColumns - 1)}`;
    return formatA1(this.row, this.column, this.numRows, this.numColumns);
  }
  getRow(): number { return this.row; }
  getColumn(): number { return this.column; }
  getNumRows(): number { return this.numRows; }
  getNumColumns(): number { return this.numColumns; }
  getLastRow(): number { return this.row + this.numRows - 1; }
  getLastColumn(): number { return this.column + this.numColumns - 1; }
  getSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    return this.sheet as unknown as GoogleAppsScript.Spreadsheet.Sheet;
  }

  getValues(): SheetsValue[][] {
    return this.cells((row, column) => this.sheet.valueAt(row, column));
  }
  getValue(): SheetsValue {
    return this.sheet.valueAt(this.row, this.column);
  }
  getDisplayValues(): string[][] {
    return this.cells((row, column) => displayValue(this.sheet.valueAt(row, column), this.sheet.format(row, column)?.numberFormat, this.sheet.spreadsheet.getSpreadsheetLocale()));
  }
  getDisplayValue(): string {
    return this.getDisplayValues()[0][0];
  }

  setValues(values: unknown[][]): Range {
    this.checkSize(values);
    this.sheet.writeBlock(this.row, this.column, values.map((line, r) => line.map((value, c) => enteredContent(value, this.sheet.format(this.row + r, this.column + c)?.numberFormat))));
    return this.self();
  }
  setValue(value: unknown): Range {
    return this.setValues(this.cells(() => value));
  }

  getFormulas(): string[][] {
    return this.cells((row, column) => this.sheet.formulaAt(row, column));
  }
  getFormula(): string {
    return this.sheet.formulaAt(this.row, this.column);
  }
  setFormulas(formulas: string[][]): Range {
    this.checkSize(formulas);
    this.sheet.writeBlock(this.row, this.column, formulas.map((line) => line.map((f): CellContent => (f === '' || f === null ? { value: null } : String(f).startsWith('=') ? { formula: String(f) } : enteredContent(f, undefined)))));
    return this.self();
  }
  setFormula(formula: string): Range {
    return this.setFormulas(this.cells(() => formula));
  }

  setNumberFormat(format: string): Range { return this.setAll('numberFormat', format); }
  setNumberFormats(formats: string[][]): Range { return this.setEach('numberFormat', formats); }
  getNumberFormats(): string[][] { return this.formatGrid('numberFormat', 'General'); }
  getNumberFormat(): string { return this.getNumberFormats()[0][0]; }

  setBackground(color: string | null): Range { return this.setAll('background', color); }
  setBackgrounds(colors: (string | null)[][]): Range { return this.setEach('background', colors); }
  getBackgrounds(): string[][] { return this.formatGrid('background', '#ffffff'); }
  getBackground(): string { return this.getBackgrounds()[0][0]; }

  setFontWeight(weight: 'bold' | 'normal' | null): Range { return this.setAll('fontWeight', weight); }
  setFontWeights(weights: (string | null)[][]): Range { return this.setEach('fontWeight', weights); }
  getFontWeights(): GoogleAppsScript.Spreadsheet.FontWeight[][] { return this.formatGrid('fontWeight', 'normal') as GoogleAppsScript.Spreadsheet.FontWeight[][]; }
  getFontWeight(): GoogleAppsScript.Spreadsheet.FontWeight { return this.getFontWeights()[0][0]; }

  setFontColor(color: string | null): Range { return this.setAll('fontColor', color); }
  setFontColors(colors: (string | null)[][]): Range { return this.setEach('fontColor', colors as (string | null)[][]); }
  getFontColor(): string { return this.formatGrid('fontColor', '#000000')[0][0]; }

  setFontStyle(style: 'italic' | 'normal' | null): Range { return this.setAll('fontStyle', style); }
  setFontStyles(styles: (string | null)[][]): Range { return this.setEach('fontStyle', styles); }
  getFontStyle(): GoogleAppsScript.Spreadsheet.FontStyle { return this.formatGrid('fontStyle', 'normal')[0][0] as GoogleAppsScript.Spreadsheet.FontStyle; }

  setFontSize(size: number): Range { return this.setAll('fontSize', size); }
  getFontSize(): number { return this.formatGrid('fontSize', 10)[0][0]; }

  setHorizontalAlignment(alignment: 'left' | 'center' | 'normal' | 'right' | null): Range { return this.setAll('horizontalAlignment', alignment); }
  setHorizontalAlignments(alignments: (string | null)[][]): Range { return this.setEach('horizontalAlignment', alignments); }
  getHorizontalAlignment(): string { return this.formatGrid('horizontalAlignment', 'general')[0][0]; }
  setVerticalAlignment(alignment: 'top' | 'middle' | 'bottom' | null): Range { return this.setAll('verticalAlignment', alignment); }

  setWrap(wrap: boolean): Range { return this.setAll('wrap', wrap); }
  setWraps(wraps: boolean[][]): Range { return this.setEach('wrap', wraps); }
  setVerticalAlignments(alignments: (string | null)[][]): Range { return this.setEach('verticalAlignment', alignments); }
  setFontSizes(sizes: number[][]): Range { return this.setEach('fontSize', sizes); }
  getWrap(): boolean { return this.formatGrid('wrap', false)[0][0]; }

  setBorder(top: boolean | null, left: boolean | null, bottom: boolean | null, right: boolean | null, vertical: boolean | null, horizontal: boolean | null, color?: string | null): Range {
    // Kept per cell as the outer edges the call drew; `null` leaves an edge as it was.
    this.cells((row, column, r, c) => {
      const current = { ...(this.sheet.format(row, column)?.border ?? {}) };
      const edge = (flag: boolean | null, outer: boolean, inner: boolean | null) => (outer ? flag : inner);
      const set = (name: 'top' | 'left' | 'bottom' | 'right', flag: boolean | null | undefined) => {
        if (flag === null || flag === undefined) return;
        if (flag) current[name] = color ?? '#000000';
        else delete current[name];
      };
      set('top', edge(top, r === 0, horizontal));
      set('bottom', edge(bottom, r === this.numRows - 1, horizontal));
      set('left', edge(left, c === 0, vertical));
      set('right', edge(right, c === this.numColumns - 1, vertical));
      this.sheet.setFormat(row, column, 'border', current);
    });
    return this.self();
  }

  merge(): Range {
    this.sheet.addMerge(this);
    return this.self();
  }
  mergeAcross(): Range {
    for (let r = 0; r < this.numRows; r++) this.sheet.addMerge(new LocalRange(this.sheet, this.row + r, this.column, 1, this.numColumns));
    return this.self();
  }
  breakApart(): Range {
    this.sheet.removeMergesWithin(this);
    return this.self();
  }
  isPartOfMerge(): boolean {
    return this.sheet.mergesOverlapping(this).length > 0;
  }
  getMergedRanges(): Range[] {
    return this.sheet.mergesOverlapping(this) as unknown as Range[];
  }

  setNote(note: string | null): Range {
    this.cells((row, column) => this.sheet.setNote(row, column, note ?? ''));
    return this.self();
  }
  setNotes(notes: (string | null)[][]): Range {
    this.checkSize(notes);
    notes.forEach((line, r) => line.forEach((note, c) => this.sheet.setNote(this.row + r, this.column + c, note ?? '')));
    return this.self();
  }
  getNotes(): string[][] {
    return this.cells((row, column) => this.sheet.noteAt(row, column));
  }
  getNote(): string {
    return this.sheet.noteAt(this.row, this.column);
  }
  clearNote(): Range {
    return this.setNote('');
  }

  clear(options?: { commentsOnly?: boolean; contentsOnly?: boolean; formatOnly?: boolean; validationsOnly?: boolean; skipFilteredRows?: boolean }): Range {
    const only = options && (options.contentsOnly || options.formatOnly || options.validationsOnly || options.commentsOnly);
    if (!only || options?.contentsOnly) this.clearContent();
    if (!only || options?.formatOnly) this.clearFormat();
    if (!only || options?.validationsOnly) this.clearDataValidations();
    if (!only) this.cells((row, column) => this.sheet.setNote(row, column, ''));
    return this.self();
  }
  clearContent(): Range {
    this.sheet.writeBlock(this.row, this.column, this.cells((): CellContent => ({ value: null })));
    return this.self();
  }
  clearFormat(): Range {
    this.cells((row, column) => this.sheet.clearFormat(row, column));
    this.sheet.removeMergesWithin(this);
    return this.self();
  }

  setDataValidation(rule: GoogleAppsScript.Spreadsheet.DataValidation | null): Range {
    const validation = rule as unknown as LocalDataValidation | null;
    this.cells((row, column) => this.sheet.setValidation(row, column, validation ?? undefined));
    return this.self();
  }
  getDataValidation(): GoogleAppsScript.Spreadsheet.DataValidation | null {
    return (this.sheet.validationAt(this.row, this.column) ?? null) as unknown as GoogleAppsScript.Spreadsheet.DataValidation | null;
  }
  clearDataValidations(): Range {
    return this.setDataValidation(null);
  }

  protect(): GoogleAppsScript.Spreadsheet.Protection {
    const protection = new LocalProtection(this.sheet, this);
    this.sheet.protections.push(protection);
    return protection as unknown as GoogleAppsScript.Spreadsheet.Protection;
  }

  activate(): Range {
    this.sheet.spreadsheet.activeSheet = this.sheet;
    this.sheet.spreadsheet.activeRange = this;
    return this.self();
  }

  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): Range {
    return this.sheet.rangeAt(this.row + rowOffset, this.column + columnOffset, numRows ?? this.numRows, numColumns ?? this.numColumns) as unknown as Range;
  }
  getCell(row: number, column: number): Range {
    if (row < 1 || row > this.numRows || column < 1 || column > this.numColumns) throw new Error('Cell reference out of range');
    return new LocalRange(this.sheet, this.row + row - 1, this.column + column - 1, 1, 1) as unknown as Range;
  }
  isBlank(): boolean {
    return this.cells((row, column) => this.sheet.valueAt(row, column) === '' && this.sheet.formulaAt(row, column) === '').every((line) => line.every(Boolean));
  }

  /** `Sheet1!B2:C3`, for messages and charts. */
  describe(): string {
    return `${sheetReference(this.sheet.getName())}!${this.getA1Notation()}`;
  }

}

/** A set of ranges that take the same format in one call. */
export class LocalRangeList extends Exposed implements Pick<GoogleAppsScript.Spreadsheet.RangeList,
  'getRanges' | 'setBackground' | 'setFontWeight' | 'setFontColor' | 'setNumberFormat' | 'setHorizontalAlignment' | 'setValue' | 'clear' | 'clearContent' | 'clearFormat' | 'setWrap' | 'setNote'> {
  readonly gasClass = 'RangeList';

  constructor(readonly ranges: LocalRange[]) {
    super();
  }

  private each(fn: (range: LocalRange) => unknown): GoogleAppsScript.Spreadsheet.RangeList {
    this.ranges.forEach(fn);
    return this as unknown as GoogleAppsScript.Spreadsheet.RangeList;
  }

  getRanges(): Range[] { return this.ranges as unknown as Range[]; }
  setBackground(color: string | null) { return this.each((r) => r.setBackground(color)); }
  setFontWeight(weight: 'bold' | 'normal' | null) { return this.each((r) => r.setFontWeight(weight)); }
  setFontColor(color: string | null) { return this.each((r) => r.setFontColor(color)); }
  setNumberFormat(format: string) { return this.each((r) => r.setNumberFormat(format)); }
  setHorizontalAlignment(alignment: 'left' | 'center' | 'normal' | 'right' | null) { return this.each((r) => r.setHorizontalAlignment(alignment)); }
  setValue(value: unknown) { return this.each((r) => r.setValue(value)); }
  setWrap(wrap: boolean) { return this.each((r) => r.setWrap(wrap)); }
  setNote(note: string | null) { return this.each((r) => r.setNote(note)); }
  clear(options?: { commentsOnly?: boolean; contentsOnly?: boolean; formatOnly?: boolean; validationsOnly?: boolean; skipFilteredRows?: boolean }) { return this.each((r) => r.clear(options)); }
  clearContent() { return this.each((r) => r.clearContent()); }
  clearFormat() { return this.each((r) => r.clearFormat()); }
}

