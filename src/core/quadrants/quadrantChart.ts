import { ChartDataColumn, HiddenChartData, hiddenChartData } from '../tabs/chartData';
import { LayoutBlock, LayoutChart, LayoutValue } from '../tabs/sheetLayout';

/**
 * The scatter chart of a 2×2 matrix tab (DESIGN §4) and the data it draws, kept in hidden
 * columns right of everything in view (core/tabs/chartData.ts): the items as one or more
 * point series (x, y), and the two split lines, each as a two-point series drawn as a line
 * without points — the x line from (x split, bottom) to (x split, top), the y line from
 * (left, y split) to (right, y split). Each line's points sit on rows of their own, so that
 * only its two points join. The hidden columns:
 *
 *   x name | series 1 | … | series n | x line | y line       (the header cells)
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
  /** The header of the x column. */
  readonly xName: string;
  readonly series: readonly QuadrantSeries[];
  readonly xLineName: string;
  readonly yLineName: string;
  readonly xLine: number;
  readonly yLine: number;
  readonly xTitle: string;
  readonly yTitle: string;
  /** Number formats of the x values and of the y values (series and lines); the axes and tooltips follow them. */
  readonly xFormat?: string;
  readonly yFormat?: string;
  /** Where the split lines start and end; default: see above. */
  readonly extent?: { readonly left: number; readonly right: number; readonly bottom: number; readonly top: number };
}

/** Where the chart floats, with its size in pixels. */
export interface QuadrantChartPlace {
  readonly anchorRow: number;
  readonly anchorColumn: number;
  readonly width: number;
  readonly height: number;
}

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

/** The chart's data columns: x, one column per series, then the x line and the y line. */
export function quadrantChartData(spec: QuadrantChartSpec): ChartDataColumn[] {
  const { left, right, bottom, top } = spec.extent ?? defaultExtent(spec);
  const points = spec.series.flatMap((s, k) => s.points.map((p) => ({ ...p, k })));
  const gap = points.map(() => null);
  return [
    { header: spec.xName, values: [...points.map((p) => p.x), spec.xLine, spec.xLine, left, right], numberFormat: spec.xFormat },
    ...spec.series.map((s, k) => ({
      header: s.name,
      values: [...points.map((p): LayoutValue => (p.k === k ? p.y : null)), null, null, null, null],
      numberFormat: spec.yFormat,
    })),
    { header: spec.xLineName, values: [...gap, bottom, top, null, null], numberFormat: spec.yFormat },
    { header: spec.yLineName, values: [...gap, null, null, spec.yLine, spec.yLine], numberFormat: spec.yFormat },
  ];
}

/**
 * The chart and its hidden data, placed right of `visible` (the blocks a person reads):
 * add `data.block` to the layout's blocks and `data.hidden` to its hiddenColumns.
 */
export function quadrantChart(spec: QuadrantChartSpec, visible: readonly LayoutBlock[], place: QuadrantChartPlace): { readonly data: HiddenChartData; readonly chart: LayoutChart } {
  const n = spec.series.length;
  const data = hiddenChartData(visible, quadrantChartData(spec));
  return {
    data,
    chart: {
      kind: 'scatter',
      title: spec.title,
      domain: data.columns[0],
      series: data.columns.slice(1),
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
