/**
 * XLSX in and out (ExcelJS) for the local runtime's workbook.
 *
 * Carried both ways: values (numbers, text — text that begins with `=` stays text — booleans,
 * dates), formulas with their computed results (a spilled custom-function result as an array
 * formula over its area), number formats, fonts, fills, borders, alignment and wrapping,
 * merges, notes, frozen rows and columns, column widths, list/checkbox data validation,
 * number and formula conditional formatting, named ranges. Developer metadata has no place
 * in XLSX, so it is kept in a very hidden sheet named {@link METADATA_SHEET} that Excel and
 * Sheets leave alone. Charts cannot be written by ExcelJS: they stay in the model only.
 *
 * Reading also unwraps what Google Sheets writes for functions Excel lacks:
 * `IFERROR(__xludf.DUMMYFUNCTION("NPS(B2:B)"),42)` becomes `=NPS(B2:B)`.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { sheetReference } from '../src/core/tabs/sheetReference';
import { formatA1, parseA1 } from './a1';
import { CellContent } from './formulaEngine';
import { LocalRange } from './spreadsheetApp/range';
import { LocalConditionalFormatRule, LocalDataValidation } from './spreadsheetApp/rules';
import { CellFormat, DEFAULT_COLUMN_WIDTH, DEFAULT_COLUMNS, DEFAULT_ROWS, LocalSheet } from './spreadsheetApp/sheet';
import { LocalSpreadsheet } from './spreadsheetApp/spreadsheet';

export const METADATA_SHEET = '_cx_local_metadata';
/** Pixels per ExcelJS width unit (one character of the default font), as Sheets converts them. */
const PIXELS_PER_CHARACTER = 7;

// --- colours and formats ---------------------------------------------------------------

function toArgb(color: string): string {
  const hex = color.replace('#', '');
  return `FF${(hex.length === 3 ? hex.split('').map((c) => c + c).join('') : hex).toUpperCase()}`;
}

function fromArgb(argb: string | undefined): string | undefined {
  if (!argb || argb.length < 6) return undefined;
  return `#${argb.slice(-6).toLowerCase()}`;
}

function styleOf(format: CellFormat): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = {};
  if (format.numberFormat && format.numberFormat !== 'General') style.numFmt = format.numberFormat;
  if (format.background) style.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: toArgb(format.background) } };
  const font: Partial<ExcelJS.Font> = {};
  if (format.fontWeight === 'bold') font.bold = true;
  if (format.fontStyle === 'italic') font.italic = true;
  if (format.fontColor) font.color = { argb: toArgb(format.fontColor) };
  if (format.fontSize) font.size = format.fontSize;
  if (Object.keys(font).length > 0) style.font = font;
  const alignment: Partial<ExcelJS.Alignment> = {};
  if (format.horizontalAlignment && format.horizontalAlignment !== 'general') alignment.horizontal = format.horizontalAlignment as ExcelJS.Alignment['horizontal'];
  if (format.verticalAlignment) alignment.vertical = format.verticalAlignment as ExcelJS.Alignment['vertical'];
  if (format.wrap) alignment.wrapText = true;
  if (Object.keys(alignment).length > 0) style.alignment = alignment;
  if (format.border) {
    const border: Partial<ExcelJS.Borders> = {};
    for (const edge of ['top', 'left', 'bottom', 'right'] as const) {
      const color = format.border[edge];
      if (color) border[edge] = { style: 'thin', color: { argb: toArgb(color) } };
    }
    style.border = border;
  }
  return style;
}

function formatOf(cell: ExcelJS.Cell): CellFormat {
  const format: CellFormat = {};
  if (cell.numFmt && cell.numFmt !== 'General') format.numberFormat = cell.numFmt;
  const fill = cell.fill as ExcelJS.FillPattern | undefined;
  if (fill?.type === 'pattern' && fill.pattern === 'solid') {
    const color = fromArgb(fill.fgColor?.argb);
    if (color) format.background = color;
  }
  if (cell.font?.bold) format.fontWeight = 'bold';
  if (cell.font?.italic) format.fontStyle = 'italic';
  const fontColor = fromArgb(cell.font?.color?.argb);
  if (fontColor && fontColor !== '#000000') format.fontColor = fontColor;
  if (cell.font?.size && cell.font.size !== 11 && cell.font.size !== 10) format.fontSize = cell.font.size;
  if (cell.alignment?.horizontal) format.horizontalAlignment = cell.alignment.horizontal;
  if (cell.alignment?.vertical) format.verticalAlignment = cell.alignment.vertical;
  if (cell.alignment?.wrapText) format.wrap = true;
  const border: NonNullable<CellFormat['border']> = {};
  for (const edge of ['top', 'left', 'bottom', 'right'] as const) {
    const side = cell.border?.[edge];
    if (side?.style) border[edge] = fromArgb(side.color?.argb) ?? '#000000';
  }
  if (Object.keys(border).length > 0) format.border = border;
  return format;
}

// --- formulas ---------------------------------------------------------------------------

/** `IFERROR(__xludf.DUMMYFUNCTION("NPS(B2:B)"),42)` (Sheets' export of a custom function) → `NPS(B2:B)`. */
export function unwrapSheetsExport(formula: string): string {
  const match = /^IFERROR\(__xludf\.DUMMYFUNCTION\("((?:[^"]|"")*)"\),.*\)$/s.exec(formula.trim());
  return match ? match[1].replace(/""/g, '"') : formula;
}

function contentOf(cell: ExcelJS.Cell): CellContent | undefined {
  const value = cell.value;
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'number' || typeof value === 'boolean') return { value };
  if (typeof value === 'string') return { text: value };
  if (value instanceof Date) return { value };
  if (typeof value === 'object') {
    if ('formula' in value || 'sharedFormula' in value) {
      const formula = cell.formula ?? (value as ExcelJS.CellFormulaValue).formula;
      if (formula) return { formula: `=${unwrapSheetsExport(formula)}` };
      return undefined;
    }
    if ('richText' in value) return { text: value.richText.map((part) => part.text).join('') };
    if ('hyperlink' in value) return { text: String((value as ExcelJS.CellHyperlinkValue).text ?? value.hyperlink) };
    if ('error' in value) return { text: String(value.error) };
  }
  return { text: String(value) };
}

// --- reading ----------------------------------------------------------------------------

/** Reads an XLSX file (or its bytes) into a new workbook; a corrupt file is one clear Error. */
export async function readXlsx(source: string | Buffer, label = typeof source === 'string' ? source : 'the workbook'): Promise<LocalSpreadsheet> {
  const book = new ExcelJS.Workbook();
  try {
    if (typeof source === 'string') await book.xlsx.readFile(source);
    else await book.xlsx.load(source as unknown as ArrayBuffer);
  } catch (error) {
    // JSZip's messages go on with a link; the first sentence says what is wrong.
    const cause = String((error as Error).message ?? error).split('\n')[0].replace(/ If it is, see .*$/, '');
    throw new Error(`${label} is not a readable .xlsx workbook (${cause})`);
  }
  const workbook = new LocalSpreadsheet(label.replace(/^.*[\\/]/, '').replace(/\.xlsx$/i, ''));
  const metadataSheet = book.getWorksheet(METADATA_SHEET);
  for (const sheet of book.worksheets) {
    if (sheet === metadataSheet) continue;
    readSheet(workbook, sheet);
  }
  if (workbook.sheets.length === 0) throw new Error(`${label} has no sheets`);
  readNamedRanges(workbook, book);
  if (metadataSheet) readMetadata(workbook, metadataSheet);
  workbook.activeSheet = workbook.sheets[0];
  return workbook;
}

function readSheet(workbook: LocalSpreadsheet, source: ExcelJS.Worksheet): void {
  const sheet = workbook.addSheet(source.name);
  sheet.resize(Math.max(DEFAULT_ROWS, source.rowCount), Math.max(DEFAULT_COLUMNS, source.columnCount));
  // Cells inside a spilled (array-formula) area other than its anchor are results, not inputs.
  const spilled = new Set<string>();
  source.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => {
      const model = cell.model as { shareType?: string; ref?: string };
      if (model.shareType === 'array' && model.ref) {
        const area = parseA1(model.ref);
        for (let r = area.row; r <= (area.lastRow ?? area.row); r++) {
          for (let c = area.column; c <= (area.lastColumn ?? area.column); c++) if (r !== Number(row.number) || c !== Number(cell.col)) spilled.add(`${r}:${c}`);
        }
      }
    }),
  );
  const block: CellContent[][] = [];
  // Rows without a value too: a format on an empty cell (where a formula will spill) is kept.
  source.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      const r = Number(row.number);
      const c = Number(cell.col);
      const format = formatOf(cell);
      for (const [key, value] of Object.entries(format)) sheet.setFormat(r, c, key as keyof CellFormat, value as never);
      if (cell.note) sheet.setNote(r, c, typeof cell.note === 'string' ? cell.note : cell.note.texts?.map((t) => t.text).join('') ?? '');
      const validation = cell.dataValidation;
      if (validation?.type === 'list' && validation.formulae?.[0]) {
        const values = String(validation.formulae[0]).replace(/^"|"$/g, '').split(',');
        sheet.setValidation(r, c, new LocalDataValidation({ type: 'VALUE_IN_LIST', values: [values, true] }, validation.showErrorMessage !== true, validation.prompt ?? null));
      }
      if (spilled.has(`${r}:${c}`)) return;
      const content = contentOf(cell);
      if (!content) return;
      while (block.length < r) block.push([]);
      block[r - 1][c - 1] = content;
    }),
  );
  const width = Math.max(0, ...block.map((line) => line.length));
  if (block.length > 0 && width > 0) {
    sheet.writeBlock(1, 1, block.map((line) => Array.from({ length: width }, (_, c) => line[c] ?? { value: null })));
  }
  for (const merge of (source.model as { merges?: string[] }).merges ?? []) {
    const area = parseA1(merge);
    sheet.addMerge(new LocalRange(sheet, area.row, area.column, (area.lastRow ?? area.row) - area.row + 1, (area.lastColumn ?? area.column) - area.column + 1));
  }
  const view = source.views?.[0] as { state?: string; xSplit?: number; ySplit?: number } | undefined;
  if (view?.state === 'frozen') {
    sheet.frozenRows = view.ySplit ?? 0;
    sheet.frozenColumns = view.xSplit ?? 0;
  }
  source.columns?.forEach((column, index) => {
    if (column.width) sheet.columnWidths.set(index + 1, Math.round(column.width * PIXELS_PER_CHARACTER));
    if (column.hidden) sheet.hiddenColumns.add(index + 1);
  });
  source.eachRow({ includeEmpty: true }, (row, number) => {
    if (row.hidden) sheet.hiddenRows.add(number);
  });
  const conditional = (source as unknown as { conditionalFormattings?: { ref: string; rules: ExcelJS.ConditionalFormattingRule[] }[] }).conditionalFormattings ?? [];
  for (const block of conditional) {
    for (const rule of block.rules) {
      const condition = conditionOf(rule);
      if (!condition) continue;
      const style = rule.style ?? {};
      const background = fromArgb((style.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb ?? (style.fill as ExcelJS.FillPattern | undefined)?.bgColor?.argb);
      const ranges = block.ref.split(' ').map((ref) => sheet.rangeFromA1(ref));
      sheet.conditionalRules.push(new LocalConditionalFormatRule(condition, { background, fontColor: fromArgb(style.font?.color?.argb), bold: style.font?.bold }, ranges));
    }
  }
}

const OPERATORS: Record<string, string> = {
  equal: 'NUMBER_EQUAL_TO',
  greaterThan: 'NUMBER_GREATER_THAN',
  greaterThanOrEqual: 'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  lessThan: 'NUMBER_LESS_THAN',
  lessThanOrEqual: 'NUMBER_LESS_THAN_OR_EQUAL_TO',
  between: 'NUMBER_BETWEEN',
};

function conditionOf(rule: ExcelJS.ConditionalFormattingRule): { type: string; values: unknown[] } | undefined {
  if (rule.type === 'cellIs') {
    const type = OPERATORS[(rule as ExcelJS.CellIsRuleType).operator ?? ''];
    return type ? { type, values: ((rule as ExcelJS.CellIsRuleType).formulae ?? []).map((f) => (Number.isFinite(Number(f)) ? Number(f) : f)) } : undefined;
  }
  if (rule.type === 'expression') return { type: 'CUSTOM_FORMULA', values: [`=${(rule as ExcelJS.ExpressionRuleType).formulae?.[0] ?? ''}`] };
  return undefined;
}

function readNamedRanges(workbook: LocalSpreadsheet, book: ExcelJS.Workbook): void {
  const model = (book.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model ?? [];
  for (const { name, ranges } of model) {
    if (ranges.length !== 1) continue;
    const a1 = parseA1(ranges[0].replace(/\$/g, ''));
    const sheet = workbook.sheets.find((s) => s.getName() === a1.sheetName);
    if (sheet) workbook.namedRanges.set(name, sheet.rangeFromA1(ranges[0].replace(/\$/g, '')));
  }
}

function readMetadata(workbook: LocalSpreadsheet, source: ExcelJS.Worksheet): void {
  source.eachRow((row, rowNumber) => {
    if (rowNumber === 1) return;
    const [sheetName, key, value, visibility] = [2, 3, 4, 5].map((c) => row.getCell(c).value);
    const sheet = sheetName ? workbook.sheets.find((s) => s.getName() === String(sheetName)) : undefined;
    if (sheetName && !sheet) return;
    workbook.attachMetadata(sheet, String(key), value === null || value === undefined ? undefined : String(value), String(visibility ?? 'DOCUMENT'));
  });
}

// --- writing ----------------------------------------------------------------------------

export interface WriteOptions {
  /**
   * A fixed time for the file's properties and its zip entries, for byte-identical output
   * from identical content (the example workbooks). Default: now.
   */
  readonly timestamp?: Date;
}

/** The workbook as XLSX bytes. */
export async function xlsxBytes(workbook: LocalSpreadsheet, options: WriteOptions = {}): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const time = options.timestamp ?? new Date();
  book.creator = 'cx-sheets';
  book.lastModifiedBy = 'cx-sheets';
  book.created = time;
  book.modified = time;
  for (const sheet of workbook.sheets) writeSheet(book, sheet);
  for (const [name, range] of workbook.namedRanges) {
    book.definedNames.add(`${sheetReference(range.sheet.getName())}!${formatA1(range.row, range.column, range.numRows, range.numColumns).replace(/([A-Z]+)(\d+)/g, '$$$1$$$2')}`, name);
  }
  writeMetadata(book, workbook);
  const bytes = Buffer.from(await book.xlsx.writeBuffer());
  if (!options.timestamp) return bytes;
  // ExcelJS stamps every zip entry with the current time; re-pack with the fixed one.
  const zip = await JSZip.loadAsync(bytes);
  const repacked = new JSZip();
  for (const name of Object.keys(zip.files).sort()) {
    const entry = zip.files[name];
    if (!entry.dir) repacked.file(name, await entry.async('nodebuffer'), { date: time, createFolders: false });
  }
  return repacked.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

/**
 * A cell value as ExcelJS needs it: a Date made in the add-on's realm (a custom function's
 * result) fails ExcelJS's `instanceof Date` and would be written as text.
 */
function hostValue<T>(value: T): T {
  return Object.prototype.toString.call(value) === '[object Date]' && !(value instanceof Date)
    ? (new Date((value as unknown as Date).getTime()) as unknown as T)
    : value;
}

function writeSheet(book: ExcelJS.Workbook, sheet: LocalSheet): void {
  const target = book.addWorksheet(sheet.getName(), {
    views: sheet.frozenRows || sheet.frozenColumns ? [{ state: 'frozen', xSplit: sheet.frozenColumns, ySplit: sheet.frozenRows }] : [{}],
    properties: sheet.tabColor ? { tabColor: { argb: toArgb(sheet.tabColor) } } : {},
    state: sheet.hidden ? 'hidden' : 'visible',
  });
  const engine = sheet.spreadsheet.engine;
  const lastRow = Math.max(sheet.getLastRow(), ...[...sheet.formats.keys(), ...sheet.notes.keys()].map((k) => Number(k.split(':')[0])));
  const lastColumn = Math.max(sheet.getLastColumn(), ...[...sheet.formats.keys(), ...sheet.notes.keys()].map((k) => Number(k.split(':')[1])));
  for (let r = 1; r <= lastRow; r++) {
    for (let c = 1; c <= lastColumn; c++) {
      const formula = sheet.formulaAt(r, c);
      const value = hostValue(sheet.valueAt(r, c));
      const format = sheet.format(r, c);
      const note = sheet.noteAt(r, c);
      if (formula === '' && value === '' && !format && note === '') continue;
      const cell = target.getCell(r, c);
      if (formula !== '') {
        const result = excelResult(value);
        const spill = engine.spillSize(sheet.engineId, r - 1, c - 1);
        cell.value = spill
          ? ({ formula: formula.slice(1), result, shareType: 'array', ref: formatA1(r, c, spill.rows, spill.columns) } as unknown as ExcelJS.CellValue)
          : ({ formula: formula.slice(1), result } as ExcelJS.CellFormulaValue);
      } else if (value !== '') {
        cell.value = value;
      }
      const style = styleOf(format ?? {});
      if (!style.numFmt && Object.prototype.toString.call(value) === '[object Date]') style.numFmt = 'yyyy-mm-dd';
      if (Object.keys(style).length > 0) cell.style = style as ExcelJS.Style;
      if (note !== '') cell.note = note;
      const validation = sheet.validationAt(r, c);
      if (validation) cell.dataValidation = excelValidation(validation);
    }
  }
  for (const merge of sheet.merges) target.mergeCells(merge.row, merge.column, merge.getLastRow(), merge.getLastColumn());
  for (const [column, width] of sheet.columnWidths) {
    if (width !== DEFAULT_COLUMN_WIDTH) target.getColumn(column).width = width / PIXELS_PER_CHARACTER;
  }
  for (const column of sheet.hiddenColumns) target.getColumn(column).hidden = true;
  for (const row of sheet.hiddenRows) target.getRow(row).hidden = true;
  for (const rule of sheet.conditionalRules) {
    const excelRule = excelConditionalRule(rule);
    if (excelRule) target.addConditionalFormatting({ ref: rule.ranges.map((r) => r.getA1Notation()).join(' '), rules: [excelRule] });
  }
}

function excelResult(value: unknown): ExcelJS.CellFormulaValue['result'] {
  if (typeof value === 'string' && /^#(ERROR!|N\/A|NAME\?|NUM!|REF!|VALUE!|DIV\/0!)$/.test(value)) {
    return { error: (value === '#ERROR!' ? '#VALUE!' : value) as ExcelJS.CellErrorValue['error'] };
  }
  return value as ExcelJS.CellFormulaValue['result'];
}

function excelValidation(validation: LocalDataValidation): ExcelJS.DataValidation {
  const { type, values } = validation.criteria;
  const list = type === 'CHECKBOX' ? ['TRUE', 'FALSE'] : type === 'VALUE_IN_LIST' ? (values[0] as string[]) : undefined;
  if (list) return { type: 'list', allowBlank: true, formulae: [`"${list.join(',')}"`], showErrorMessage: !validation.allowInvalid, prompt: validation.helpText ?? undefined };
  if (type === 'NUMBER_BETWEEN') return { type: 'decimal', operator: 'between', allowBlank: true, formulae: values as number[], showErrorMessage: !validation.allowInvalid };
  return { type: 'custom', allowBlank: true, formulae: [] };
}

function excelConditionalRule(rule: LocalConditionalFormatRule): ExcelJS.ConditionalFormattingRule | undefined {
  const style: Partial<ExcelJS.Style> = {};
  if (rule.format.background) style.fill = { type: 'pattern', pattern: 'solid', bgColor: { argb: toArgb(rule.format.background) } };
  if (rule.format.fontColor || rule.format.bold) style.font = { color: rule.format.fontColor ? { argb: toArgb(rule.format.fontColor) } : undefined, bold: rule.format.bold };
  const condition = rule.condition;
  if (!condition) return undefined;
  if (condition.type === 'CUSTOM_FORMULA') return { type: 'expression', priority: 1, formulae: [String(condition.values[0]).replace(/^=/, '')], style };
  const operator = Object.entries(OPERATORS).find(([, type]) => type === condition.type)?.[0];
  if (!operator) return undefined;
  return { type: 'cellIs', priority: 1, operator: operator as ExcelJS.CellIsRuleType['operator'], formulae: condition.values as number[], style } as ExcelJS.ConditionalFormattingRule;
}

function writeMetadata(book: ExcelJS.Workbook, workbook: LocalSpreadsheet): void {
  const rows = [
    ...workbook.metadata.map((m) => ['', m.key, m.value, m.visibility]),
    ...workbook.sheets.flatMap((s) => s.metadata.map((m) => [s.getName(), m.key, m.value, m.visibility])),
  ];
  if (rows.length === 0) return;
  const sheet = book.addWorksheet(METADATA_SHEET, { state: 'veryHidden' });
  sheet.addRow(['kind', 'sheet', 'key', 'value', 'visibility']);
  for (const row of rows) sheet.addRow(['developer-metadata', ...row]);
}

/** One line per chart, for the CLI (charts cannot be written to XLSX). */
export function chartSummaries(workbook: LocalSpreadsheet): string[] {
  return workbook.sheets.flatMap((sheet) => sheet.charts.map((chart) => `${sheet.getName()}: ${chart.describe()}`));
}

