/**
 * The cells of the local runtime's workbook and its formula engine: plain values and
 * formats in a compact per-tab store ({@link SheetCells}), formulas in HyperFormula
 * (GPL-3.0, dev-only: it never enters dist/), which evaluates native functions and the
 * add-on's custom functions and recalculates when an input changes.
 *
 * Plain data stays out of HyperFormula unless a formula needs it there (DESIGN §7: a
 * HyperFormula cell costs kilobytes; a 1,000,000-response tab must not):
 * - a tab that holds formulas is mirrored into HyperFormula in full (its values, so that a
 *   spilled result that would overwrite one shows #REF! as in Sheets);
 * - a tab without formulas (a data tab such as Responses) stays in the store. A range of it
 *   that is a whole argument of a custom function (`=NPS(Responses!D2:D)`) is handed to the
 *   function straight from the store, as Sheets passes it; any other reference to it
 *   (`=COUNTA(Responses!A2:A)`, `=Responses!B2*2`) loads just that area into HyperFormula.
 *   Writing into a store range that a custom function reads re-evaluates that formula.
 *
 * Sheets semantics layered on top:
 * - open-ended ranges (`B2:B`, "row 2 to the last row") that HyperFormula lacks, and whole
 *   columns (`B:B`, which Sheets passes to the last row of the sheet), are rewritten
 *   to the sheet's current last row, and rewritten again when the sheet grows; the formula
 *   text as the user wrote it is kept for getFormulas();
 * - string literals with `""` (`="a""b"` is `a"b`) or `\`, which HyperFormula's lexer cannot
 *   read, are rewritten as concatenations with CHAR(34) / CHAR(92); Excel's `_xlfn.` prefixes
 *   are dropped;
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
import { ErrorValue, FormatTable, SheetCells, StoredValue } from './cellStore';
import { engineStringLiteral, refArea, refText, rewriteFormula, tokenize } from './formulaText';
import { isDateFormat } from './numberFormat';

export { closeOpenRanges } from './formulaText';

/** A plain cell value as Apps Script sees it. */
export type SheetsValue = number | string | boolean | Date;

/** What one cell is given: a formula, literal text (never parsed), a value, or an error value. */
export type CellContent = { formula: string } | { text: string } | { value: number | boolean | Date | null } | { error: string };

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

/** Columns per row in a cell key: Sheets' last column is ZZZ = 18,278. */
const KEY_COLUMNS = 18_279;
const cellKey = (row: number, col: number): number => row * KEY_COLUMNS + col;
const keyRow = (key: number): number => Math.floor(key / KEY_COLUMNS);
const keyColumn = (key: number): number => key % KEY_COLUMNS;

/**
 * The placeholder a custom function's range argument becomes in HyperFormula's copy of the
 * formula: `CXLOCALRANGE(sheet, row, column, lastRow or 0 for "to the last row",
 * lastColumn)`, 1-based. HyperFormula sees five numbers, so it neither loads the range nor
 * makes a vertex per cell of it; the plugin reads the range from the store instead.
 */
const LOCAL_RANGE = 'CXLOCALRANGE';
/** Rows of a data tab loaded into HyperFormula per call when a formula needs them there. */
const LOAD_CHUNK = 50_000;

/** The engine that evaluates formulas right now: HyperFormula calls plugins synchronously. */
let activeEngine: FormulaEngine | undefined;
const registeredFunctions = new Set<string>([LOCAL_RANGE]);

function addressKey(address: SimpleCellAddress): string {
  return `${address.sheet}:${address.row}:${address.col}`;
}

interface AstNode {
  readonly type: string;
  readonly procedureName?: string;
  readonly args?: readonly AstNode[];
  readonly value?: unknown;
}

/** The one HyperFormula plugin class; each function name dispatches to the active engine. */
class BundleFunctionsPlugin extends FunctionPlugin {
  static implementedFunctions: ImplementedFunctions = {
    [LOCAL_RANGE]: { method: 'localRangeOutside', parameters: [{ argumentType: FunctionArgumentType.ANY, optionalArg: true }], repeatLastArgs: 1 },
  };

  callBundleFunction(ast: { procedureName: string; args: unknown[] }, state: { formulaAddress: SimpleCellAddress }): unknown {
    const engine = activeEngine;
    if (!engine) return new CellError(ErrorType.ERROR, 'no active workbook');
    const args = ast.args.map((arg) => {
      const node = arg as AstNode;
      if (node.type === 'FUNCTION_CALL' && node.procedureName === LOCAL_RANGE) {
        const [sheet, row, column, lastRow, lastColumn] = (node.args ?? []).map((n) => Number(n.value));
        return engine.storeArgument(sheet, row, column, lastRow, lastColumn);
      }
      return engine.toSheetsArgument(this.evaluateAst(arg as never, state as never));
    });
    return engine.callCustomFunction(ast.procedureName, args, state.formulaAddress);
  }

  bundleFunctionSize(_ast: unknown, state: { formulaAddress: SimpleCellAddress }): ArraySize {
    const size = activeEngine?.predictedSize(state.formulaAddress);
    return size ? new ArraySize(size.columns, size.rows) : ArraySize.scalar();
  }

  /** The placeholder is only ever an argument of a custom function; anywhere else it is #REF!. */
  localRangeOutside(): CellError {
    return new CellError(ErrorType.REF, 'a range placeholder outside a custom function');
  }
}

function registerFunctionNames(names: readonly string[]): void {
  const fresh = names.filter((name) => !registeredFunctions.has(name.toUpperCase()));
  if (fresh.length === 0 && HyperFormula.getRegisteredFunctionNames('enGB').includes(LOCAL_RANGE)) return;
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

/**
 * Whether HyperFormula itself implements a function. A whole-range argument of any other
 * function (a custom function, known now or once the add-on is loaded; or an unknown one,
 * which shows #NAME?) never needs the range in HyperFormula.
 */
function isNativeFunction(name: string): boolean {
  nativeFunctions ??= new Set(HyperFormula.getRegisteredFunctionNames('enGB'));
  return nativeFunctions.has(name) && !registeredFunctions.has(name);
}
let nativeFunctions: Set<string> | undefined;

/** A rectangle of one tab, 0-based and inclusive. */
interface Area {
  readonly row: number;
  readonly column: number;
  readonly lastRow: number;
  readonly lastColumn: number;
}

const intersects = (a: Area, b: Area): boolean => a.row <= b.lastRow && b.row <= a.lastRow && a.column <= b.lastColumn && b.column <= a.lastColumn;
const contains = (outer: Area, inner: Area): boolean =>
  outer.row <= inner.row && outer.column <= inner.column && outer.lastRow >= inner.lastRow && outer.lastColumn >= inner.lastColumn;

/** A store range a formula hands to a custom function; lastRow undefined = to the tab's last row. */
interface StoreRead {
  readonly sheet: number;
  readonly row: number;
  readonly column: number;
  readonly lastRow?: number;
  readonly lastColumn: number;
}

interface EngineSheet {
  readonly cells: SheetCells;
  /** Formulas as the user wrote them, by cell key (0-based row and column). */
  readonly formulas: Map<number, string>;
  /** The tab's last row (its grid height), for open-ended ranges. */
  lastRow: number;
  /** Once a tab holds a formula, all its values are in HyperFormula too. */
  mirrored: boolean;
  /** Areas of a formula-free tab loaded into HyperFormula because a formula refers to them. */
  readonly loaded: Area[];
}

const OPEN_RANGE = /(?<![A-Za-z0-9_$])\$?[A-Za-z]{1,3}(\$?\d+)?:\$?[A-Za-z]{1,3}(?![A-Za-z0-9_$(!])/;

export class FormulaEngine {
  /** HyperFormula (replaced by a fresh one when the custom functions become known). */
  hf: HyperFormula;
  /** Every format of the workbook, interned; cells hold ids into it. */
  readonly formatTable = new FormatTable((format) => isDateFormat(format.numberFormat));
  private customFunctions: Record<string, CustomFunctionImpl> = {};
  private makeDate: (time: number) => Date = (time) => new Date(time);
  private readonly sheets = new Map<number, EngineSheet>();
  /** Per formula cell ("sheet:row:col"), the store ranges its custom functions read. */
  private readonly storeReads = new Map<string, readonly StoreRead[]>();
  private readonly sizes = new Map<string, { rows: number; columns: number }>();
  private readonly resized = new Map<string, SimpleCellAddress>();
  private readonly errorMessages = new Map<string, string>();
  /**
   * Cells a custom function filled with a Date, per formula cell. Sheets shows such a cell
   * as a date and getValues() returns a Date; HyperFormula keeps a bare serial number.
   */
  private readonly dateResults = new Map<string, Set<string>>();
  private readonly dateCells = new Set<string>();
  /** Bumped by every change and evaluation, so cached extents know when they are stale. */
  private version = 0;
  private readonly extents = new Map<number, { version: number; lastRow: number; lastColumn: number }>();
  /** Tabs whose formulas (read from a file) are not in HyperFormula yet. */
  private readonly pending = new Set<number>();

  constructor() {
    this.hf = FormulaEngine.newEngine();
  }

  private static newEngine(): HyperFormula {
    return HyperFormula.buildEmpty({
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
   * in the bundle's realm. Formulas already entered are re-entered so that they find them.
   */
  setCustomFunctions(functions: Record<string, CustomFunctionImpl>, makeDate?: (time: number) => Date): void {
    this.customFunctions = Object.fromEntries(Object.entries(functions).map(([name, fn]) => [name.toUpperCase(), fn]));
    if (makeDate) this.makeDate = makeDate;
    registerFunctionNames(Object.keys(functions));
    this.rebuild();
  }

  /**
   * A fresh HyperFormula that knows the custom functions (an instance reads the function
   * registry once, when it is built), filled from the engine's own state — the store's
   * values and the formulas as written — rather than from HyperFormula's serialisation,
   * which would turn spilled results into plain values. Sheet ids stay as they were.
   */
  private rebuild(): void {
    const previous = this.hf;
    const hf = FormulaEngine.newEngine();
    const ids = [...this.sheets.keys()].sort((a, b) => a - b);
    const fillers: number[] = [];
    for (const id of ids) {
      for (let next = hf.countSheets(); next < id; next = hf.countSheets()) fillers.push(hf.getSheetId(hf.addSheet(`__cx_gap_${next}`))!);
      hf.addSheet(previous.getSheetName(id)!);
    }
    for (const filler of fillers) hf.removeSheet(filler);
    previous.destroy();
    this.hf = hf;
    for (const [id, sheet] of this.sheets) {
      sheet.loaded.length = 0;
      if (sheet.mirrored) {
        sheet.mirrored = false;
        this.pending.add(id);
      }
      if (sheet.formulas.size > 0) this.pending.add(id);
    }
    this.storeReads.clear();
    this.sizes.clear();
    this.flush();
  }

  /**
   * Formulas read from a file (0-based cells), entered into HyperFormula only when first
   * needed — after loadAddon has told the engine the custom functions, so that their data
   * ranges are never loaded into HyperFormula.
   */
  addFormulas(sheetId: number, cells: readonly (readonly [number, number, string])[]): void {
    const sheet = this.sheets.get(sheetId)!;
    for (const [row, col, formula] of cells) {
      sheet.cells.set(row, col, undefined);
      sheet.formulas.set(cellKey(row, col), formula);
    }
    if (cells.length > 0) this.pending.add(sheetId);
    this.version++;
  }

  /** Enters the formulas of tabs read from a file into HyperFormula (once). */
  private flush(): void {
    if (this.pending.size === 0) return;
    const ids = [...this.pending];
    this.pending.clear();
    for (const id of ids) {
      const sheet = this.sheets.get(id);
      if (sheet && !sheet.mirrored) this.mirror(id, sheet);
    }
    this.run(() =>
      this.hf.batch(() => {
        for (const id of ids) {
          const sheet = this.sheets.get(id);
          if (!sheet) continue;
          for (const [key, formula] of sheet.formulas) {
            const row = keyRow(key);
            const col = keyColumn(key);
            this.hf.setCellContents({ sheet: id, row, col }, this.translate(id, row, col, formula));
          }
        }
      }),
    );
  }

  /** Runs a HyperFormula operation with this engine's custom functions, then settles array sizes. */
  run<T>(operation: () => T): T {
    const previous = activeEngine;
    activeEngine = this;
    this.version++;
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
      this.version++;
      activeEngine = previous;
    }
  }

  addSheet(name: string, lastRow: number): number {
    const id = this.hf.getSheetId(this.hf.addSheet(name))!;
    this.sheets.set(id, { cells: new SheetCells(), formulas: new Map(), lastRow, mirrored: false, loaded: [] });
    return id;
  }

  removeSheet(id: number): void {
    this.flush();
    const sheet = this.sheets.get(id);
    this.run(() => this.hf.removeSheet(id));
    this.sheets.delete(id);
    if (sheet) for (const key of sheet.formulas.keys()) this.storeReads.delete(`${id}:${keyRow(key)}:${keyColumn(key)}`);
    // Custom functions that read the tab from the store now find no tab: #REF!.
    this.reenterReaders(id, undefined);
  }

  renameSheet(id: number, name: string): void {
    this.flush();
    this.run(() => this.hf.renameSheet(id, name));
  }

  /** The tab's grid grew: open-ended ranges now reach further, so re-enter the formulas that use them. */
  setLastRow(id: number, lastRow: number): void {
    const sheet = this.sheets.get(id)!;
    if (sheet.lastRow === lastRow) return;
    sheet.lastRow = lastRow;
    // Formulas not entered yet (read from a file) take the new last row when they are.
    this.run(() =>
      this.hf.batch(() => {
        for (const [sheetId, other] of this.sheets) {
          if (this.pending.has(sheetId)) continue;
          for (const [key, formula] of other.formulas) {
            if (!OPEN_RANGE.test(formula)) continue;
            const row = keyRow(key);
            const col = keyColumn(key);
            this.hf.setCellContents({ sheet: sheetId, row, col }, this.translate(sheetId, row, col, formula));
          }
        }
      }),
    );
  }

  // --- formulas as HyperFormula gets them --------------------------------------------

  /**
   * The formula as HyperFormula reads it: open ranges closed, strings it cannot lex
   * rewritten, a data tab's range that is a custom function's whole argument replaced by a
   * store placeholder (recorded for re-evaluation), other references to a data tab loaded.
   */
  private translate(sheetId: number, row: number, col: number, formula: string): string {
    const reads: StoreRead[] = [];
    const text = rewriteFormula(formula, {
      reference: (token, argumentOf) => {
        const targetId = token.sheet === undefined ? sheetId : this.hf.getSheetId(token.sheet);
        const target = targetId === undefined ? undefined : this.sheets.get(targetId);
        if (targetId === undefined || !target) return undefined;
        const area = refArea(token.ref);
        const lastRow = area.lastRow ?? target.lastRow;
        if (argumentOf !== undefined && token.ref.end && !target.mirrored && (this.customFunctions[argumentOf] !== undefined || !isNativeFunction(argumentOf))) {
          reads.push({ sheet: targetId, row: area.row - 1, column: area.column - 1, lastRow: area.lastRow === undefined ? undefined : area.lastRow - 1, lastColumn: area.lastColumn - 1 });
          return `${LOCAL_RANGE}(${targetId},${area.row},${area.column},${area.lastRow ?? 0},${area.lastColumn})`;
        }
        if (!target.mirrored) this.load(targetId, { row: area.row - 1, column: area.column - 1, lastRow: lastRow - 1, lastColumn: area.lastColumn - 1 });
        if (area.lastRow !== undefined || !token.ref.end) return undefined;
        return refText(token.sheet, { start: { ...token.ref.start, row: token.ref.start.row ?? 1 }, end: { ...token.ref.end, row: lastRow } });
      },
      string: (token) => engineStringLiteral(token.value),
      function: (token) => (/^_XL(FN|WS)\./.test(token.name) ? `${token.name.slice(6)}(` : undefined),
    }, tokenize(formula));
    const key = `${sheetId}:${row}:${col}`;
    if (reads.length > 0) this.storeReads.set(key, reads);
    else this.storeReads.delete(key);
    return text;
  }

  /** A store value as HyperFormula's raw content (text quoted so that it stays text). */
  private static raw(value: StoredValue | undefined): unknown {
    if (value === undefined) return null;
    if (typeof value === 'string') return value === '' ? null : `'${value}`;
    if (value instanceof ErrorValue) return value.text;
    return value;
  }

  /** Loads an area of a formula-free tab into HyperFormula (once), in chunks of rows. */
  private load(sheetId: number, area: Area): void {
    const sheet = this.sheets.get(sheetId)!;
    if (sheet.loaded.some((done) => contains(done, area))) return;
    sheet.loaded.push(area);
    this.copyToEngine(sheetId, sheet, area);
  }

  private copyToEngine(sheetId: number, sheet: EngineSheet, area: Area): void {
    const lastColumn = Math.min(area.lastColumn, sheet.cells.valueColumns() - 1);
    for (let col = area.column; col <= lastColumn; col++) {
      const lastRow = Math.min(area.lastRow, sheet.cells.valueRows(col) - 1);
      for (let start = area.row; start <= lastRow; start += LOAD_CHUNK) {
        const end = Math.min(lastRow, start + LOAD_CHUNK - 1);
        const block: unknown[][] = [];
        let any = false;
        for (let r = start; r <= end; r++) {
          const value = sheet.cells.get(r, col);
          if (value !== undefined) any = true;
          block.push([FormulaEngine.raw(value)]);
        }
        if (any) this.hf.setCellContents({ sheet: sheetId, row: start, col }, block as never);
      }
    }
  }

  /** A tab gets its first formula: all its values go to HyperFormula, and readers of it re-translate. */
  private mirror(sheetId: number, sheet: EngineSheet): void {
    sheet.mirrored = true;
    const all = { row: 0, column: 0, lastRow: Number.MAX_SAFE_INTEGER, lastColumn: Number.MAX_SAFE_INTEGER };
    this.run(() => this.hf.batch(() => this.copyToEngine(sheetId, sheet, all)));
    this.reenterReaders(sheetId, undefined);
  }

  /** Re-enters every formula that reads `sheetId` from the store (within `area`, if given). */
  private reenterReaders(sheetId: number, area: Area | undefined): void {
    const affected: [number, number, number][] = [];
    for (const [key, reads] of this.storeReads) {
      const hit = reads.some((read) => {
        if (read.sheet !== sheetId) return false;
        if (!area) return true;
        const lastRow = read.lastRow ?? Number.MAX_SAFE_INTEGER;
        return intersects({ row: read.row, column: read.column, lastRow, lastColumn: read.lastColumn }, area);
      });
      if (hit) {
        const [s, r, c] = key.split(':').map(Number);
        affected.push([s, r, c]);
      }
    }
    if (affected.length === 0) return;
    this.run(() =>
      this.hf.batch(() => {
        for (const [s, r, c] of affected) {
          const formula = this.sheets.get(s)?.formulas.get(cellKey(r, c));
          if (formula !== undefined) this.hf.setCellContents({ sheet: s, row: r, col: c }, this.translate(s, r, c, formula));
        }
      }),
    );
  }

  // --- cells ---------------------------------------------------------------------------

  /** Writes a block of cells (0-based top-left) in one HyperFormula operation. */
  setCells(sheetId: number, row: number, col: number, block: readonly (readonly CellContent[])[]): void {
    // Formulas still pending (read from a file) are not entered here: whatever this writes
    // to the store, entering them later (after a mirror of the store) sees it.
    const sheet = this.sheets.get(sheetId)!;
    let hasFormula = false;
    let width = 0;
    for (let r = 0; r < block.length; r++) {
      const cells = block[r];
      if (cells.length > width) width = cells.length;
      for (let c = 0; c < cells.length; c++) {
        const cell = cells[c];
        const key = cellKey(row + r, col + c);
        const address = `${sheetId}:${row + r}:${col + c}`;
        this.errorMessages.delete(address);
        if ('formula' in cell) {
          hasFormula = true;
          sheet.formulas.set(key, cell.formula);
          sheet.cells.set(row + r, col + c, undefined);
          continue;
        }
        if (sheet.formulas.delete(key)) this.storeReads.delete(address);
        sheet.cells.set(row + r, col + c, storedValue(cell));
      }
    }
    this.version++;
    if (block.length === 0 || width === 0) return;
    const area: Area = { row, column: col, lastRow: row + block.length - 1, lastColumn: col + width - 1 };
    if (hasFormula && !sheet.mirrored) this.mirror(sheetId, sheet);
    this.run(() =>
      this.hf.batch(() => {
        if (sheet.mirrored) {
          const raw = block.map((cells, r) => cells.map((cell, c) => ('formula' in cell ? this.translate(sheetId, row + r, col + c, cell.formula) : FormulaEngine.raw(storedValue(cell)))));
          this.hf.setCellContents({ sheet: sheetId, row, col }, raw as never);
          return;
        }
        for (const loaded of sheet.loaded) {
          if (!intersects(loaded, area)) continue;
          const top = Math.max(loaded.row, area.row);
          const bottom = Math.min(loaded.lastRow, area.lastRow);
          const left = Math.max(loaded.column, area.column);
          const right = Math.min(loaded.lastColumn, area.lastColumn);
          const raw: unknown[][] = [];
          for (let r = top; r <= bottom; r++) {
            const line: unknown[] = [];
            for (let c = left; c <= right; c++) line.push(FormulaEngine.raw(sheet.cells.get(r, c)));
            raw.push(line);
          }
          this.hf.setCellContents({ sheet: sheetId, row: top, col: left }, raw as never);
        }
      }),
    );
    if (!sheet.mirrored) this.reenterReaders(sheetId, area);
  }

  /** Sets the format id of one cell (0 = none). */
  setStyle(sheetId: number, row: number, col: number, id: number): void {
    this.sheets.get(sheetId)!.cells.setStyle(row, col, id);
  }

  style(sheetId: number, row: number, col: number): number {
    return this.sheets.get(sheetId)!.cells.style(row, col);
  }

  /** The store of one tab, for the XLSX reader and writer (bulk, without per-cell bookkeeping). */
  cellsOf(sheetId: number): SheetCells {
    return this.sheets.get(sheetId)!.cells;
  }

  /** Every formula of a tab: [row, column] (0-based) and its text. */
  *formulaCells(sheetId: number): IterableIterator<[number, number, string]> {
    for (const [key, formula] of this.sheets.get(sheetId)!.formulas) yield [keyRow(key), keyColumn(key), formula];
  }

  formulaCount(sheetId: number): number {
    return this.sheets.get(sheetId)!.formulas.size;
  }

  /** The formula a cell holds as the user wrote it, or "". */
  formulaAt(sheetId: number, row: number, col: number): string {
    return this.sheets.get(sheetId)?.formulas.get(cellKey(row, col)) ?? '';
  }

  /**
   * What a cell holds as entered — its formula, its text or its value — for copying a tab
   * (a template); undefined for a blank cell and for a cell that only shows part of an
   * array result, which belongs to its formula.
   */
  contentAt(sheetId: number, row: number, col: number): CellContent | undefined {
    const formula = this.formulaAt(sheetId, row, col);
    if (formula !== '') return { formula };
    const stored = this.storedAt(sheetId, row, col);
    if (stored === undefined) return undefined;
    if (stored instanceof ErrorValue) return { error: stored.text };
    if (typeof stored === 'string') return { text: stored };
    const value = this.valueAt(sheetId, row, col);
    return value instanceof Date || typeof value === 'number' || typeof value === 'boolean' ? { value } : undefined;
  }

  /** The plain value a cell holds in the store (no formula result), or undefined. */
  storedAt(sheetId: number, row: number, col: number): StoredValue | undefined {
    return this.sheets.get(sheetId)?.cells.get(row, col);
  }

  /**
   * The value a cell shows, as getValues() returns it ("" for blank, error values as text, a
   * number in a date format as a Date).
   */
  valueAt(sheetId: number, row: number, col: number): SheetsValue {
    this.flush();
    const sheet = this.sheets.get(sheetId)!;
    if (!sheet.formulas.has(cellKey(row, col))) {
      const stored = sheet.cells.get(row, col);
      if (stored !== undefined) return this.sheetsValue(stored, this.formatTable.isDateStyle(sheet.cells.style(row, col)));
      if (!sheet.mirrored) return '';
    }
    return this.engineValueAt(sheetId, row, col, this.formatTable.isDateStyle(sheet.cells.style(row, col)));
  }

  private sheetsValue(stored: StoredValue, dateByFormat: boolean): SheetsValue {
    if (typeof stored === 'number') return dateByFormat ? this.makeDate(serialToTime(stored)) : stored;
    if (stored instanceof ErrorValue) return stored.text;
    if (isDateObject(stored)) return this.makeDate(stored.getTime());
    return stored;
  }

  private engineValueAt(sheetId: number, row: number, col: number, dateByFormat: boolean): SheetsValue {
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
    this.flush();
    const sheet = this.sheets.get(sheetId);
    if (!sheet || (!sheet.mirrored && !sheet.formulas.has(cellKey(row, col)))) return undefined;
    const value = this.hf.getCellValue({ sheet: sheetId, row, col });
    if (!(value instanceof DetailedCellError)) return undefined;
    return this.errorMessages.get(`${sheetId}:${row}:${col}`) ?? value.message;
  }

  /** Whether a cell's value is a date a custom function returned (shown as a date in Sheets). */
  isDateResult(sheetId: number, row: number, col: number): boolean {
    return this.dateCells.has(addressKey({ sheet: sheetId, row, col }));
  }

  /** The area a formula's array result fills, if the cell holds one that spills. */
  spillSize(sheetId: number, row: number, col: number): { rows: number; columns: number } | undefined {
    this.flush();
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
    this.flush();
    const cached = this.extents.get(sheetId);
    if (cached && cached.version === this.version) return cached;
    const sheet = this.sheets.get(sheetId)!;
    let { lastRow, lastColumn } = sheet.cells.valueExtent();
    for (const key of sheet.formulas.keys()) {
      const row = keyRow(key);
      const col = keyColumn(key);
      const spill = this.spillSize(sheetId, row, col) ?? { rows: 1, columns: 1 };
      if (row + spill.rows > lastRow) lastRow = row + spill.rows;
      if (col + spill.columns > lastColumn) lastColumn = col + spill.columns;
    }
    const extent = { version: this.version, lastRow, lastColumn };
    this.extents.set(sheetId, extent);
    return extent;
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

  /**
   * A range of a data tab as Sheets passes it to a custom function, straight from the store:
   * rows of values, "" for blanks, Dates for dates, error values as text. 1-based; lastRow 0
   * means the tab's last row (`D2:D`). A 1 × 1 range is its single value.
   */
  storeArgument(sheetId: number, row: number, column: number, lastRow: number, lastColumn: number): unknown {
    const sheet = this.sheets.get(sheetId);
    if (!sheet) return '#REF!';
    const bottom = lastRow === 0 ? sheet.lastRow : lastRow;
    const cells = sheet.cells;
    const cell = (r: number, c: number): unknown => {
      const stored = cells.get(r, c);
      return stored === undefined ? '' : this.sheetsValue(stored, this.formatTable.isDateStyle(cells.style(r, c)));
    };
    if (bottom === row && lastColumn === column) return cell(row - 1, column - 1);
    const rows: unknown[][] = new Array(Math.max(0, bottom - row + 1));
    for (let r = row - 1, i = 0; r < bottom; r++, i++) {
      const line: unknown[] = new Array(lastColumn - column + 1);
      for (let c = column - 1, j = 0; c < lastColumn; c++, j++) line[j] = cell(r, c);
      rows[i] = line;
    }
    return rows;
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
      // Arguments are the formula's own (a handful), not data: applying them is safe.
      result = fn.apply(undefined, args);
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
    let width = 0;
    for (const row of rows) if (row.length > width) width = row.length;
    if (width === 0) return new CellError(ErrorType.NA, 'the function returned an empty array');
    return rows.map((row) => Array.from({ length: width }, (_, c) => cell(row[c])));
  }
}

/** What a plain cell content is in the store. */
function storedValue(cell: CellContent): StoredValue | undefined {
  if ('text' in cell) return cell.text === '' ? undefined : cell.text;
  if ('error' in cell) return new ErrorValue(cell.error);
  if ('value' in cell) {
    const value = cell.value;
    if (value === null) return undefined;
    if (isDateObject(value)) return new Date(value.getTime());
    return value;
  }
  return undefined;
}
