/**
 * A worksheet part written from the runtime's model — for the tabs a build generated (and
 * any tab that has no part to copy). Text is written inline (`t="inlineStr"`), so the
 * workbook's shared-string table is never rewritten; styles are appended to the workbook's
 * through a {@link StyleBook}. Rows are built in pieces, never as one giant string.
 *
 * Written: values, formulas with their results (a spilled result as an array formula over
 * its area, its other cells as values), formats, merges, frozen panes, column widths, tab
 * colour, list/checkbox/number validation, number and formula conditional formats, notes
 * (a comments part and its VML drawing, as Excel needs both), and whatever the drawing hook
 * ({@link DrawingWriter}) attaches — charts, once a writer for them exists.
 */
import { columnLetter } from '../../src/core/tabs/columnLetters';
import { ErrorValue } from '../cellStore';
import { dateToSerial } from '../formulaEngine';
import type { LocalConditionalFormatRule, LocalDataValidation } from '../spreadsheetApp/rules';
import { DEFAULT_COLUMN_WIDTH, LocalSheet } from '../spreadsheetApp/sheet';
import { CONTENT_TYPE, NS, REL } from './package';
import { argb, StyleBook } from './styles';
import { CONDITION_OPERATORS, PIXELS_PER_CHARACTER } from './workbookReader';
import { escapeXml } from './xml';

/** What a writer of extra parts for a generated tab (charts) gets to work with. */
export interface DrawingContext {
  /** The generated tab; its charts are `sheet.charts`, its cells readable as usual. */
  readonly sheet: LocalSheet;
  /** The tab's worksheet part, e.g. "xl/worksheets/sheet5.xml". */
  readonly sheetPart: string;
  /** A part path no part of the package has yet: `freePart('xl/drawings', 'drawing', 'xml')` → "xl/drawings/drawing2.xml". */
  freePart(folder: string, base: string, extension: string): string;
  /** Adds a part (with its content type, and its own relationships to other parts by path). */
  addPart(part: string, content: string | Buffer, contentType: string, relationships?: readonly { readonly type: string; readonly part: string }[]): void;
  /** Relates the tab's worksheet part to `part`; returns the relationship id for the sheet XML (`r:id`). */
  relate(type: string, part: string): string;
}

/**
 * The hook for charts and other drawings of a generated tab: adds its parts through the
 * context and returns the element that goes in the worksheet (`<drawing r:id="rId2"/>`), or
 * undefined when the tab has none. See ./drawings.ts.
 */
export type DrawingWriter = (context: DrawingContext) => string | undefined;

/** A worksheet part to add to the package, with its relationships and extra parts. */
export interface WrittenSheet {
  readonly xml: Buffer;
}

const ROWS_PER_PIECE = 2000;

function cellValueXml(value: unknown, isDate: boolean): { type?: string; v: string; date: boolean } | undefined {
  if (value === '' || value === null || value === undefined) return undefined;
  if (typeof value === 'number') return { v: String(value), date: isDate };
  if (typeof value === 'boolean') return { type: 'b', v: value ? '1' : '0', date: false };
  if (Object.prototype.toString.call(value) === '[object Date]') return { v: String(dateToSerial(value as Date)), date: true };
  return { type: 'str', v: escapeXml(String(value)), date: false };
}

const ERROR_VALUES = /^#(ERROR!|N\/A|NAME\?|NUM!|REF!|VALUE!|DIV\/0!|NULL!)$/;

/** A formula's result as XLSX has it: an error as `t="e"` (Sheets' #ERROR! has no Excel twin: #VALUE!). */
export function formulaResultXml(value: unknown, isDate: boolean): { type?: string; v: string; date: boolean } {
  if (typeof value === 'string' && ERROR_VALUES.test(value)) return { type: 'e', v: escapeXml(value === '#ERROR!' ? '#VALUE!' : value), date: false };
  return cellValueXml(value, isDate) ?? { type: 'str', v: '', date: false };
}

/** Writes `sheet` as a worksheet part; `attach` adds relationships and parts for notes and drawings. */
export function writeSheetXml(sheet: LocalSheet, styles: StyleBook, drawing: DrawingContext, drawingWriter: DrawingWriter | undefined): WrittenSheet {
  const engine = sheet.spreadsheet.engine;
  const id = sheet.engineId;
  const cells = engine.cellsOf(id);
  const used = sheet.getLastRow();
  const usedColumns = sheet.getLastColumn();
  const formatted = sheet.formatExtent();
  let lastRow = Math.max(used, formatted.lastRow);
  let lastColumn = Math.max(usedColumns, formatted.lastColumn);
  for (const key of sheet.notes.keys()) {
    const [r, c] = key.split(':').map(Number);
    if (r > lastRow) lastRow = r;
    if (c > lastColumn) lastColumn = c;
  }

  // Array formulas: anchor → area; cells of an area are written as values.
  const spills = new Map<string, string>();
  for (const [row, column] of sheet.formulaCells()) {
    const spill = engine.spillSize(id, row - 1, column - 1);
    if (spill) spills.set(`${row}:${column}`, `${columnLetter(column)}${row}:${columnLetter(column + spill.columns - 1)}${row + spill.rows - 1}`);
  }

  const pieces: Buffer[] = [];
  const parts: string[] = [];
  const head: string[] = [`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS.main}" xmlns:r="${NS.relationships}">`];
  if (sheet.tabColor) head.push(`<sheetPr><tabColor rgb="${argb(sheet.tabColor)}"/></sheetPr>`);
  head.push(`<dimension ref="${lastRow > 0 && lastColumn > 0 ? `A1:${columnLetter(lastColumn)}${lastRow}` : 'A1'}"/>`);
  head.push(`<sheetViews><sheetView workbookViewId="0">${paneXml(sheet.frozenRows, sheet.frozenColumns)}</sheetView></sheetViews>`);
  head.push('<sheetFormatPr defaultRowHeight="15"/>');
  // A column with a width of its own, or hidden (a chart's helper range): one <col> each.
  const columns = new Set<number>([...sheet.columnWidths.keys()].filter((c) => sheet.columnWidths.get(c) !== DEFAULT_COLUMN_WIDTH));
  for (const c of sheet.hiddenColumns) columns.add(c);
  if (columns.size > 0) {
    const cols = [...columns].sort((a, b) => a - b).map((c) => {
      const width = sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH;
      const hidden = sheet.hiddenColumns.has(c) ? ' hidden="1"' : '';
      return `<col min="${c}" max="${c}" width="${Number((width / PIXELS_PER_CHARACTER).toFixed(4))}" customWidth="1"${hidden}/>`;
    });
    head.push(`<cols>${cols.join('')}</cols>`);
  }
  head.push('<sheetData>');
  pieces.push(Buffer.from(head.join('')));

  for (let r = 1; r <= lastRow; r++) {
    const line: string[] = [];
    for (let c = 1; c <= lastColumn; c++) {
      const formula = sheet.formulaAt(r, c);
      const styleId = cells.style(r - 1, c - 1);
      const stored = formula === '' ? cells.get(r - 1, c - 1) : undefined;
      const format = engine.formatTable.get(styleId);
      const ref = `${columnLetter(c)}${r}`;
      if (formula !== '') {
        const value = sheet.valueAt(r, c);
        const result = formulaResultXml(value, engine.isDateResult(id, r - 1, c - 1) || engine.formatTable.isDateStyle(styleId));
        const s = styles.xfFor(format, result.date);
        const spill = spills.get(`${r}:${c}`);
        const f = spill ? `<f t="array" ref="${spill}">${escapeXml(formula.slice(1))}</f>` : `<f>${escapeXml(formula.slice(1))}</f>`;
        line.push(`<c r="${ref}"${s ? ` s="${s}"` : ''}${result.type ? ` t="${result.type}"` : ''}>${f}<v>${result.v}</v></c>`);
        continue;
      }
      let value: unknown;
      let isDate = engine.formatTable.isDateStyle(styleId);
      if (stored !== undefined) value = stored;
      else {
        // A cell of a spilled result (or nothing).
        const shown = engine.valueAt(id, r - 1, c - 1);
        if (shown !== '') {
          value = shown;
          isDate = isDate || engine.isDateResult(id, r - 1, c - 1);
        }
      }
      if (value instanceof ErrorValue) {
        const s = styles.xfFor(format);
        line.push(`<c r="${ref}"${s ? ` s="${s}"` : ''} t="e"><v>${escapeXml(value.text)}</v></c>`);
        continue;
      }
      if (typeof value === 'string') {
        const s = styles.xfFor(format);
        line.push(`<c r="${ref}"${s ? ` s="${s}"` : ''} t="inlineStr"><is><t xml:space="preserve">${escapeXml(value)}</t></is></c>`);
        continue;
      }
      const xml = value === undefined ? undefined : cellValueXml(value, isDate);
      if (!xml && !format) continue;
      const s = styles.xfFor(format, xml?.date ?? false);
      if (!xml) {
        if (s) line.push(`<c r="${ref}" s="${s}"/>`);
        continue;
      }
      line.push(`<c r="${ref}"${s ? ` s="${s}"` : ''}${xml.type ? ` t="${xml.type}"` : ''}><v>${xml.v}</v></c>`);
    }
    const hiddenRow = sheet.hiddenRows.has(r) ? ' hidden="1"' : '';
    if (line.length > 0 || hiddenRow) parts.push(`<row r="${r}"${hiddenRow}>${line.join('')}</row>`);
    if (parts.length >= ROWS_PER_PIECE) {
      pieces.push(Buffer.from(parts.join('')));
      parts.length = 0;
    }
  }
  parts.push('</sheetData>');
  if (sheet.merges.length > 0) {
    parts.push(`<mergeCells count="${sheet.merges.length}">${sheet.merges.map((m) => `<mergeCell ref="${m.getA1Notation()}"/>`).join('')}</mergeCells>`);
  }
  for (const block of conditionalFormatsXml(sheet.conditionalRules, styles)) parts.push(block);
  const validations = validationsXml(sheet);
  if (validations) parts.push(validations);
  parts.push('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>');
  const drawingElement = drawingWriter?.(drawing);
  if (drawingElement) parts.push(drawingElement);
  if (sheet.notes.size > 0) parts.push(notesParts(sheet, drawing));
  parts.push('</worksheet>');
  pieces.push(Buffer.from(parts.join('')));
  return { xml: Buffer.concat(pieces) };
}

function paneXml(rows: number, columns: number): string {
  if (rows <= 0 && columns <= 0) return '';
  const topLeft = `${columnLetter(columns + 1)}${rows + 1}`;
  const active = rows > 0 && columns > 0 ? 'bottomRight' : rows > 0 ? 'bottomLeft' : 'topRight';
  return `<pane${columns > 0 ? ` xSplit="${columns}"` : ''}${rows > 0 ? ` ySplit="${rows}"` : ''} topLeftCell="${topLeft}" activePane="${active}" state="frozen"/><selection pane="${active}"/>`;
}

function conditionalFormatsXml(rules: readonly LocalConditionalFormatRule[], styles: StyleBook): string[] {
  const blocks: string[] = [];
  let priority = 1;
  for (const rule of rules) {
    const condition = rule.condition;
    if (!condition || rule.ranges.length === 0) continue;
    const sqref = rule.ranges.map((r) => r.getA1Notation()).join(' ');
    const dxf = styles.dxfFor({ background: rule.format.background, fontColor: rule.format.fontColor, bold: rule.format.bold });
    if (condition.type === 'CUSTOM_FORMULA') {
      blocks.push(`<conditionalFormatting sqref="${sqref}"><cfRule type="expression" dxfId="${dxf}" priority="${priority++}"><formula>${escapeXml(String(condition.values[0]).replace(/^=/, ''))}</formula></cfRule></conditionalFormatting>`);
      continue;
    }
    const operator = Object.entries(CONDITION_OPERATORS).find(([, type]) => type === condition.type)?.[0];
    if (!operator) continue;
    const formulas = condition.values.map((v) => `<formula>${escapeXml(String(v))}</formula>`).join('');
    blocks.push(`<conditionalFormatting sqref="${sqref}"><cfRule type="cellIs" dxfId="${dxf}" priority="${priority++}" operator="${operator}">${formulas}</cfRule></conditionalFormatting>`);
  }
  return blocks;
}

function validationXml(rule: LocalDataValidation, sqref: string): string | undefined {
  const { type, values } = rule.criteria;
  const common = `allowBlank="1" showInputMessage="1"${rule.allowInvalid ? '' : ' showErrorMessage="1"'}${rule.helpText ? ` prompt="${escapeXml(rule.helpText)}"` : ''} sqref="${sqref}"`;
  const list = type === 'CHECKBOX' ? ['TRUE', 'FALSE'] : type === 'VALUE_IN_LIST' ? (values[0] as unknown[]).map(String) : undefined;
  if (list) return `<dataValidation type="list" ${common}><formula1>${escapeXml(`"${list.join(',').replace(/"/g, '""')}"`)}</formula1></dataValidation>`;
  if (type === 'NUMBER_BETWEEN') {
    return `<dataValidation type="decimal" operator="between" ${common}><formula1>${Number(values[0])}</formula1><formula2>${Number(values[1])}</formula2></dataValidation>`;
  }
  return undefined;
}

function validationsXml(sheet: LocalSheet): string | undefined {
  const items = sheet.validationRules
    .filter((entry) => entry.rule !== undefined)
    .map((entry) => validationXml(entry.rule!, entry.range.getA1Notation()))
    .filter((x): x is string => x !== undefined);
  return items.length === 0 ? undefined : `<dataValidations count="${items.length}">${items.join('')}</dataValidations>`;
}

/** The comments part and VML drawing of a tab's notes; returns the worksheet's `<legacyDrawing>`. */
function notesParts(sheet: LocalSheet, drawing: DrawingContext): string {
  const notes = [...sheet.notes].map(([key, text]) => {
    const [row, column] = key.split(':').map(Number);
    return { row, column, text };
  });
  notes.sort((a, b) => a.row - b.row || a.column - b.column);
  const commentsPart = drawing.freePart('xl', 'comments', 'xml');
  const comments =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${NS.main}"><authors><author>cx-sheets</author></authors><commentList>` +
    notes.map((n) => `<comment ref="${columnLetter(n.column)}${n.row}" authorId="0"><text><t xml:space="preserve">${escapeXml(n.text)}</t></text></comment>`).join('') +
    '</commentList></comments>';
  drawing.addPart(commentsPart, comments, CONTENT_TYPE.comments);
  drawing.relate(REL.comments, commentsPart);
  const vmlPart = drawing.freePart('xl/drawings', 'vmlDrawing', 'vml');
  const shapes = notes.map(
    (n, i) =>
      `<v:shape id="_x0000_s${1025 + i}" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:108pt;height:59.25pt;z-index:${i + 1};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
      '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
      `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${n.column}, 15, ${Math.max(0, n.row - 2)}, 2, ${n.column + 2}, 15, ${n.row + 2}, 16</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>${n.row - 1}</x:Row><x:Column>${n.column - 1}</x:Column></x:ClientData></v:shape>`,
  );
  const vml =
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
    '<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout>' +
    '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>' +
    `${shapes.join('')}</xml>`;
  drawing.addPart(vmlPart, vml, CONTENT_TYPE.vml);
  return `<legacyDrawing r:id="${drawing.relate(REL.vmlDrawing, vmlPart)}"/>`;
}
