/**
 * `cx-sheets recalc` on a copied tab: only the results of its formula cells change. The
 * tab's part is streamed row by row; a formula cell keeps its `<f>` (formula text as the
 * file had it) and style, and gets the new result in `<v>`; the cells a formula's result
 * spills into get the values (added where the file had no cell); cells an earlier, larger
 * result filled are emptied. Every other byte of the part stays as it was, and a tab whose
 * results did not change is not rewritten at all.
 */
import { columnLetter } from '../../src/core/tabs/columnLetters';
import { parseA1 } from '../a1';
import { isDateFormat } from '../numberFormat';
import type { LocalSheet } from '../spreadsheetApp/sheet';
import { XlsxPackage } from './package';
import { formulaResultXml } from './sheetWriter';
import { StyleBook } from './styles';
import { attribute, columnIndex, streamElements, unescapeXml, withAttribute } from './xml';

interface Wanted {
  /** The spilled area, if this is a formula whose result spills: "C1:D3". */
  readonly spill?: string;
  readonly formula: boolean;
  readonly value: unknown;
  readonly isDate: boolean;
}

const CELL_ATTRS = /^<([\w.-]+:)?c(?=[\s/>])([^>]*?)(\/?)>/;

export async function patchFormulaResults(pkg: XlsxPackage, part: string, sheet: LocalSheet, styles: StyleBook): Promise<Buffer | undefined> {
  const engine = sheet.spreadsheet.engine;
  const id = sheet.engineId;
  // What the model shows: every formula cell and every cell of a spilled result, by row.
  const wanted = new Map<number, Map<number, Wanted>>();
  const want = (row: number, column: number, w: Wanted) => {
    if (!wanted.has(row)) wanted.set(row, new Map());
    wanted.get(row)!.set(column, w);
  };
  for (const [row, column] of sheet.formulaCells()) {
    const spill = engine.spillSize(id, row - 1, column - 1);
    const isDate = (r: number, c: number) => engine.isDateResult(id, r - 1, c - 1) || engine.formatTable.isDateStyle(engine.style(id, r - 1, c - 1));
    want(row, column, {
      formula: true,
      value: sheet.valueAt(row, column),
      isDate: isDate(row, column),
      spill: spill ? `${columnLetter(column)}${row}:${columnLetter(column + spill.columns - 1)}${row + spill.rows - 1}` : undefined,
    });
    if (!spill) continue;
    for (let r = row; r < row + spill.rows; r++) {
      for (let c = column; c < column + spill.columns; c++) {
        if (r !== row || c !== column) want(r, c, { formula: false, value: sheet.valueAt(r, c), isDate: isDate(r, c) });
      }
    }
  }
  const pendingRows = [...wanted.keys()].sort((a, b) => a - b);
  let nextPending = 0;
  // Areas earlier results filled (array formulas in the file), as read so far.
  const oldAreas: { row: number; column: number; lastRow: number; lastColumn: number }[] = [];
  let changed = false;
  let prefix = '';
  const body: string[] = [];
  const pieces: Buffer[] = [];
  let rowNumber = 0;

  const cellXml = (ref: string, style: string | undefined, w: Wanted, original: { f?: string } | undefined): string => {
    const result = formulaResultXml(w.value, w.isDate);
    let s = style;
    if (result.date && !styles.isDateXf(Number(style ?? 0), isDateFormat)) s = String(styles.withDateFormat(Number(style ?? 0)));
    const sAttr = s !== undefined && s !== '0' ? ` s="${s}"` : '';
    if (!w.formula) {
      if (result.v === '' && result.type === 'str') return `<${prefix}c r="${ref}"${sAttr}/>`;
      return `<${prefix}c r="${ref}"${sAttr}${result.type && result.type !== 'str' ? ` t="${result.type}"` : result.type === 'str' ? ' t="str"' : ''}><${prefix}v>${result.v}</${prefix}v></${prefix}c>`;
    }
    let f = original?.f ?? '';
    if (w.spill) {
      const tag = /^<[^>]*?\/?>/.exec(f)?.[0] ?? '';
      const updated = withAttribute(withAttribute(tag, 't', 'array'), 'ref', w.spill);
      f = f.replace(tag, updated);
    } else if (attribute(/^<[^>]*>/.exec(f)?.[0] ?? '', 't') === 'array') {
      const tag = /^<[^>]*?\/?>/.exec(f)![0];
      f = f.replace(tag, withAttribute(tag, 'ref', ref));
    }
    return `<${prefix}c r="${ref}"${sAttr}${result.type ? ` t="${result.type}"` : ''}>${f}<${prefix}v>${result.v}</${prefix}v></${prefix}c>`;
  };

  const sameResult = (oldCell: string, newCell: string): boolean => {
    if (oldCell === newCell) return true;
    const v = (cell: string) => new RegExp(`<${prefix}v>([\\s\\S]*?)</${prefix}v>`).exec(cell)?.[1];
    const t = (cell: string) => /\st="(\w+)"/.exec(/^<[^>]*>/.exec(cell)?.[0] ?? '')?.[1] ?? 'n';
    const [a, b] = [v(oldCell), v(newCell)];
    if (a === undefined || b === undefined || t(oldCell) !== t(newCell)) return false;
    if (t(newCell) === 'n') return Number(a) === Number(b);
    return unescapeXml(a) === unescapeXml(b);
  };

  const newRow = (row: number): string => {
    const cells = [...wanted.get(row)!].sort(([a], [b]) => a - b).map(([c, w]) => cellXml(`${columnLetter(c)}${row}`, undefined, w, undefined));
    changed = true;
    return `<${prefix}row r="${row}">${cells.join('')}</${prefix}row>`;
  };

  const flushPieces = () => {
    if (body.length >= 2000) {
      pieces.push(Buffer.from(body.join('')));
      body.length = 0;
    }
  };

  const onRow = (row: string): void => {
    const tagEnd = row.indexOf('>');
    const tag = row.slice(0, tagEnd + 1);
    prefix = /^<([\w.-]+:)?/.exec(tag)?.[1] ?? '';
    const r = /\sr="(\d+)"/.exec(tag);
    rowNumber = r ? Number(r[1]) : rowNumber + 1;
    while (nextPending < pendingRows.length && pendingRows[nextPending] < rowNumber) body.push(newRow(pendingRows[nextPending++]));
    const wants = wanted.get(rowNumber);
    if (wants) nextPending++;
    const inOldArea = (c: number) => oldAreas.some((a) => rowNumber >= a.row && rowNumber <= a.lastRow && c >= a.column && c <= a.lastColumn && !(rowNumber === a.row && c === a.column));
    if (!wants && (oldAreas.length === 0 || tag.endsWith('/>'))) {
      body.push(row);
      flushPieces();
      return;
    }
    const inner = tag.endsWith('/>') ? '' : row.slice(tagEnd + 1, row.lastIndexOf('</'));
    const cellPattern = new RegExp(`<${prefix.replace('.', '\\.')}c(?=[\\s/>])[^>]*?(?:/>|>[\\s\\S]*?</${prefix.replace('.', '\\.')}c>)`, 'g');
    const out: string[] = [];
    const remaining = new Map(wants ?? []);
    let column = 0;
    let last = 0;
    let rowChanged = false;
    const emitWantedBefore = (c: number) => {
      for (const [wc, w] of [...remaining].sort(([a], [b]) => a - b)) {
        if (wc >= c) break;
        out.push(cellXml(`${columnLetter(wc)}${rowNumber}`, undefined, w, undefined));
        remaining.delete(wc);
        rowChanged = true;
      }
    };
    for (let match = cellPattern.exec(inner); match; match = cellPattern.exec(inner)) {
      out.push(inner.slice(last, match.index));
      last = match.index + match[0].length;
      const cell = match[0];
      const attrs = CELL_ATTRS.exec(cell);
      const ref = attrs ? attribute(attrs[0], 'r') : undefined;
      column = ref ? columnIndex(ref.replace(/[\d$]/g, '')) : column + 1;
      emitWantedBefore(column);
      const fMatch = new RegExp(`<${prefix}f(?=[\\s/>])[^>]*?(?:/>|>[\\s\\S]*?</${prefix}f>)`).exec(cell);
      if (fMatch) {
        const fTag = /^<[^>]*>/.exec(fMatch[0])![0];
        const fRef = attribute(fTag, 'ref');
        if (attribute(fTag, 't') === 'array' && fRef && fRef.includes(':')) {
          const a = parseA1(fRef);
          oldAreas.push({ row: a.row, column: a.column, lastRow: a.lastRow ?? a.row, lastColumn: a.lastColumn ?? a.column });
        }
      }
      const w = remaining.get(column);
      if (w) {
        remaining.delete(column);
        const style = attrs ? attribute(attrs[0], 's') : undefined;
        const next = cellXml(ref ?? `${columnLetter(column)}${rowNumber}`, style, w, fMatch ? { f: fMatch[0] } : undefined);
        if (sameResult(cell, next)) out.push(cell);
        else {
          out.push(next);
          rowChanged = true;
        }
        continue;
      }
      if (!fMatch && inOldArea(column) && /<(?:[\w.-]+:)?v>/.test(cell)) {
        // Part of an earlier result that no longer reaches here: emptied, its style kept.
        const style = attrs ? attribute(attrs[0], 's') : undefined;
        out.push(`<${prefix}c r="${ref ?? `${columnLetter(column)}${rowNumber}`}"${style ? ` s="${style}"` : ''}/>`);
        rowChanged = true;
        continue;
      }
      out.push(cell);
    }
    out.push(inner.slice(last));
    emitWantedBefore(Number.MAX_SAFE_INTEGER);
    if (!rowChanged) body.push(row);
    else {
      changed = true;
      const open = tag.endsWith('/>') ? `${tag.slice(0, -2)}>` : tag;
      // The row's `spans` hint may no longer cover its cells: drop it (it is optional).
      body.push(`${withAttribute(open, 'spans', undefined)}${out.join('')}</${prefix}row>`);
    }
    flushPieces();
  };

  const { head, tail } = await streamElements(pkg.chunks(part), 'row', onRow, /<\/(?:[\w.-]+:)?sheetData>|<(?:[\w.-]+:)?sheetData\s*\/>/);
  while (nextPending < pendingRows.length) body.push(newRow(pendingRows[nextPending++]));
  if (!changed) return undefined;
  let start = head;
  let end = tail;
  const selfClosing = /<((?:[\w.-]+:)?)sheetData\s*\/>/.exec(end);
  if (selfClosing && !/<(?:[\w.-]+:)?sheetData[\s>]/.test(head)) {
    // `<sheetData/>`: open it.
    start = `${head}${end.slice(0, selfClosing.index)}<${selfClosing[1]}sheetData>`;
    end = `</${selfClosing[1]}sheetData>${end.slice(selfClosing.index + selfClosing[0].length)}`;
  }
  pieces.unshift(Buffer.from(start));
  pieces.push(Buffer.from(body.join('')), Buffer.from(end));
  return Buffer.concat(pieces);
}
