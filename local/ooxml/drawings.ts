/**
 * Drawings of generated tabs — the place where charts become DrawingML.
 *
 * The XLSX writer calls {@link writeDrawings} once for every tab it writes from the model
 * (the tabs a build generated), with a {@link DrawingContext}: the tab (`context.sheet`, its
 * charts in `context.sheet.charts`, each with its type, ranges, anchor and options). Per tab
 * with charts it adds
 *
 *   - `xl/drawings/drawingN.xml`: an `xdr:wsDr` with one `xdr:oneCellAnchor` per chart — the
 *     chart's anchor cell (row/column, 0-based in DrawingML) plus its offset, and its size
 *     (`width`/`height` options, pixels) as `xdr:ext` in EMU (1 px = 9525 EMU at 96 dpi,
 *     ECMA-376 §20.1.2.1: 914400 EMU per inch). Each anchor holds a `graphicFrame` whose
 *     `c:chart r:id` points at the chart part. The worksheet relates to it (REL.drawing) and
 *     gets the returned `<drawing r:id="…"/>`.
 *   - `xl/charts/chartN.xml` per chart: a `c:chartSpace` (ECMA-376 Part 1 §21.2) with
 *       - LINE: `c:lineChart`, categories (`c:cat`) from the first range (the domain), one
 *         `c:ser` per further range;
 *       - SCATTER: `c:scatterChart`, `c:xVal` from the domain and `c:yVal` per series; the
 *         series named in `options.series` with `pointSize: 0` (the split lines) drawn as
 *         lines without markers, the others as markers only.
 *     Each range's first cell is its header (the series' name, `c:tx`); the rest are the
 *     values, referenced as `'Sheet name'!$C$5:$C$20` with a cache of the values so a viewer
 *     draws without recalculating. Title (`title`), axis titles (`hAxis.title`,
 *     `vAxis.title`), y bounds (`vAxis.viewWindow.min/max`) come from the chart's options.
 *     `c:plotVisOnly val="0"`: the data lives in hidden columns and must still be drawn
 *     (the XLSX twin of Sheets' ChartHiddenDimensionStrategy SHOW_BOTH).
 *
 * Every user text (sheet names, titles, headers, values) goes through {@link escapeXml}.
 * Chart types other than LINE and SCATTER are written as line charts (none are built today).
 */
import { columnLetter } from '../../src/core/tabs/columnLetters';
import type { LocalEmbeddedChart } from '../spreadsheetApp/charts';
import type { LocalRange } from '../spreadsheetApp/range';
import { CONTENT_TYPE, REL } from './package';
import type { DrawingContext, DrawingWriter } from './sheetWriter';
import { escapeXml } from './xml';

export type { DrawingContext, DrawingWriter } from './sheetWriter';

const NS_C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const NS_A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_XDR = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';

/** EMU per pixel at 96 dpi: 914400 EMU per inch / 96. */
export const EMU_PER_PIXEL = 9525;
const DEFAULT_WIDTH = 600;
const DEFAULT_HEIGHT = 371;

/** `'Sheet name'!$C$5:$C$20` — the name always quoted, a quote inside doubled. */
export function absoluteReference(sheetName: string, row: number, column: number, rows: number, columns: number): string {
  const start = `$${columnLetter(column)}$${row}`;
  const end = `$${columnLetter(column + columns - 1)}$${row + rows - 1}`;
  return `'${sheetName.replace(/'/g, "''")}'!${rows === 1 && columns === 1 ? start : `${start}:${end}`}`;
}

interface SeriesData {
  readonly name: string;
  readonly nameRef: string;
  readonly valuesRef: string;
  readonly values: readonly unknown[];
}

/** A chart range as header + values (the header is the first cell when the chart has one header row). */
function seriesData(range: LocalRange, headers: number): SeriesData {
  const cells = range.getValues().map((line) => line[0]);
  const name = headers > 0 ? String(cells[0] ?? '') : '';
  const sheetName = range.sheet.getName();
  return {
    name,
    nameRef: absoluteReference(sheetName, range.row, range.column, 1, 1),
    valuesRef: absoluteReference(sheetName, range.row + headers, range.column, range.numRows - headers, 1),
    values: cells.slice(headers),
  };
}

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

function numRef(ref: string, values: readonly unknown[]): string {
  const points = values.map((v, i) => (isNumber(v) ? `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>` : '')).join('');
  return `<c:numRef><c:f>${escapeXml(ref)}</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>${points}</c:numCache></c:numRef>`;
}

function strRef(ref: string, values: readonly unknown[]): string {
  const points = values.map((v, i) => (v === '' || v === null || v === undefined ? '' : `<c:pt idx="${i}"><c:v>${escapeXml(String(v))}</c:v></c:pt>`)).join('');
  return `<c:strRef><c:f>${escapeXml(ref)}</c:f><c:strCache><c:ptCount val="${values.length}"/>${points}</c:strCache></c:strRef>`;
}

/** Categories: numbers as a numRef when every filled cell is a number, else text. */
function categoryRef(domain: SeriesData): string {
  const filled = domain.values.filter((v) => v !== '' && v !== null && v !== undefined);
  return filled.length > 0 && filled.every(isNumber) ? numRef(domain.valuesRef, domain.values) : strRef(domain.valuesRef, domain.values);
}

function richText(text: string, size?: number): string {
  const props = size ? `<a:defRPr sz="${size}" b="1"/>` : '<a:defRPr b="1"/>';
  return `<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr>${props}</a:pPr><a:r><a:rPr lang="en-US"${size ? ` sz="${size}"` : ''} b="1"/><a:t>${escapeXml(text)}</a:t></a:r></a:p></c:rich></c:tx>`;
}

function titleXml(text: string | undefined, size?: number): string {
  if (text === undefined || text === '') return '';
  return `<c:title>${richText(text, size)}<c:overlay val="0"/></c:title>`;
}

const option = (chart: LocalEmbeddedChart, name: string): unknown => chart.options[name];
const textOption = (chart: LocalEmbeddedChart, name: string): string | undefined => {
  const value = option(chart, name);
  return value === undefined || value === null || value === '' ? undefined : String(value);
};

/** `vAxis.viewWindow.min` / `.max`, flat or nested (`{ vAxis: { viewWindow: { min } } }`). */
function bound(chart: LocalEmbeddedChart, which: 'min' | 'max'): number | undefined {
  const flat = option(chart, `vAxis.viewWindow.${which}`);
  if (isNumber(flat)) return flat;
  const nested = (option(chart, 'vAxis') as { viewWindow?: Record<string, unknown> } | undefined)?.viewWindow?.[which];
  return isNumber(nested) ? nested : undefined;
}

/** Indexes of series drawn as lines without points (`series: { 2: { pointSize: 0 } }`). */
function lineOnlySeries(chart: LocalEmbeddedChart): Set<number> {
  const series = option(chart, 'series');
  const found = new Set<number>();
  if (series && typeof series === 'object') {
    for (const [key, value] of Object.entries(series as Record<string, { pointSize?: unknown }>)) {
      if (value && value.pointSize === 0) found.add(Number(key));
    }
  }
  return found;
}

function scaling(chart: LocalEmbeddedChart | undefined): string {
  if (!chart) return '<c:scaling><c:orientation val="minMax"/></c:scaling>';
  const max = bound(chart, 'max');
  const min = bound(chart, 'min');
  return `<c:scaling><c:orientation val="minMax"/>${max !== undefined ? `<c:max val="${max}"/>` : ''}${min !== undefined ? `<c:min val="${min}"/>` : ''}</c:scaling>`;
}

const X_AXIS = 500000001;
const Y_AXIS = 500000002;

function valueAxis(id: number, cross: number, position: 'b' | 'l', title: string | undefined, bounds: LocalEmbeddedChart | undefined): string {
  const grid = position === 'l' ? '<c:majorGridlines><c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>' : '';
  return (
    `<c:valAx><c:axId val="${id}"/>${scaling(bounds)}<c:delete val="0"/><c:axPos val="${position}"/>${grid}${titleXml(title, 1000)}` +
    `<c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="low"/>` +
    `<c:crossAx val="${cross}"/><c:crosses val="autoZero"/><c:crossBetween val="${position === 'l' ? 'between' : 'midCat'}"/></c:valAx>`
  );
}

function categoryAxis(title: string | undefined): string {
  return (
    `<c:catAx><c:axId val="${X_AXIS}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/>${titleXml(title, 1000)}` +
    `<c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="low"/>` +
    `<c:crossAx val="${Y_AXIS}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`
  );
}

const PALETTE = ['4472C4', 'ED7D31', 'A5A5A5', 'FFC000', '5B9BD5', '70AD47', '264478', '9E480E'];

/** The chart's colour for series `index`: `options.colors` (CSS `#rrggbb`) when given, else a palette. */
function colourOf(chart: LocalEmbeddedChart, index: number): string {
  const colors = option(chart, 'colors');
  if (Array.isArray(colors) && typeof colors[index] === 'string' && /^#[0-9a-fA-F]{6}$/.test(colors[index])) return colors[index].slice(1).toUpperCase();
  return PALETTE[index % PALETTE.length];
}

/** The `c:chartSpace` of one chart. */
export function chartXml(chart: LocalEmbeddedChart): string {
  const headers = chart.numHeaders < 0 ? 1 : chart.numHeaders;
  const [domainRange, ...seriesRanges] = chart.ranges;
  const domain = domainRange ? seriesData(domainRange, headers) : undefined;
  const series = seriesRanges.map((range) => seriesData(range, headers));
  const scatter = chart.chartType === 'SCATTER';
  const lineOnly = lineOnlySeries(chart);
  const name = (s: SeriesData) => (headers > 0 ? `<c:tx>${strRef(s.nameRef, [s.name])}</c:tx>` : '');
  let plot: string;
  if (scatter) {
    const sers = series.map((s, i) => {
      const colour = colourOf(chart, i);
      const look = lineOnly.has(i)
        ? `<c:spPr><a:ln w="19050"><a:solidFill><a:srgbClr val="7F7F7F"/></a:solidFill><a:prstDash val="dash"/></a:ln></c:spPr><c:marker><c:symbol val="none"/></c:marker>`
        : `<c:spPr><a:ln w="19050"><a:noFill/></a:ln></c:spPr><c:marker><c:symbol val="circle"/><c:size val="7"/><c:spPr><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill><a:ln><a:noFill/></a:ln></c:spPr></c:marker>`;
      const x = domain ? `<c:xVal>${numRef(domain.valuesRef, domain.values)}</c:xVal>` : '';
      return `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>${name(s)}${look}${x}<c:yVal>${numRef(s.valuesRef, s.values)}</c:yVal><c:smooth val="0"/></c:ser>`;
    });
    plot =
      `<c:scatterChart><c:scatterStyle val="lineMarker"/><c:varyColors val="0"/>${sers.join('')}<c:axId val="${X_AXIS}"/><c:axId val="${Y_AXIS}"/></c:scatterChart>` +
      valueAxis(X_AXIS, Y_AXIS, 'b', textOption(chart, 'hAxis.title'), undefined) +
      valueAxis(Y_AXIS, X_AXIS, 'l', textOption(chart, 'vAxis.title'), chart);
  } else {
    const sers = series.map((s, i) => {
      const colour = colourOf(chart, i);
      const look = `<c:spPr><a:ln w="28575" cap="rnd"><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill><a:round/></a:ln></c:spPr><c:marker><c:symbol val="circle"/><c:size val="5"/><c:spPr><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill></c:spPr></c:marker>`;
      const cat = domain ? `<c:cat>${categoryRef(domain)}</c:cat>` : '';
      return `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>${name(s)}${look}${cat}<c:val>${numRef(s.valuesRef, s.values)}</c:val><c:smooth val="0"/></c:ser>`;
    });
    plot =
      `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${sers.join('')}<c:marker val="1"/><c:axId val="${X_AXIS}"/><c:axId val="${Y_AXIS}"/></c:lineChart>` +
      categoryAxis(textOption(chart, 'hAxis.title')) +
      valueAxis(Y_AXIS, X_AXIS, 'l', textOption(chart, 'vAxis.title'), chart);
  }
  const title = textOption(chart, 'title');
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}">` +
    `<c:roundedCorners val="0"/><c:chart>${titleXml(title, 1400)}<c:autoTitleDeleted val="${title ? 0 : 1}"/>` +
    `<c:plotArea><c:layout/>${plot}</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>` +
    `<c:plotVisOnly val="0"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  );
}

function pixels(value: unknown, fallback: number): number {
  return isNumber(value) && value > 0 ? Math.round(value) : fallback;
}

/** One `xdr:oneCellAnchor` for chart `index` (its part related as `rId{index+1}`). */
function anchorXml(chart: LocalEmbeddedChart, index: number): string {
  const { row, column, offsetX, offsetY } = chart.position;
  const width = pixels(option(chart, 'width'), DEFAULT_WIDTH) * EMU_PER_PIXEL;
  const height = pixels(option(chart, 'height'), DEFAULT_HEIGHT) * EMU_PER_PIXEL;
  const name = escapeXml(textOption(chart, 'title') ?? `Chart ${index + 1}`);
  return (
    `<xdr:oneCellAnchor><xdr:from><xdr:col>${Math.max(0, column - 1)}</xdr:col><xdr:colOff>${Math.round((offsetX || 0) * EMU_PER_PIXEL)}</xdr:colOff>` +
    `<xdr:row>${Math.max(0, row - 1)}</xdr:row><xdr:rowOff>${Math.round((offsetY || 0) * EMU_PER_PIXEL)}</xdr:rowOff></xdr:from>` +
    `<xdr:ext cx="${width}" cy="${height}"/>` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${index + 2}" name="${name}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="${NS_C}"><c:chart xmlns:c="${NS_C}" r:id="rId${index + 1}"/></a:graphicData></a:graphic>` +
    `</xdr:graphicFrame><xdr:clientData/></xdr:oneCellAnchor>`
  );
}

export const writeDrawings: DrawingWriter = (context: DrawingContext) => {
  const charts = context.sheet.charts as readonly LocalEmbeddedChart[];
  if (charts.length === 0) return undefined;
  const drawingPart = context.freePart('xl/drawings', 'drawing', 'xml');
  const chartParts: string[] = [];
  for (const chart of charts) {
    const part = context.freePart('xl/charts', 'chart', 'xml');
    context.addPart(part, chartXml(chart), CONTENT_TYPE.chart);
    chartParts.push(part);
  }
  const drawing =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${NS_XDR}" xmlns:a="${NS_A}" xmlns:r="${NS_R}">` +
    charts.map((chart, i) => anchorXml(chart, i)).join('') +
    '</xdr:wsDr>';
  // Relationship ids are handed out in order: rId1 for the first chart, rId2 for the second…
  context.addPart(drawingPart, drawing, CONTENT_TYPE.drawing, chartParts.map((part) => ({ type: REL.chart, part })));
  return `<drawing r:id="${context.relate(REL.drawing, drawingPart)}"/>`;
};
