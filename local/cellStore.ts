/**
 * The plain cells of one tab, column by column: what a cell holds when it holds no formula
 * (a number, text, a boolean, a Date, an error value), and the id of its format. One array
 * slot per cell and an interned format id instead of a per-cell object keep a 1,000,000 ×
 * 9 tab in about a hundred bytes a row, where a formula engine's cell objects cost
 * kilobytes: formulas live in HyperFormula, plain data here (DESIGN §7).
 *
 * Rows and columns are 0-based here. Columns grow by appending (never by writing far past
 * their end, which would turn a JavaScript array into a slow dictionary).
 */
import type { CellFormat } from './spreadsheetApp/sheet';

/** An error value held as a plain value (`#N/A` typed in, or read from a file). */
export class ErrorValue {
  constructor(readonly text: string) {}
}

export type StoredValue = number | string | boolean | Date | ErrorValue;

function grow<T>(column: (T | undefined)[], length: number): void {
  while (column.length < length) column.push(undefined);
}

export class SheetCells {
  private readonly values: (StoredValue | undefined)[][] = [];
  private readonly styles: (number | undefined)[][] = [];

  get(row: number, column: number): StoredValue | undefined {
    return this.values[column]?.[row];
  }

  set(row: number, column: number, value: StoredValue | undefined): void {
    let line = this.values[column];
    if (line === undefined) {
      if (value === undefined) return;
      grow(this.values, column + 1);
      line = this.values[column] = [];
    }
    if (value === undefined) {
      if (row < line.length) line[row] = undefined;
      if (row === line.length - 1) trimEnd(line);
      return;
    }
    grow(line, row);
    line[row] = value;
  }

  style(row: number, column: number): number {
    return this.styles[column]?.[row] ?? 0;
  }

  setStyle(row: number, column: number, id: number): void {
    let line = this.styles[column];
    if (line === undefined) {
      if (id === 0) return;
      grow(this.styles, column + 1);
      line = this.styles[column] = [];
    }
    if (id === 0) {
      if (row < line.length) line[row] = undefined;
      if (row === line.length - 1) trimEnd(line);
      return;
    }
    grow(line, row);
    line[row] = id;
  }

  /** The number of columns that may hold a value (0-based last + 1). */
  valueColumns(): number {
    return this.values.length;
  }

  /** One past the last row holding a value in `column`. */
  valueRows(column: number): number {
    return this.values[column]?.length ?? 0;
  }

  /** The last row and column (1-based; 0 if none) holding a value. */
  valueExtent(): { lastRow: number; lastColumn: number } {
    return extentOf(this.values);
  }

  /** The last row and column (1-based; 0 if none) holding a format. */
  styleExtent(): { lastRow: number; lastColumn: number } {
    return extentOf(this.styles);
  }

  /** Drops every value (styles stay). */
  clearValues(): void {
    this.values.length = 0;
  }

  /** Drops every format. */
  clearStyles(): void {
    this.styles.length = 0;
  }
}

function trimEnd<T>(line: (T | undefined)[]): void {
  let end = line.length;
  while (end > 0 && line[end - 1] === undefined) end--;
  line.length = end;
}

function extentOf<T>(columns: (T | undefined)[][]): { lastRow: number; lastColumn: number } {
  let lastRow = 0;
  let lastColumn = 0;
  for (let c = 0; c < columns.length; c++) {
    const line = columns[c];
    if (!line) continue;
    trimEnd(line);
    if (line.length === 0) continue;
    lastColumn = c + 1;
    if (line.length > lastRow) lastRow = line.length;
  }
  return { lastRow, lastColumn };
}

/**
 * Formats interned once per workbook: id 0 is "no format"; equal formats share one id and
 * one frozen object, so a million cells of one style cost one number each.
 */
export class FormatTable {
  private readonly formats: (Readonly<CellFormat> | undefined)[] = [undefined];
  private readonly ids = new Map<string, number>();
  private readonly dates: boolean[] = [false];
  private readonly transitions = new Map<string, number>();

  constructor(private readonly isDate: (format: CellFormat) => boolean) {}

  get(id: number): Readonly<CellFormat> | undefined {
    return this.formats[id];
  }

  /** The id of format `id` with one property set (or removed, with undefined); cached per change. */
  withProperty<K extends keyof CellFormat>(id: number, name: K, value: CellFormat[K] | undefined): number {
    const primitive = value === undefined || typeof value !== 'object';
    const cacheKey = primitive ? `${id}|${name}|${typeof value}|${String(value)}` : undefined;
    if (cacheKey !== undefined) {
      const known = this.transitions.get(cacheKey);
      if (known !== undefined) return known;
    }
    const format: CellFormat = { ...(this.formats[id] ?? {}) };
    if (value === undefined) delete format[name];
    else format[name] = value;
    const next = this.idOf(format);
    if (cacheKey !== undefined) this.transitions.set(cacheKey, next);
    return next;
  }

  isDateStyle(id: number): boolean {
    return this.dates[id] === true;
  }

  idOf(format: CellFormat | undefined): number {
    if (!format) return 0;
    const byName = ([a]: [string, unknown], [b]: [string, unknown]) => (a < b ? -1 : a > b ? 1 : 0);
    const entries = Object.entries(format)
      .filter(([, value]) => value !== undefined)
      .map(([name, value]): [string, unknown] => [name, typeof value === 'object' && value !== null ? Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined).sort(byName)) : value]);
    if (entries.length === 0) return 0;
    entries.sort(byName);
    const key = JSON.stringify(entries);
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.formats.length;
      const frozen = Object.freeze(Object.fromEntries(entries.map(([name, value]) => [name, typeof value === 'object' && value !== null ? Object.freeze(value) : value])) as CellFormat);
      this.formats.push(frozen);
      this.dates.push(this.isDate(frozen));
      this.ids.set(key, id);
    }
    return id;
  }
}
