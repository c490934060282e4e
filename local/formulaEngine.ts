/**
 * The formula engine of the local runtime: HyperFormula (GPL-3.0, dev-only: it never enters
 * dist/), holding every cell's content, evaluating native functions and the add-on's custom
 * functions, and recalculating when an input changes.
 *
 * Sheets semantics layered on top:
 * - open-ended ranges (`B2:B`, "row 2 to the last row") that HyperFormula lacks, and whole
 *   columns (`B:B`, which Sheets passes to the last row of the sheet), are rewritten
 *   to the sheet's current last row, and rewritten again when the sheet grows; the formula
 *   text as the user wrote it is kept for getFormulas();
 * - custom functions receive their arguments as Sheets passes them (a range → rows of values,
 *   `""` for blanks, `Date` for dates, error values as their text such as `#N/A`; a single
 *   cell → its value); a 2-D result spills; a thrown Error becomes `#ERROR!` whose message
 *   {@link FormulaEngine.errorMessage} returns (Sheets shows it on hover).
 *
 * HyperFormula must know an array result's size before evaluating it; a custom function's
 * size depends on its data (NPS_BY has a row per group), so the engine evaluates, records
 * the size each result really had, and re-enters those formulas until the sizes agree.
 */
import {
  ArraySize,
  CellError,
  DetailedCellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  ImplementedFunctions,
  SimpleCellAddress,
  SimpleRangeValue,
} from 'hyperformula';

/** A plain cell value as Apps Script sees it. */
export type SheetsValue = number | string | boolean | Date;

/** What one cell is given: a formula, literal text (never parsed), or a value. */
export type CellContent = { formula: string } | { text: string } | { value: number | boolean | Date | null };

export type CustomFunctionImpl = (...args: unknown[]) => unknown;

const ERROR_TEXT: Record<string, string> = {
  DIV_BY_ZERO: '#DIV/0!',
  NA: '#N/A',
  NAME: '#NAME?',
  NUM: '#NUM!',
  REF: '#REF!',
  VALUE: '#VALUE!',
  CYCLE: '#REF!',
  ERROR: '#ERROR!',
  SPILL: '#REF!',
  LIC: '#ERROR!',
};

const MS_PER_DAY = 86_400_000;
/** Sheets' (and HyperFormula's) day 0: 30 December 1899. Dates are taken in UTC. */
const EPOCH = Date.UTC(1899, 11, 30);

export function dateToSerial(date: Date): number {
  return (date.getTime() - EPOCH) / MS_PER_DAY;
}

export function serialToTime(serial: number): number {
  return Math.round(EPOCH + serial * MS_PER_DAY);
}

function isDateObject(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

interface RichNumberLike {
  val: number;
  getDetailedType(): string;
}

function isRichNumber(value: unknown): value is RichNumberLike {
  return typeof value === 'object' && value !== null && typeof (value as RichNumberLike).getDetailedType === 'function';
}

function isDateType(type: string): boolean {
  return type === 'NUMBER_DATE' || type === 'NUMBER_DATETIME';
}

/** The engine that evaluates formulas right now: HyperFormula calls plugins synchronously. */
let activeEngine: FormulaEngine | undefined;
const registeredFunctions = new Set<string>();

function addressKey(address: SimpleCellAddress): string {
  return `${address.sheet}:${address.row}:${address.col}`;
}

/** The one HyperFormula plugin class; each function name dispatches to the active engine. */
class BundleFunctionsPlugin extends FunctionPlugin {
  static implementedFunctions: ImplementedFunctions = {};

  callBundleFunction(ast: { procedureName: string; args: unknown[] }, state: { formulaAddress: SimpleCellAddress }): unknown {
    const engine = activeEngine;
    if (!engine) return new CellError(ErrorType.ERROR, 'no active workbook');
    const args = ast.args.map((arg) => engine.toSheetsArgument(this.evaluateAst(arg as never, state as never)));
    return engine.callCustomFunction(ast.procedureName, args, state.formulaAddress);
  }

  bundleFunctionSize(_ast: unknown, state: { formulaAddress: SimpleCellAddress }): ArraySize {
    const size = activeEngine?.predictedSize(state.formulaAddress);
    return size ? new ArraySize(size.columns, size.rows) : ArraySize.scalar();
  }
}

function registerFunctionNames(names: readonly string[]): void {
  const fresh = names.filter((name) => !registeredFunctions.has(name.toUpperCase()));
  if (fresh.length === 0) return;
  for (const name of fresh) {
    registeredFunctions.add(name.toUpperCase());
    BundleFunctionsPlugin.implementedFunctions[name.toUpperCase()] = {
      method: 'callBundleFunction',
      sizeOfResultArrayMethod: 'bundleFunctionSize',
      vectorizationForbidden: true,
      doesNotNeedArgumentsToBeComputed: false,
      parameters: [{ argumentType: FunctionArgumentType.ANY, optionalArg: true }],
      repeatLastArgs: 1,
    };
  }
  const translations = { enGB: Object.fromEntries([...registeredFunctions].map((name) => [name, name])) };
  HyperFormula.unregisterFunctionPlugin(BundleFunctionsPlugin as never);
  HyperFormula.registerFunctionPlugin(BundleFunctionsPlugin as never, translations);
}

/** `B2:B` → `B2:B<lastRow>`, outside string literals; `lastRowOf` gets the sheet named (or undefined = own sheet). */
export function closeOpenRanges(formula: string, lastRowOf: (sheetName: string | undefined) => number): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, index) =>
      index % 2 === 1
        ? part
        : part.replace(
            /((?:'(?:[^']|'')+'|[A-Za-z_][\w.]*)!)?(?<![A-Za-z0-9_$])(\$?[A-Za-z]{1,3})(\$?\d+)?:(\$?[A-Za-z]{1,3})(?![A-Za-z0-9_$(!])/g,
            (_match, sheetRef: string | undefined, startColumn: string, startRow: string | undefined, endColumn: string) => {
              let sheetName: string | undefined;
              if (sheetRef) {
                sheetName = sheetRef.slice(0, -1);
                if (sheetName.startsWith("'")) sheetName = sheetName.slice(1, -1).replace(/''/g, "'");
              }
              // `B:B` is rows 1 to the last, `B2:B` rows 2 to the last.
              return `${sheetRef ?? ''}${startColumn}${startRow ?? '1'}:${endColumn}${lastRowOf(sheetName)}`;
            },
          ),
    )
    .join('');
}

const OPEN_RANGE = /(?<![A-Za-z0-9_$])\$?[A-Za-z]{1,3}(\$?\d+)?:\$?[A-Za-z]{1,3}(?![A-Za-z0-9_$(!])/;

export class FormulaEngine {
  readonly hf: HyperFormula;
  private customFunctions: Record<string, CustomFunctionImpl> = {};
  private makeDate: (time: number) => Date = (time) => new Date(time);
  /** Formulas as the user wrote them, per HyperFormula sheet id, by `row:col` (0-based). */
  private readonly formulas = new Map<number, Map<string, string>>();
  private readonly lastRows = new Map<number, number>();
  private readonly sizes = new Map<string, { rows: number; columns: number }>();
  private readonly resized = new Map<string, SimpleCellAddress>();
  private readonly errorMessages = new Map<string, string>();
  /**
   * Cells a custom function filled with a Date, per formula cell. Sheets shows such a cell
   * as a date and getValues() returns a Date; HyperFormula keeps a bare serial number.
   */
  private readonly dateResults = new Map<string, Set<string>>();
  private readonly dateCells = new Set<string>();

  constructor() {
    this.hf = HyperFormula.buildEmpty({
      licenseKey: 'gpl-v3',
      smartRounding: false,
      useArrayArithmetic: false,
      nullDate: { year: 1899, month: 12, day: 30 },
      maxRows: 10_000_000,
      maxColumns: 18_278,
    });
  }

  /**
   * The custom functions formulas may call (names as in the bundle), and how to make a Date
   * in the bundle's realm. Formulas already entered are re-parsed so that they find them.
   */
  setCustomFunctions(functions: Record<string, CustomFunctionImpl>, makeDate?: (time: number) => Date): void {
    this.customFunctions = Object.fromEntries(Object.entries(functions).map(([name, fn]) => [name.toUpperCase(), fn]));
    if (makeDate) this.makeDate = makeDate;
    registerFunctionNames(Object.keys(functions));
    // HyperFormula reads the function registry when it is built; rebuild to see new names.
    this.run(() => this.hf.rebuildAndRecalculate());
  }

  /** Runs a HyperFormula operation with this engine's custom functions, then settles array sizes. */
  run<T>(operation: () => T): T {
    const previous = activeEngine;
    activeEngine = this;
    try {
      const result = operation();
      for (let pass = 0; pass < 5 && this.resized.size > 0; pass++) {
        const pending = [...this.resized.values()];
        this.resized.clear();
        for (const address of pending) {
          const formula = this.hf.getCellFormula(address);
          if (formula !== undefined) this.hf.setCellContents(address, formula);
        }
      }
      return result;
    } finally {
      activeEngine = previous;
    }
  }

  addSheet(name: string, lastRow: number): number {
    const id = this.hf.getSheetId(this.hf.addSheet(name))!;
    this.formulas.set(id, new Map());
    this.lastRows.set(id, lastRow);
    // A formula entered before this sheet existed (a file whose Metrics tab comes before the
    // tab it reads) closed its open ranges on the missing sheet at row 1: close them again.
    this.run(() => {
      for (const [sheetId, cells] of this.formulas) {
        for (const [key, formula] of cells) {
          if (!OPEN_RANGE.test(formula) || !formula.includes(name)) continue;
          const [row, col] = key.split(':').map(Number);
          this.hf.setCellContents({ sheet: sheetId, row, col }, this.translate(sheetId, formula));
        }
      }
    });
    return id;
  }

  removeSheet(id: number): void {
    this.run(() => this.hf.removeSheet(id));
    this.formulas.delete(id);
    this.lastRows.delete(id);
  }

  renameSheet(id: number, name: string): void {
    this.run(() => this.hf.renameSheet(id, name));
  }

  /** The sheet grew: open-ended ranges now reach further, so re-enter the formulas that use them. */
  setLastRow(id: number, lastRow: number): void {
    if (this.lastRows.get(id) === lastRow) return;
    this.lastRows.set(id, lastRow);
    this.run(() => {
      for (const [sheetId, cells] of this.formulas) {
        for (const [key, formula] of cells) {
          if (!OPEN_RANGE.test(formula)) continue;
          const [row, col] = key.split(':').map(Number);
          this.hf.setCellContents({ sheet: sheetId, row, col }, this.translate(sheetId, formula));
        }
      }
    });
  }

  private translate(sheetId: number, formula: string): string {
    return closeOpenRanges(formula, (sheetName) => {
      const id = sheetName === undefined ? sheetId : this.hf.getSheetId(sheetName);
      return id === undefined ? 1 : (this.lastRows.get(id) ?? 1);
    });
  }

  /** Writes a block of cells (0-based top-left) in one HyperFormula operation. */
  setCells(sheetId: number, row: number, col: number, block: readonly (readonly CellContent[])[]): void {
    const formulas = this.formulas.get(sheetId)!;
    const raw = block.map((cells, r) =>
      cells.map((cell, c) => {
        const key = `${row + r}:${col + c}`;
        this.errorMessages.delete(`${sheetId}:${key}`);
        if ('formula' in cell) {
          formulas.set(key, cell.formula);
          return this.translate(sheetId, cell.formula);
        }
        formulas.delete(key);
        if ('text' in cell) return cell.text === '' ? null : `'${cell.text}`;
        return cell.value;
      }),
    );
    this.run(() => this.hf.setCellContents({ sheet: sheetId, row, col }, raw as never));
  }

  /** The formula a cell holds as the user wrote it, or "". */
  formulaAt(sheetId: number, row: number, col: number): string {
    return this.formulas.get(sheetId)?.get(`${row}:${col}`) ?? '';
  }

  /**
   * What a cell holds as entered — its formula, its text or its value — for copying a tab
   * (a template); undefined for a blank cell and for a cell that only shows part of an
   * array result, which belongs to its formula.
   */
  contentAt(sheetId: number, row: number, col: number): CellContent | undefined {
    const formula = this.formulaAt(sheetId, row, col);
    if (formula !== '') return { formula };
    if (this.hf.getCellType({ sheet: sheetId, row, col }) === 'ARRAY') return undefined;
    const value = this.valueAt(sheetId, row, col);
    if (value === '') return undefined;
    return typeof value === 'string' ? { text: value } : { value };
  }

  /** The value a cell shows, as getValues() returns it ("" for blank, error values as text). */
  valueAt(sheetId: number, row: number, col: number, dateByFormat = false): SheetsValue {
    const address = { sheet: sheetId, row, col };
    const value = this.hf.getCellValue(address);
    if (value === null || value === undefined) return '';
    // Sheets' names for the error values (HyperFormula's #SPILL! and #CYCLE! are #REF! there).
    if (value instanceof DetailedCellError) return ERROR_TEXT[value.type] ?? value.value;
    if (typeof value === 'number') {
      if (dateByFormat || this.dateCells.has(addressKey(address)) || isDateType(this.hf.getCellValueDetailedType(address))) {
        return this.makeDate(serialToTime(value));
      }
      return value;
    }
    return value;
  }

  /** The message behind an `#ERROR!` (or other error value) in a cell, if any. */
  errorMessage(sheetId: number, row: number, col: number): string | undefined {
    const value = this.hf.getCellValue({ sheet: sheetId, row, col });
    if (!(value instanceof DetailedCellError)) return undefined;
    return this.errorMessages.get(`${sheetId}:${row}:${col}`) ?? value.message;
  }

  /** The area a formula's array result fills, if the cell holds one that spills. */
  spillSize(sheetId: number, row: number, col: number): { rows: number; columns: number } | undefined {
    const address = { sheet: sheetId, row, col };
    if (this.hf.getCellType(address) !== 'ARRAYFORMULA') return undefined;
    const isPart = (r: number, c: number) => this.hf.getCellType({ sheet: sheetId, row: r, col: c }) === 'ARRAY';
    let rows = 1;
    while (isPart(row + rows, col)) rows++;
    let columns = 1;
    while (isPart(row, col + columns)) columns++;
    return rows * columns > 1 ? { rows, columns } : undefined;
  }

  /**
   * The last row and column (1-based, 0 if none) holding content: a value, a formula (even one
   * whose result is ""), or part of a spilled result — what Sheet.getLastRow() counts.
   */
  usedExtent(sheetId: number): { lastRow: number; lastColumn: number } {
    const values = this.hf.getSheetValues(sheetId);
    let lastRow = 0;
    let lastColumn = 0;
    values.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value === null || value === undefined) return;
        lastRow = Math.max(lastRow, r + 1);
        lastColumn = Math.max(lastColumn, c + 1);
      }),
    );
    return { lastRow, lastColumn };
  }

  // --- custom functions, called by the plugin ------------------------------------------

  predictedSize(address: SimpleCellAddress): { rows: number; columns: number } | undefined {
    return this.sizes.get(addressKey(address));
  }

  /** One HyperFormula value → what Sheets passes a custom function. */
  toSheetsArgument(value: unknown): unknown {
    if (value instanceof SimpleRangeValue) return value.data.map((row) => row.map((cell) => this.toSheetsCell(cell)));
    return this.toSheetsCell(value);
  }

  private toSheetsCell(cell: unknown): unknown {
    if (cell === EmptyValue || cell === null || cell === undefined) return '';
    if (cell instanceof CellError) return ERROR_TEXT[cell.type] ?? '#ERROR!';
    if (isRichNumber(cell)) return isDateType(cell.getDetailedType()) ? this.makeDate(serialToTime(cell.val)) : cell.val;
    return cell;
  }

  callCustomFunction(name: string, args: unknown[], address: SimpleCellAddress): unknown {
    const key = addressKey(address);
    const fn = this.customFunctions[name.toUpperCase()];
    if (!fn) return new CellError(ErrorType.NAME, `Unknown function: '${name}'.`);
    let result: unknown;
    try {
      result = fn(...args);
    } catch (error) {
      const message = String((error as { message?: unknown })?.message ?? error);
      this.errorMessages.set(key, message);
      return this.settleSize(key, address, 1, 1) ?? new CellError(ErrorType.ERROR, message);
    }
    this.recordDateResults(key, address, result);
    const rows = this.toResultRows(result);
    if (rows instanceof CellError) return this.settleSize(key, address, 1, 1) ?? rows;
    const height = rows.length;
    const width = rows[0].length;
    const mismatch = this.settleSize(key, address, height, width);
    if (mismatch) return mismatch;
    if (height === 1 && width === 1) return rows[0][0];
    return SimpleRangeValue.onlyValues(rows as never);
  }

  /** Remembers which cells of this formula's result are dates (and forgets the last result's). */
  private recordDateResults(key: string, address: SimpleCellAddress, result: unknown): void {
    this.dateResults.get(key)?.forEach((cell) => this.dateCells.delete(cell));
    const cells = new Set<string>();
    const rows = Array.isArray(result) ? result.map((row) => (Array.isArray(row) ? row : [row])) : [[result]];
    rows.forEach((row, r) =>
      row.forEach((value, c) => {
        if (isDateObject(value)) cells.add(addressKey({ sheet: address.sheet, row: address.row + r, col: address.col + c }));
      }),
    );
    cells.forEach((cell) => this.dateCells.add(cell));
    this.dateResults.set(key, cells);
  }

  /** Records the size a result really had; an error while HyperFormula expected another size. */
  private settleSize(key: string, address: SimpleCellAddress, rows: number, columns: number): CellError | undefined {
    const predicted = this.sizes.get(key) ?? { rows: 1, columns: 1 };
    if (predicted.rows === rows && predicted.columns === columns) return undefined;
    this.sizes.set(key, { rows, columns });
    this.resized.set(key, address);
    return new CellError(ErrorType.VALUE, 'array size changed; re-evaluating');
  }

  private toResultRows(result: unknown): unknown[][] | CellError {
    const cell = (value: unknown): unknown => {
      if (value === null || value === undefined) return '';
      if (typeof value === 'number') return Number.isFinite(value) ? value : new CellError(ErrorType.NUM, `${value} is not a finite number`);
      if (typeof value === 'string' || typeof value === 'boolean') return value;
      if (isDateObject(value)) return dateToSerial(value);
      return new CellError(ErrorType.VALUE, `a custom function returned ${Object.prototype.toString.call(value)} in a cell`);
    };
    if (!Array.isArray(result)) return [[cell(result)]];
    if (result.length === 0) return new CellError(ErrorType.NA, 'the function returned an empty array');
    // A flat array fills a column, one element a row.
    const rows = result.map((row) => (Array.isArray(row) ? row : [row]));
    const width = Math.max(...rows.map((row) => row.length));
    if (width === 0) return new CellError(ErrorType.NA, 'the function returned an empty array');
    return rows.map((row) => Array.from({ length: width }, (_, c) => cell(row[c])));
  }

}
