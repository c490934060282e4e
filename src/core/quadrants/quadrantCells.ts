import { NOTE_COLOUR } from '../tabs/generatedTabHead';
import { BLANK, CellFormat, LayoutCell, LayoutValue, rectangle } from '../tabs/sheetLayout';
import { QuadrantCorners } from './quadrantPlacement';

/**
 * A 2×2 matrix drawn as cells (DESIGN §4), the same on every matrix tab: a title, a header
 * row naming the x axis's low and high side, then per y side (high first) a row naming it
 * beside its two quadrants' names and counts, each quadrant filled in its colour and
 * listing its items one a row — the item's text, then a grey note (a tie flag, a
 * department) — and legend lines below. Five columns wide:
 *
 *   title
 *   corner          x low                    x high
 *   y high          topLeft (n)    ·         topRight (n)   ·
 *                   item           note      item           note
 *   y low           bottomLeft (n) ·         bottomRight (n) ·
 *                   item           note      (none)
 *   legend…
 */
export interface QuadrantItem {
  readonly text: string;
  /** Grey text beside the item, or nothing. */
  readonly note?: string | null;
}

export interface QuadrantCellsSpec<Q extends string> {
  readonly title: string;
  /** The top-left cell: what the axes are ("Impact ↕  Cost ↔"). */
  readonly corner: string;
  readonly xLow: string;
  readonly xHigh: string;
  readonly yHigh: string;
  readonly yLow: string;
  readonly corners: QuadrantCorners<Q>;
  readonly names: Readonly<Record<Q, string>>;
  readonly fills: Readonly<Record<Q, string>>;
  /** Each quadrant's items, in the order they are listed. */
  readonly items: Readonly<Record<Q, readonly QuadrantItem[]>>;
  /** Shown in an empty quadrant: "(none)". */
  readonly none: string;
  /** Grey lines below the matrix. */
  readonly legend: readonly string[];
}

/** The fill of the axis labels and of the header rows of matrix tabs. */
export const QUADRANT_HEADER_FILL = '#d9d9d9';
/** The matrix is this many columns wide: a label column, then text and note per quadrant. */
export const QUADRANT_CELLS_WIDTH = 5;

const c = (value: LayoutValue, format?: CellFormat): LayoutCell => ({ value, format });
const bold = (value: LayoutValue, format: CellFormat = {}): LayoutCell => c(value, { ...format, bold: true });

/** Two quadrants side by side: their names and counts, then their items one a row. */
function quadrantPair<Q extends string>(spec: QuadrantCellsSpec<Q>, label: string, left: Q, right: Q): LayoutCell[][] {
  const lists = [left, right].map((q) => spec.items[q]);
  const head = (q: Q, count: number): LayoutCell[] => [bold(`${spec.names[q]} (${count})`, { background: spec.fills[q] }), c(null, { background: spec.fills[q] })];
  const rows: LayoutCell[][] = [[bold(label, { background: QUADRANT_HEADER_FILL }), ...head(left, lists[0].length), ...head(right, lists[1].length)]];
  const length = Math.max(1, lists[0].length, lists[1].length);
  for (let i = 0; i < length; i++) {
    const cells: LayoutCell[] = [BLANK];
    lists.forEach((list) => {
      const item = list[i];
      if (item) cells.push(c(item.text), c(item.note ?? null, { fontColor: NOTE_COLOUR }));
      else cells.push(i === 0 ? c(spec.none, { fontColor: NOTE_COLOUR }) : BLANK, BLANK);
    });
    rows.push(cells);
  }
  return rows;
}

/** The matrix's rows, QUADRANT_CELLS_WIDTH cells each. */
export function quadrantCells<Q extends string>(spec: QuadrantCellsSpec<Q>): LayoutCell[][] {
  const axis = (text: string): LayoutCell => bold(text, { background: QUADRANT_HEADER_FILL });
  const fill = c(null, { background: QUADRANT_HEADER_FILL });
  const k = spec.corners;
  return rectangle(
    [
      [bold(spec.title)],
      [axis(spec.corner), axis(spec.xLow), fill, axis(spec.xHigh), fill],
      ...quadrantPair(spec, spec.yHigh, k.topLeft, k.topRight),
      ...quadrantPair(spec, spec.yLow, k.bottomLeft, k.bottomRight),
      ...spec.legend.map((line) => [c(line, { fontColor: NOTE_COLOUR })]),
    ],
    QUADRANT_CELLS_WIDTH,
  );
}
