import { CellArea, ColumnWidth, LayoutBlock, LayoutCell, LayoutChart } from './sheetLayout';

/**
 * Column widths from the text a tab holds, so that no label is cut off (DESIGN §4: a
 * manager reads a generated tab at a glance), and wrapping where a column must stay narrow.
 *
 * Widths are estimated, not measured: core has no fonts. Sheets draws cells in Arial 10 pt
 * (13⅓ px at 96 dpi); `textWidth` adds up Arial's advance widths (the font's metrics, in
 * thousandths of an em: "a" 556, "i" 222, "W" 944, …) at that size, 8 % more for bold, plus
 * the cell's padding (3 px a side in Sheets) and a few pixels of margin, so the estimate
 * errs on the wide side. The local runtime's autoResizeColumns uses about 7 px a character,
 * which this agrees with for ordinary lower-case text (Arial's lower case averages ≈ 520).
 *
 * Overflow follows Sheets: left-aligned text that is not wrapped runs on over the empty
 * cells to its right and stops at the first filled one; numbers, and centred or
 * right-aligned text, must fit their own column.
 */

/** Arial's advance widths in thousandths of an em (the font's published metrics). */
const ARIAL: Readonly<Record<string, number>> = (() => {
  const widths: Record<string, number> = {};
  const set = (chars: string, width: number) => {
    for (const ch of chars) widths[ch] = width;
  };
  set('abdeghnopqu0123456789#$_?L', 556);
  set('ckszvxyJ', 500);
  set('fjt/\\![]I .,:;', 278);
  set('il|\'', 222);
  set('r-()"{}*', 333);
  set('m', 833);
  set('wCDHNRUw', 722);
  set('ABEKPSVXY&', 667);
  set('FTZ', 611);
  set('GOQ', 778);
  set('M', 833);
  set('W', 944);
  set('%', 889);
  set('@', 1015);
  set('+<>=~±≤≥×', 584);
  set('…', 1000);
  set('–', 556);
  set('—', 1000);
  set('−', 584);
  set('→↕↔', 1000);
  set('ł', 222);
  set('Ł', 556);
  return widths;
})();

/** Symbols from fallback fonts (●, ○, ★, ⚑, ▲, ▼, emoji): about one em. */
const OTHER_WIDTH = 1000;
/** Arial 10 pt at 96 dpi, in pixels per em. */
const EM_PIXELS = 40 / 3;
const BOLD_FACTOR = 1.08;
/** Cell padding (3 px a side) and a few pixels of margin, so that estimates err wide. */
const PADDING = 10;

/** Sheets' width of a column nobody sized. */
export const DEFAULT_COLUMN_PIXELS = 100;

function charWidth(ch: string): number {
  const known = ARIAL[ch];
  if (known !== undefined) return known;
  // Accented Latin letters are as wide as their base letter: "ą" as "a", "Ś" as "S".
  const base = ch.normalize('NFD')[0];
  if (base !== ch && ARIAL[base] !== undefined) return ARIAL[base];
  return OTHER_WIDTH;
}

/**
 * Pixels Sheets needs to show `text` on one line in its default font, padding included:
 * Σ advance widths × 13⅓ px / 1000 (× 1.08 in bold) + 10. The longest line counts when the
 * text has line breaks.
 */
export function textWidth(text: string, bold = false): number {
  if (text === '') return 0;
  let widest = 0;
  for (const line of text.split('\n')) {
    let units = 0;
    for (const ch of line) units += charWidth(ch);
    widest = Math.max(widest, units);
  }
  return Math.ceil((widest * EM_PIXELS) / 1000 * (bold ? BOLD_FACTOR : 1)) + PADDING;
}

/** The sections of a number format, split at `;` outside quotes. */
function formatSections(format: string): string[] {
  const sections: string[] = [''];
  let quoted = false;
  for (const ch of format) {
    if (ch === '"') quoted = !quoted;
    if (ch === ';' && !quoted) sections.push('');
    else sections[sections.length - 1] += ch;
  }
  return sections;
}

function withGrouping(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * A number as a Sheets number format shows it, close enough to size a column: the
 * section for its sign, literal text in quotes, `%` (× 100), decimals as the pattern has
 * 0s (always shown) and #s (shown unless trailing zeros) after the point, thousands
 * grouping when the pattern has a comma. Dates show
 * as their pattern's length. Without a format, as Sheets' "Automatic" shows it.
 */
export function formatNumberText(value: number, format: string | undefined): string {
  if (format === undefined || format === '' || /^general$/i.test(format)) return String(Number(value.toPrecision(10)));
  const sections = formatSections(format);
  const section = value < 0 && sections.length > 1 ? sections[1] : value === 0 && sections.length > 2 ? sections[2] : sections[0];
  const unquoted = section.replace(/"[^"]*"/g, '');
  if (/[ymdhs]/i.test(unquoted)) return section.replace(/"/g, '');
  const sign = value < 0 && sections.length === 1 ? '-' : '';
  const pattern = /[0#?][0#?,]*(\.[0#?]*)?/.exec(unquoted);
  // After the point: a 0 always shows a digit, a # or ? only when it is not a trailing zero.
  const after = pattern?.[1]?.slice(1) ?? '';
  const most = after.length;
  const least = after.replace(/[#?]+$/, '').length;
  const scaled = Math.abs(value) * (unquoted.includes('%') ? 100 : 1);
  const [whole, fullFraction = ''] = scaled.toFixed(most).split('.');
  let fraction = fullFraction;
  while (fraction.length > least && fraction.endsWith('0')) fraction = fraction.slice(0, -1);
  // Sheets keeps the point when a pattern such as 0.## has no decimal to show: "25.".
  const number = `${pattern && pattern[0].includes(',') ? withGrouping(whole) : whole}${pattern?.[1] !== undefined ? `.${fraction}` : ''}`;
  let shown = '';
  let placed = false;
  let quoted = false;
  for (let i = 0; i < section.length; i++) {
    const ch = section[i];
    if (ch === '"') {
      quoted = !quoted;
      continue;
    }
    if (!quoted && /[0#?,.]/.test(ch)) {
      if (!placed) shown += number;
      placed = true;
      continue;
    }
    if (!quoted && (ch === '\\' || ch === '_' || ch === '*')) {
      i++; // an escaped or padding character: shown as itself (\) or as a space (_, *)
      if (ch === '\\' && i < section.length) shown += section[i];
      continue;
    }
    shown += ch;
  }
  return sign + (placed ? shown : `${shown}${number}`);
}

/** The text a cell shows (a number through its format), as far as width goes. */
export function shownText(cell: LayoutCell): string {
  const value = cell.value;
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') return formatNumberText(value, cell.format?.numberFormat);
  return value;
}

/** Pixels the cell's text needs on one line. */
export function cellTextWidth(cell: LayoutCell): number {
  return textWidth(shownText(cell), cell.format?.bold === true);
}

/** Whether Sheets lets the cell's text run on over empty cells to its right. */
export function overflows(cell: LayoutCell): boolean {
  const format = cell.format ?? {};
  return typeof cell.value === 'string' && format.wrap !== true && (format.align ?? 'left') === 'left';
}

const isEmpty = (cell: LayoutCell | undefined): boolean => cell === undefined || cell.value === null || cell.value === '';

/** The blocks as one sparse grid: row → column → cell. */
export function layoutGrid(blocks: readonly LayoutBlock[]): Map<number, Map<number, LayoutCell>> {
  const grid = new Map<number, Map<number, LayoutCell>>();
  for (const block of blocks) {
    block.cells.forEach((cells, i) => {
      const row = block.row + i;
      let line = grid.get(row);
      if (!line) grid.set(row, (line = new Map()));
      cells.forEach((cell, j) => line!.set(block.column + j, cell));
    });
  }
  return grid;
}

export interface FitOptions {
  /** The columns to size: each gets a width of its own (one entry each, so the calls a build makes do not depend on the data). */
  readonly columns: readonly number[];
  /** Narrowest and widest width a fitted column may take; text wider than `max` wraps. Defaults 60 and 320. */
  readonly min?: number;
  readonly max?: number;
  /** Columns the layout sizes itself (e.g. the emotion grid's touchpoints): not fitted, but text too wide for them wraps. */
  readonly fixed?: readonly ColumnWidth[];
  /** Charts of the tab: text does not run on under a chart. */
  readonly charts?: readonly LayoutChart[];
  /** Cells that must fit their own column even with empty cells to their right (e.g. the names in a 2×2's quadrants, so each half of the box is as wide as its names). */
  readonly fitAreas?: readonly CellArea[];
}

/** Sheets' default row height in pixels (Arial 10, one line). */
export const DEFAULT_ROW_PIXELS = 21;

/**
 * The first column a chart covers in `row`, if the chart floats over that row: a chart
 * anchored at (row r, column c), h pixels high, covers rows r … r + ⌈h / 21⌉ − 1 from
 * column c on (rows at their default height; wrapped rows are taller, so a chart covers
 * fewer of them, never more).
 */
export function chartColumnAt(charts: readonly LayoutChart[], row: number): number | undefined {
  let first: number | undefined;
  for (const chart of charts) {
    const rows = Math.ceil(chart.height / DEFAULT_ROW_PIXELS);
    if (row >= chart.anchorRow && row < chart.anchorRow + rows) first = Math.min(first ?? Infinity, chart.anchorColumn);
  }
  return first;
}

export interface FittedColumns {
  /** The blocks, with `wrap` set on each cell that cannot be shown in full on one line. */
  readonly blocks: LayoutBlock[];
  readonly columnWidths: ColumnWidth[];
}

/**
 * Sizes the columns of a layout from the text they hold: each fitted column is as wide as
 * its widest cell that must fit (a number; centred or right-aligned text; text with a
 * filled cell to its right, or in the last column of a block wider than one column),
 * between `min` and `max`. Then every text cell is checked
 * against the widths: left-aligned text may run on over empty cells to its right (as in
 * Sheets); a cell that still does not fit widens its column up to `max`, and beyond that
 * wraps. Wrapped cells (set by the layout, or here) grow their row instead.
 */
export function fitColumns(blocks: readonly LayoutBlock[], options: FitOptions): FittedColumns {
  const min = options.min ?? 60;
  const max = options.max ?? 320;
  const grid = layoutGrid(blocks);
  const fitted = new Set(options.columns);
  const widths = new Map<number, number>();
  for (const run of options.fixed ?? []) for (let c = run.column; c < run.column + run.columns; c++) widths.set(c, run.width);
  for (const column of options.columns) widths.set(column, min);
  const widthOf = (column: number): number => widths.get(column) ?? DEFAULT_COLUMN_PIXELS;

  // The last column of a table (a block wider than one column) holds its own text: it
  // should not spill out of the table even where the cells beyond are empty.
  const tableEdges = new Set<string>();
  for (const block of blocks) {
    const width = block.cells[0]?.length ?? 0;
    if (width > 1) block.cells.forEach((_, i) => tableEdges.add(`${block.row + i},${block.column + width - 1}`));
  }
  // Pass 1: cells that cannot overflow set their column's width.
  for (const [row, line] of grid) {
    for (const [column, cell] of line) {
      if (!fitted.has(column) || cell.format?.wrap === true || isEmpty(cell)) continue;
      const mustFit = tableEdges.has(`${row},${column}`) || (options.fitAreas ?? []).some((a) => row >= a.row && row < a.row + a.rows && column >= a.column && column < a.column + a.columns);
      if (overflows(cell) && isEmpty(line.get(column + 1)) && !mustFit) continue;
      widths.set(column, Math.min(max, Math.max(widthOf(column), cellTextWidth(cell))));
    }
  }
  // Pass 2: text that overflows must fit over the empty cells to its right; else widen, else wrap.
  const wraps = new Set<string>();
  for (const [row, line] of grid) {
    for (const [column, cell] of line) {
      if (isEmpty(cell) || cell.format?.wrap === true) continue;
      const needed = cellTextWidth(cell);
      let room = widthOf(column);
      if (overflows(cell)) {
        const chartColumn = chartColumnAt(options.charts ?? [], row) ?? Infinity;
        for (let next = column + 1; room < needed; next++) {
          if (!isEmpty(line.get(next)) || next >= chartColumn) break;
          if (next > lastColumnOf(line)) {
            room = Infinity; // nothing to its right: it runs on into the empty sheet
            break;
          }
          room += widthOf(next);
        }
      }
      if (room >= needed) continue;
      if (fitted.has(column) && widthOf(column) < max) {
        const widened = Math.min(max, widthOf(column) + needed - room);
        room += widened - widthOf(column);
        widths.set(column, widened);
      }
      if (room < needed) wraps.add(`${row},${column}`);
    }
  }
  const wrapped = blocks.map((block) => {
    if (![...wraps].some((key) => inBlock(block, key))) return block;
    return {
      ...block,
      cells: block.cells.map((cells, i) => cells.map((cell, j) => (wraps.has(`${block.row + i},${block.column + j}`) ? { ...cell, format: { ...cell.format, wrap: true } } : cell))),
    };
  });
  return {
    blocks: wrapped,
    columnWidths: [...options.columns].sort((a, b) => a - b).map((column) => ({ column, columns: 1, width: widthOf(column) })),
  };
}

function lastColumnOf(line: Map<number, LayoutCell>): number {
  let last = 0;
  for (const [column, cell] of line) if (!isEmpty(cell)) last = Math.max(last, column);
  return last;
}

function inBlock(block: LayoutBlock, key: string): boolean {
  const [row, column] = key.split(',').map(Number);
  return row >= block.row && row < block.row + block.cells.length && column >= block.column && column < block.column + (block.cells[0]?.length ?? 0);
}
