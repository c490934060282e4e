import { CellArea, CellFormat, LayoutBlock, LayoutCell, LayoutChart, LayoutValue, rectangle } from '../tabs/sheetLayout';
import { QUADRANT_HEADER_FILL } from './quadrantCells';

/**
 * The scatter chart of a 2×2 matrix tab (DESIGN §4) and the block of data it draws: the
 * items as one or more point series (x, y), and the two split lines, each as a two-point
 * series drawn as a line without points — the x line from (x split, bottom) to (x split,
 * top), the y line from (left, y split) to (right, y split). Each line's points sit on rows
 * of their own, so that only its two points join. The data block:
 *
 *   title
 *   x name | series 1 | … | series n | x line | y line
 *   x      | y        |   |          |        |          one row per point, under its series
 *   xs     |          |   |          | bottom |
 *   xs     |          |   |          | top    |
 *   left   |          |   |          |        | ys
 *   right  |          |   |          |        | ys
 *
 * By default the lines run from 0 (or the lowest value, when below 0) to the highest of
 * the points and the line itself; a matrix on a fixed scale (1–5) gives its own extent.
 */
export interface QuadrantPoint {
  readonly x: number;
  readonly y: number;
}

export interface QuadrantSeries {
  readonly name: string;
  readonly points: readonly QuadrantPoint[];
}

export interface QuadrantChartSpec {
  readonly title: string;
  /** The data block's title ("Chart data"). */
  readonly dataTitle: string;
  /** The header of the x column. */
  readonly xName: string;
  readonly series: readonly QuadrantSeries[];
  readonly xLineName: string;
  readonly yLineName: string;
  readonly xLine: number;
  readonly yLine: number;
  readonly xTitle: string;
  readonly yTitle: string;
  /** Where the split lines start and end; default: see above. */
  readonly extent?: { readonly left: number; readonly right: number; readonly bottom: number; readonly top: number };
}

/** Where the data block goes (its title row) and where the chart floats, with its size in pixels. */
export interface QuadrantChartPlace {
  readonly dataRow: number;
  readonly dataColumn: number;
  readonly anchorRow: number;
  readonly anchorColumn: number;
  readonly width: number;
  readonly height: number;
}

const c = (value: LayoutValue, format?: CellFormat): LayoutCell => ({ value, format });
const bold = (value: LayoutValue, format: CellFormat = {}): LayoutCell => c(value, { ...format, bold: true });

function defaultExtent(spec: QuadrantChartSpec): NonNullable<QuadrantChartSpec['extent']> {
  const points = spec.series.flatMap((s) => s.points);
  let left = Math.min(0, spec.xLine);
  let right = spec.xLine;
  let bottom = Math.min(0, spec.yLine);
  let top = spec.yLine;
  for (const p of points) {
    left = Math.min(left, p.x);
    right = Math.max(right, p.x);
    bottom = Math.min(bottom, p.y);
    top = Math.max(top, p.y);
  }
  return { left, right, bottom, top };
}

export function quadrantChart(spec: QuadrantChartSpec, place: QuadrantChartPlace): { readonly data: LayoutBlock; readonly chart: LayoutChart } {
  const n = spec.series.length;
  const width = n + 3;
  const { left, right, bottom, top } = spec.extent ?? defaultExtent(spec);
  /** A row with x, and `value` in data column `column` (1 = the first series). */
  const row = (x: number, column: number, value: number): LayoutCell[] => Array.from({ length: width }, (_, i) => c(i === 0 ? x : i === column ? value : null));
  const rows: LayoutCell[][] = [
    [bold(spec.dataTitle)],
    [spec.xName, ...spec.series.map((s) => s.name), spec.xLineName, spec.yLineName].map((h) => bold(h, { background: QUADRANT_HEADER_FILL })),
    ...spec.series.flatMap((s, k) => s.points.map((p) => row(p.x, k + 1, p.y))),
    row(spec.xLine, n + 1, bottom),
    row(spec.xLine, n + 1, top),
    row(left, n + 2, spec.yLine),
    row(right, n + 2, spec.yLine),
  ];
  const data: LayoutBlock = { row: place.dataRow, column: place.dataColumn, cells: rectangle(rows, width) };
  const column = (offset: number): CellArea => ({ row: place.dataRow + 1, column: place.dataColumn + offset, rows: rows.length - 1, columns: 1 });
  return {
    data,
    chart: {
      kind: 'scatter',
      title: spec.title,
      domain: column(0),
      series: Array.from({ length: n + 2 }, (_, i) => column(i + 1)),
      xTitle: spec.xTitle,
      yTitle: spec.yTitle,
      lineSeries: [n, n + 1],
      anchorRow: place.anchorRow,
      anchorColumn: place.anchorColumn,
      width: place.width,
      height: place.height,
    },
  };
}
