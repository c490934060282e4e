/**
 * Reads an XLSX package into the local runtime's workbook, streaming each sheet's rows so
 * that a 1,000,000-row tab never becomes one string or one object per cell: values go
 * straight into the cell store, formulas into the formula engine (entered when the add-on's
 * custom functions are known), formats as interned ids.
 *
 * Read into the model: values (numbers, text, booleans, error values, dates by their
 * format), formulas (shared formulas expanded, array formulas with their area; what Google
 * Sheets exports for a custom function, `IFERROR(__xludf.DUMMYFUNCTION("NPS(B2:B)"),42)`,
 * as `=NPS(B2:B)`), number formats, fonts, fills, borders, alignment, merges, notes, frozen
 * panes, column widths, tab colours, hidden tabs, list and number validation, conditional
 * formats, named ranges, each tab's sheet id, and developer metadata (see ./metadata.ts).
 * Everything else a tab has stays in its part and is copied when the workbook is written.
 */
import { SHEETS_CELL_LIMIT } from '../../src/core/tabs/sheetLimits';
import { parseA1 } from '../a1';
import { ErrorValue, SheetCells, StoredValue } from '../cellStore';
import { shiftFormula } from '../formulaText';
import { isDateFormat } from '../numberFormat';
import { LocalRange } from '../spreadsheetApp/range';
import { LocalConditionalFormatRule, LocalDataValidation } from '../spreadsheetApp/rules';
import { DEFAULT_COLUMNS, DEFAULT_ROWS, LocalSheet } from '../spreadsheetApp/sheet';
import { LocalSpreadsheet } from '../spreadsheetApp/spreadsheet';
import { LEGACY_METADATA_SHEET, readLegacyMetadata, readMetadataNames } from './metadata';
import { CORE_PROPERTIES_PART, DEFAULT_LOCALE, readDocumentLanguage } from './documentLanguage';
import { readWorkbookParts, REL, resolveTarget, WorkbookParts, XlsxPackage } from './package';
import { StylesReader, themeColors } from './styles';
import { attribute, cellPosition, findElement, findElements, streamElements, textOf, unescapeXml } from './xml';

/** Pixels per character of column width (the default font's digit), as Sheets converts them. */
export const PIXELS_PER_CHARACTER = 7;

/** What the writer needs to copy the parts of a workbook that was read. */
export interface XlsxSource {
  readonly pkg: XlsxPackage;
  readonly workbook: WorkbookParts;
  /** Named ranges read into the model, by name: the defined name's text as read. */
  readonly namedRanges: ReadonlyMap<string, string>;
  /** The locale docProps/core.xml records (`pl_PL`), if any: workbook.locale is Sheets' default otherwise. */
  readonly recordedLocale: string | undefined;
}

/** `IFERROR(__xludf.DUMMYFUNCTION("NPS(B2:B)"),42)` (Sheets' export of a custom function) → `NPS(B2:B)`. */
export function unwrapSheetsExport(formula: string): string {
  const match = /^IFERROR\(__xludf\.DUMMYFUNCTION\("((?:[^"]|"")*)"\),.*\)$/s.exec(formula.trim());
  return match ? match[1].replace(/""/g, '"') : formula;
}

/** Sheets exports each cell of a spilled result but the first as `DUMMYFUNCTION("""COMPUTED_VALUE""")`. */
function isSheetsSpillCell(formula: string): boolean {
  return /^IFERROR\(__xludf\.DUMMYFUNCTION\("""COMPUTED_VALUE"""\)/.test(formula.trim());
}

/** Days between the 1900 and the 1904 date systems. */
const DAYS_1904 = 1462;

interface SheetContext {
  readonly strings: readonly string[];
  readonly styles: StylesReader;
  readonly theme: readonly string[];
  readonly date1904: boolean;
  /** Style index → the model's format id (cached). */
  readonly formatIds: Map<number, number>;
  readonly dateStyles: Map<number, boolean>;
}

/** Reads an XLSX file's bytes into a new workbook. Throws a plain Error for a broken package. */
export async function readWorkbook(bytes: Buffer, name: string): Promise<LocalSpreadsheet> {
  const pkg = await XlsxPackage.open(bytes);
  const parts = await readWorkbookParts(pkg);
  const rels = parts.relationships;
  const partOf = (type: string) => {
    const rel = rels.find((r) => r.type === type);
    return rel ? resolveTarget(parts.part, rel.target) : undefined;
  };
  const stylesPart = partOf(REL.styles);
  const themePart = partOf(REL.theme);
  const stringsPart = partOf(REL.sharedStrings);
  const theme = themeColors(themePart && pkg.has(themePart) ? await pkg.text(themePart) : undefined);
  const styles = new StylesReader(stylesPart && pkg.has(stylesPart) ? await pkg.text(stylesPart) : undefined, theme);
  const strings: string[] = [];
  if (stringsPart && pkg.has(stringsPart)) {
    await streamElements(pkg.chunks(stringsPart), 'si', (element) => {
      const open = element.indexOf('>');
      strings.push(element[open - 1] === '/' ? '' : textOf(element.slice(open + 1, element.lastIndexOf('</'))));
    });
  }
  const workbook = new LocalSpreadsheet(name);
  const core = await pkg.textIfAny(CORE_PROPERTIES_PART);
  const recordedLocale = core === undefined ? undefined : readDocumentLanguage(core);
  workbook.locale = recordedLocale ?? DEFAULT_LOCALE;
  const context: SheetContext = { strings, styles, theme, date1904: parts.date1904, formatIds: new Map(), dateStyles: new Map() };
  let legacy: string | undefined;
  for (const entry of parts.sheets) {
    if (entry.name === LEGACY_METADATA_SHEET) {
      legacy = entry.part;
      continue;
    }
    if (!entry.relationshipType.endsWith('/worksheet') || !pkg.has(entry.part)) {
      // A chart sheet or a dialog sheet: no cells; kept in the file, not in the model.
      continue;
    }
    // Sheet ids in XLSX start at 1; Sheets' first tab has gid 0.
    const sheet = workbook.addSheet(entry.name, workbook.sheets.length, entry.sheetId - 1);
    sheet.origin = { part: entry.part };
    sheet.hidden = entry.state !== 'visible';
    sheet.veryHidden = entry.state === 'veryHidden';
    await readSheet(pkg, entry.part, sheet, context);
    sheet.changed = false;
  }
  if (workbook.sheets.length === 0) throw new Error('it has no sheets');
  fitGrids(workbook);
  workbook.reserveSheetIds(parts.sheets.reduce((max, entry) => Math.max(max, entry.sheetId), 0));
  const namedRanges = readNamedRanges(workbook, parts);
  readMetadataNames(workbook, parts);
  if (legacy && pkg.has(legacy)) await readLegacyMetadata(workbook, pkg, legacy, strings);
  workbook.activeSheet = workbook.sheets.find((s) => !s.hidden) ?? workbook.sheets[0];
  workbook.source = { pkg, workbook: parts, namedRanges, recordedLocale } satisfies XlsxSource;
  return workbook;
}

/**
 * Tabs read from a file get at least a new tab's 1,000 rows × 26 columns, more where their
 * cells reach further. XLSX does not record a tab's grid, and Sheets sizes what it imports
 * to the data: a file of 1,000,000 answers × 9 columns is 9,000,000 cells there, not 26
 * million. So when the padded grids would pass the 10,000,000-cell limit, each tab larger
 * than a new tab is trimmed to the rows and columns its cells use — the workbook as Sheets
 * could hold it, with room left for generated tabs (small tabs keep their 1,000 × 26, where
 * a formula's result may spill).
 */
function fitGrids(workbook: LocalSpreadsheet): void {
  if (workbook.cellCount() <= SHEETS_CELL_LIMIT) return;
  for (const sheet of workbook.sheets) {
    const used = workbook.engine.cellsOf(sheet.engineId).valueExtent();
    const styled = workbook.engine.cellsOf(sheet.engineId).styleExtent();
    const formulas = [...sheet.formulaCells()];
    let rows = Math.max(1, used.lastRow, styled.lastRow);
    let columns = Math.max(1, used.lastColumn, styled.lastColumn);
    for (const [r, c] of formulas) {
      if (r > rows) rows = r;
      if (c > columns) columns = c;
    }
    if (rows <= DEFAULT_ROWS && columns <= DEFAULT_COLUMNS) continue;
    sheet.trimGrid(rows, columns);
  }
}

function formatIdOf(workbook: LocalSpreadsheet, context: SheetContext, style: number): number {
  let id = context.formatIds.get(style);
  if (id === undefined) {
    const format = context.styles.format(style);
    id = workbook.engine.formatTable.idOf(format);
    context.formatIds.set(style, id);
    context.dateStyles.set(style, isDateFormat(format?.numberFormat));
  }
  return id;
}

const ROW_NUMBER = /\sr\s*=\s*"(\d+)"/;
const CELL_REF = /\sr\s*=\s*"([A-Za-z]+)(\d+)"/;
const CELL_STYLE = /\ss\s*=\s*"(\d+)"/;
const CELL_TYPE = /\st\s*=\s*"(\w+)"/;

/** One array formula's area (0-based, inclusive) whose other cells are its results. */
interface ArrayArea {
  readonly row: number;
  readonly column: number;
  readonly lastRow: number;
  readonly lastColumn: number;
}

async function readSheet(pkg: XlsxPackage, part: string, sheet: LocalSheet, context: SheetContext): Promise<void> {
  const workbook = sheet.spreadsheet;
  const cells: SheetCells = workbook.engine.cellsOf(sheet.engineId);
  const formulas: [number, number, string][] = [];
  const shared = new Map<string, { text: string; row: number; column: number }>();
  const arrays: ArrayArea[] = [];
  let prefix: string | undefined;
  let cellPattern: RegExp | undefined;
  let lastRow = 0;
  let lastColumn = 0;
  let rowNumber = 0;

  const onRow = (row: string): void => {
    const tagEnd = row.indexOf('>');
    const tag = row.slice(0, tagEnd + 1);
    if (prefix === undefined) {
      prefix = /^<([\w.-]+:)?/.exec(tag)?.[1] ?? '';
      cellPattern = new RegExp(`<${prefix}c(?=[\\s/>])([^>]*?)(?:/>|>([\\s\\S]*?)</${prefix}c>)`, 'g');
    }
    const r = ROW_NUMBER.exec(tag);
    rowNumber = r ? Number(r[1]) : rowNumber + 1;
    if (/\shidden="(?:1|true)"/.test(tag)) sheet.hiddenRows.add(rowNumber);
    if (tag.endsWith('/>')) return;
    const inner = row.slice(tagEnd + 1);
    const pattern = cellPattern!;
    pattern.lastIndex = 0;
    let columnNumber = 0;
    for (let match = pattern.exec(inner); match; match = pattern.exec(inner)) {
      const attrs = match[1];
      const ref = CELL_REF.exec(attrs);
      if (ref) {
        columnNumber = columnLetters(ref[1]);
        rowNumber = Number(ref[2]);
      } else {
        columnNumber++;
      }
      const r0 = rowNumber - 1;
      const c0 = columnNumber - 1;
      const styleMatch = CELL_STYLE.exec(attrs);
      const style = styleMatch ? Number(styleMatch[1]) : 0;
      if (style !== 0) {
        const id = formatIdOf(workbook, context, style);
        if (id !== 0) {
          cells.setStyle(r0, c0, id);
          if (rowNumber > lastRow) lastRow = rowNumber;
          if (columnNumber > lastColumn) lastColumn = columnNumber;
        }
      }
      const body = match[2];
      if (body === undefined || body === '') continue;
      if (rowNumber > lastRow) lastRow = rowNumber;
      if (columnNumber > lastColumn) lastColumn = columnNumber;
      const typeMatch = CELL_TYPE.exec(attrs);
      const type = typeMatch ? typeMatch[1] : 'n';
      const formula = formulaOf(body, prefix!, r0, c0, shared, arrays);
      if (formula === null) continue; // a cell of a spilled result: the formula fills it
      if (formula !== undefined) {
        formulas.push([r0, c0, formula]);
        continue;
      }
      if (arrays.length > 0 && insideArray(arrays, r0, c0)) continue;
      const value = valueOf(body, prefix!, type, context, style);
      if (value !== undefined) cells.set(r0, c0, value);
    }
  };

  const { head, tail } = await streamElements(pkg.chunks(part), 'row', onRow, /<\/(?:[\w.-]+:)?sheetData>/);
  // Tabs are at least Sheets' 1,000 × 26, more if their cells need it; the cell limit is
  // not checked here: Sheets checks it when a tab is inserted or grows, not when a file opens.
  sheet.resize(Math.max(DEFAULT_ROWS, lastRow), Math.max(DEFAULT_COLUMNS, lastColumn));
  workbook.engine.addFormulas(sheet.engineId, formulas);
  const rest = `${head}${tail}`;
  readSheetProperties(sheet, rest, context);
  await readNotes(pkg, part, sheet);
}

function columnLetters(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) {
    const code = letters.charCodeAt(i);
    n = n * 26 + ((code >= 97 ? code - 32 : code) - 64);
  }
  return n;
}

function insideArray(arrays: readonly ArrayArea[], row: number, column: number): boolean {
  for (const a of arrays) if (row >= a.row && row <= a.lastRow && column >= a.column && column <= a.lastColumn && !(row === a.row && column === a.column)) return true;
  return false;
}

/** Text between `<p:name …>` and `</p:name>` in a cell's body, and the start tag; undefined if absent. */
function child(body: string, prefix: string, name: string): { tag: string; text: string } | undefined {
  const open = body.indexOf(`<${prefix}${name}`);
  if (open < 0) return undefined;
  const after = body.charCodeAt(open + prefix.length + name.length + 1);
  // `<v>`/`<f …>`/`<is>`, not `<vm…>`: the name must end there.
  if (after !== 62 && after !== 32 && after !== 47 && after !== 9 && after !== 10 && after !== 13) return undefined;
  const tagEnd = body.indexOf('>', open);
  const tag = body.slice(open, tagEnd + 1);
  if (tag.endsWith('/>')) return { tag, text: '' };
  const close = body.indexOf(`</${prefix}${name}>`, tagEnd);
  return { tag, text: body.slice(tagEnd + 1, close < 0 ? body.length : close) };
}

/**
 * The formula of a cell as the model keeps it (`=…`), undefined for none, or null for a
 * cell that only shows part of another formula's result.
 */
function formulaOf(body: string, prefix: string, row: number, column: number, shared: Map<string, { text: string; row: number; column: number }>, arrays: ArrayArea[]): string | undefined | null {
  const f = child(body, prefix, 'f');
  if (!f) return undefined;
  const type = attribute(f.tag, 't');
  let text = unescapeXml(f.text);
  if (type === 'shared') {
    const si = attribute(f.tag, 'si') ?? '';
    if (text !== '') shared.set(si, { text, row, column });
    else {
      const master = shared.get(si);
      if (!master) return undefined;
      text = shiftFormula(master.text, row - master.row, column - master.column);
    }
  } else if (type === 'array') {
    const ref = attribute(f.tag, 'ref');
    if (ref && ref.includes(':')) {
      const area = parseA1(ref);
      arrays.push({ row: area.row - 1, column: area.column - 1, lastRow: (area.lastRow ?? area.row) - 1, lastColumn: (area.lastColumn ?? area.column) - 1 });
    }
  } else if (type === 'dataTable') {
    return undefined;
  }
  if (text === '') return undefined;
  if (isSheetsSpillCell(text)) return null;
  return `=${unwrapSheetsExport(text)}`;
}

function valueOf(body: string, prefix: string, type: string, context: SheetContext, style: number): StoredValue | undefined {
  if (type === 'inlineStr') {
    const is = child(body, prefix, 'is');
    const text = is ? textOf(is.text) : '';
    return text === '' ? undefined : text;
  }
  const v = child(body, prefix, 'v');
  if (!v) return undefined;
  const raw = v.text;
  switch (type) {
    case 's': {
      const text = context.strings[Number(raw)];
      return text === undefined || text === '' ? undefined : text;
    }
    case 'str': {
      const text = unescapeXml(raw);
      return text === '' ? undefined : text;
    }
    case 'b':
      return raw === '1' || raw === 'true';
    case 'e':
      return new ErrorValue(unescapeXml(raw));
    case 'd': {
      const time = Date.parse(raw);
      return Number.isFinite(time) ? new Date(time) : undefined;
    }
    default: {
      if (raw === '') return undefined;
      const n = Number(raw);
      if (!Number.isFinite(n)) return undefined;
      if (context.date1904 && style !== 0 && context.dateStyles.get(style)) return n + DAYS_1904;
      return n;
    }
  }
}

function colorOfTag(tag: string | undefined, theme: readonly string[]): string | undefined {
  if (!tag) return undefined;
  const rgb = attribute(tag, 'rgb');
  if (rgb && rgb.length >= 6) return `#${rgb.slice(-6).toLowerCase()}`;
  const index = attribute(tag, 'theme');
  return index === undefined ? undefined : theme[Number(index)];
}

/** Everything of a tab outside its rows that the model carries. */
function readSheetProperties(sheet: LocalSheet, xml: string, context: SheetContext): void {
  const sheetPr = findElement(xml, 'sheetPr');
  if (sheetPr) sheet.tabColor = colorOfTag(findElement(sheetPr.inner, 'tabColor')?.tag, context.theme) ?? null;
  const pane = findElement(xml, 'pane');
  if (pane && (attribute(pane.tag, 'state') === 'frozen' || attribute(pane.tag, 'state') === 'frozenSplit')) {
    sheet.frozenRows = Number(attribute(pane.tag, 'ySplit') ?? 0);
    sheet.frozenColumns = Number(attribute(pane.tag, 'xSplit') ?? 0);
  }
  const cols = findElement(xml, 'cols');
  for (const { tag } of findElements(cols?.inner ?? '', 'col')) {
    const width = Number(attribute(tag, 'width'));
    const min = Number(attribute(tag, 'min'));
    const max = Math.min(Number(attribute(tag, 'max')), min + 18_278);
    const hidden = attribute(tag, 'hidden');
    if (hidden === '1' || hidden === 'true') for (let c = min; c <= max && c <= sheet.maxColumns; c++) sheet.hiddenColumns.add(c);
    if (!width) continue;
    for (let c = min; c <= max && c <= sheet.maxColumns; c++) sheet.columnWidths.set(c, Math.round(width * PIXELS_PER_CHARACTER));
  }
  const range = (a1: string): LocalRange | undefined => {
    try {
      const area = parseA1(a1);
      const lastRow = Math.min(area.lastRow ?? sheet.maxRows, sheet.maxRows);
      const lastColumn = Math.min(area.lastColumn ?? sheet.maxColumns, sheet.maxColumns);
      if (area.row > lastRow || area.column > lastColumn) return undefined;
      return new LocalRange(sheet, area.row, area.column, lastRow - area.row + 1, lastColumn - area.column + 1);
    } catch {
      return undefined;
    }
  };
  for (const { tag } of findElements(findElement(xml, 'mergeCells')?.inner ?? '', 'mergeCell')) {
    const merged = range(attribute(tag, 'ref') ?? '');
    if (merged && sheet.mergesOverlapping(merged).length === 0) sheet.addMerge(merged);
  }
  for (const element of findElements(findElement(xml, 'dataValidations')?.inner ?? '', 'dataValidation')) {
    const rule = validationOf(element.tag, element.inner);
    if (!rule) continue;
    for (const ref of (attribute(element.tag, 'sqref') ?? '').split(/\s+/)) {
      const target = range(ref);
      if (target) sheet.setValidation(target, rule);
    }
  }
  for (const block of findElements(xml, 'conditionalFormatting')) {
    const ranges = (attribute(block.tag, 'sqref') ?? '').split(/\s+/).map(range).filter((r): r is LocalRange => r !== undefined);
    for (const rule of findElements(block.inner, 'cfRule')) {
      const condition = conditionOf(rule.tag, rule.inner);
      if (!condition) continue;
      const dxf = attribute(rule.tag, 'dxfId');
      const format = dxf === undefined ? {} : context.styles.ruleFormat(Number(dxf));
      sheet.conditionalRules.push(new LocalConditionalFormatRule(condition, { background: format.background, fontColor: format.fontColor, bold: format.bold }, ranges));
    }
  }
}

function formulaTexts(inner: string): string[] {
  return ['formula1', 'formula2', 'formula'].flatMap((name) => findElements(inner, name).map((f) => unescapeXml(f.inner)));
}

function validationOf(tag: string, inner: string): LocalDataValidation | undefined {
  const type = attribute(tag, 'type');
  const allowInvalid = !/^(1|true)$/.test(attribute(tag, 'showErrorMessage') ?? '');
  const help = attribute(tag, 'prompt') ?? null;
  const [first, second] = formulaTexts(inner);
  if (type === 'list' && first !== undefined && /^".*"$/s.test(first)) {
    const values = first.slice(1, -1).replace(/""/g, '"').split(',');
    if (values.length === 2 && values[0].toUpperCase() === 'TRUE' && values[1].toUpperCase() === 'FALSE') return new LocalDataValidation({ type: 'CHECKBOX', values: [] }, allowInvalid, help);
    return new LocalDataValidation({ type: 'VALUE_IN_LIST', values: [values, true] }, allowInvalid, help);
  }
  if ((type === 'decimal' || type === 'whole') && (attribute(tag, 'operator') ?? 'between') === 'between' && first !== undefined && second !== undefined) {
    const [low, high] = [Number(first), Number(second)];
    if (Number.isFinite(low) && Number.isFinite(high)) return new LocalDataValidation({ type: 'NUMBER_BETWEEN', values: [low, high] }, allowInvalid, help);
  }
  return undefined;
}

const OPERATORS: Record<string, string> = {
  equal: 'NUMBER_EQUAL_TO',
  greaterThan: 'NUMBER_GREATER_THAN',
  greaterThanOrEqual: 'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  lessThan: 'NUMBER_LESS_THAN',
  lessThanOrEqual: 'NUMBER_LESS_THAN_OR_EQUAL_TO',
  between: 'NUMBER_BETWEEN',
};

export const CONDITION_OPERATORS = OPERATORS;

function conditionOf(tag: string, inner: string): { type: string; values: unknown[] } | undefined {
  const formulas = formulaTexts(inner);
  const type = attribute(tag, 'type');
  if (type === 'cellIs') {
    const condition = OPERATORS[attribute(tag, 'operator') ?? ''];
    return condition ? { type: condition, values: formulas.map((f) => (Number.isFinite(Number(f)) ? Number(f) : f)) } : undefined;
  }
  if (type === 'expression') return { type: 'CUSTOM_FORMULA', values: [`=${formulas[0] ?? ''}`] };
  return undefined;
}

/** A tab's notes, from its comments part. */
async function readNotes(pkg: XlsxPackage, part: string, sheet: LocalSheet): Promise<void> {
  const rels = await pkg.relationships(part);
  const comments = rels.find((r) => r.type === REL.comments);
  if (!comments) return;
  const commentsPart = resolveTarget(part, comments.target);
  if (!pkg.has(commentsPart)) return;
  const xml = await pkg.text(commentsPart);
  for (const comment of findElements(findElement(xml, 'commentList')?.inner ?? '', 'comment')) {
    const at = cellPosition(attribute(comment.tag, 'ref') ?? '');
    const text = findElement(comment.inner, 'text');
    if (at && text) sheet.notes.set(`${at.row}:${at.column}`, textOf(text.inner));
  }
}

/** Named ranges (a defined name that is one range of a tab) into the model; returns them by name with their text. */
function readNamedRanges(workbook: LocalSpreadsheet, parts: WorkbookParts): Map<string, string> {
  const read = new Map<string, string>();
  for (const name of parts.definedNames) {
    if (name.localSheetId !== undefined || name.name.startsWith('_xlnm.') || name.name.startsWith('_cx_sheets.')) continue;
    let a1;
    try {
      a1 = parseA1(name.text.replace(/\$/g, ''));
    } catch {
      continue;
    }
    const sheet = workbook.sheets.find((s) => s.getName() === a1.sheetName);
    if (!sheet) continue;
    try {
      workbook.namedRanges.set(name.name, sheet.rangeFromA1(name.text.replace(/\$/g, '')));
      read.set(name.name, name.text);
    } catch {
      // A range past the tab's grid: not a named range the model can hold.
    }
  }
  return read;
}

