/**
 * Embedded charts: kept in the model with their type, ranges, position and options, so tests
 * can check them and the CLI can list them. The XLSX writer turns the charts of generated
 * tabs into chart parts (local/ooxml/drawings.ts).
 */
import { Exposed } from '../instrument';
import type { LocalRange } from './range';
import type { LocalSheet } from './sheet';

type Builder = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;

export interface ChartPosition {
  row: number;
  column: number;
  offsetX: number;
  offsetY: number;
}

let nextChartId = 1;

/**
 * Charts.ChartHiddenDimensionStrategy: how a chart treats hidden rows and columns of its
 * ranges. IGNORE_BOTH is the default: a chart skips hidden columns and rows unless told
 * SHOW_BOTH (https://developers.google.com/apps-script/reference/charts/chart-hidden-dimension-strategy).
 */
export const CHART_HIDDEN_DIMENSION_STRATEGIES = { IGNORE_BOTH: 'IGNORE_BOTH', IGNORE_ROWS: 'IGNORE_ROWS', IGNORE_COLUMNS: 'IGNORE_COLUMNS', SHOW_BOTH: 'SHOW_BOTH' } as const;
export type HiddenDimensionStrategy = keyof typeof CHART_HIDDEN_DIMENSION_STRATEGIES;

export class LocalChartOptions extends Exposed implements Pick<GoogleAppsScript.Charts.ChartOptions, 'get'> {
  readonly gasClass = 'ChartOptions';
  constructor(private readonly options: Record<string, unknown>) {
    super();
  }
  get(option: string): unknown {
    return this.options[option] ?? null;
  }
}

export class LocalEmbeddedChart extends Exposed implements Pick<GoogleAppsScript.Spreadsheet.EmbeddedChart, 'getChartId' | 'getRanges' | 'getOptions' | 'modify' | 'getContainerInfo' | 'getHiddenDimensionStrategy' | 'getNumHeaders'> {
  readonly gasClass = 'EmbeddedChart';
  constructor(
    readonly sheet: LocalSheet,
    readonly chartId: number,
    readonly chartType: string,
    readonly ranges: LocalRange[],
    readonly position: ChartPosition,
    readonly options: Record<string, unknown>,
    readonly numHeaders: number,
    readonly hiddenDimensionStrategy: HiddenDimensionStrategy = 'IGNORE_BOTH',
  ) {
    super();
  }
  getChartId(): number { return this.chartId; }
  getHiddenDimensionStrategy(): GoogleAppsScript.Charts.ChartHiddenDimensionStrategy {
    return this.hiddenDimensionStrategy as unknown as GoogleAppsScript.Charts.ChartHiddenDimensionStrategy;
  }
  getNumHeaders(): number { return this.numHeaders; }
  /**
   * The cells the chart draws: each range's values without the hidden rows and columns,
   * unless the chart reads hidden data (SHOW_BOTH, or IGNORE_ROWS / IGNORE_COLUMNS for the
   * other dimension). What the preview and an XLSX chart should plot.
   */
  plottedValues(): unknown[][][] {
    const skipRows = this.hiddenDimensionStrategy === 'IGNORE_BOTH' || this.hiddenDimensionStrategy === 'IGNORE_ROWS';
    const skipColumns = this.hiddenDimensionStrategy === 'IGNORE_BOTH' || this.hiddenDimensionStrategy === 'IGNORE_COLUMNS';
    return this.ranges.map((range) =>
      range
        .getValues()
        .filter((_, i) => !(skipRows && range.sheet.hiddenRows.has(range.row + i)))
        .map((line) => line.filter((_, j) => !(skipColumns && range.sheet.hiddenColumns.has(range.column + j)))),
    );
  }
  getRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    return [...this.ranges] as unknown as GoogleAppsScript.Spreadsheet.Range[];
  }
  getOptions(): GoogleAppsScript.Charts.ChartOptions {
    return new LocalChartOptions(this.options) as unknown as GoogleAppsScript.Charts.ChartOptions;
  }
  modify(): Builder {
    return new LocalEmbeddedChartBuilder(this.sheet, this) as unknown as Builder;
  }
  getContainerInfo(): GoogleAppsScript.Spreadsheet.ContainerInfo {
    const { row, column, offsetX, offsetY } = this.position;
    return {
      getAnchorRow: () => row,
      getAnchorColumn: () => column,
      getOffsetX: () => offsetX,
      getOffsetY: () => offsetY,
    } as GoogleAppsScript.Spreadsheet.ContainerInfo;
  }
  /**
   * One line for the CLI, in the build's language: `LINE chart from Sheet!A1:B12 "title"`,
   * `wykres liniowy z Sheet!A1:B12 „tytuł”`.
   */
  describe(locale: 'en' | 'pl' = 'en'): string {
    const title = this.options.title === undefined || this.options.title === '' ? '' : String(this.options.title);
    const ranges = this.ranges.map((r) => r.describe()).join(', ');
    if (locale === 'pl') return `wykres ${POLISH_CHART_TYPES[this.chartType] ?? this.chartType} z ${ranges || 'żadnego zakresu'}${title ? ` „${title}”` : ''}`;
    return `${this.chartType} chart from ${ranges || 'no range'}${title ? ` "${title}"` : ''}`;
  }
}

type LineBuilder = GoogleAppsScript.Spreadsheet.EmbeddedLineChartBuilder;

/** Chart types as Polish names them (wykres liniowy, punktowy…). */
const POLISH_CHART_TYPES: Readonly<Record<string, string>> = {
  LINE: 'liniowy',
  SCATTER: 'punktowy',
  BUBBLE: 'bąbelkowy',
  COLUMN: 'kolumnowy',
  BAR: 'słupkowy',
  AREA: 'warstwowy',
  PIE: 'kołowy',
};

/**
 * One builder for every chart type: as…Chart() only sets the type, and the typed setters
 * (setTitle, setXAxisTitle, …) record the chart option they stand for.
 */
export class LocalEmbeddedChartBuilder extends Exposed implements
  Pick<Builder, 'addRange' | 'removeRange' | 'clearRanges' | 'getRanges' | 'setChartType' | 'getChartType' | 'setPosition' | 'setOption' | 'setNumHeaders' | 'setHiddenDimensionStrategy' | 'build'
    | 'asLineChart' | 'asScatterChart' | 'asColumnChart' | 'asBarChart' | 'asAreaChart' | 'asPieChart'>,
  Pick<LineBuilder, 'setTitle' | 'setXAxisTitle' | 'setYAxisTitle' | 'setLegendPosition' | 'setColors'> {
  readonly gasClass = 'EmbeddedChartBuilder';
  private chartType = 'LINE';
  private ranges: LocalRange[] = [];
  private position: ChartPosition = { row: 1, column: 1, offsetX: 0, offsetY: 0 };
  private options: Record<string, unknown> = {};
  private numHeaders = -1;
  private hiddenDimensionStrategy: HiddenDimensionStrategy = 'IGNORE_BOTH';

  constructor(private readonly sheet: LocalSheet, private readonly existing?: LocalEmbeddedChart) {
    super();
    if (existing) {
      this.chartType = existing.chartType;
      this.ranges = [...existing.ranges];
      this.position = { ...existing.position };
      this.options = { ...existing.options };
      this.numHeaders = existing.numHeaders;
      this.hiddenDimensionStrategy = existing.hiddenDimensionStrategy;
    }
  }
  private self(): Builder {
    return this as unknown as Builder;
  }
  addRange(range: GoogleAppsScript.Spreadsheet.Range): Builder {
    this.ranges.push(range as unknown as LocalRange);
    return this.self();
  }
  removeRange(range: GoogleAppsScript.Spreadsheet.Range): Builder {
    this.ranges = this.ranges.filter((r) => r !== (range as unknown as LocalRange));
    return this.self();
  }
  clearRanges(): Builder {
    this.ranges = [];
    return this.self();
  }
  getRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    return [...this.ranges] as unknown as GoogleAppsScript.Spreadsheet.Range[];
  }
  setChartType(type: GoogleAppsScript.Charts.ChartType): Builder {
    this.chartType = String(type);
    return this.self();
  }
  getChartType(): GoogleAppsScript.Charts.ChartType {
    return this.chartType as unknown as GoogleAppsScript.Charts.ChartType;
  }
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): Builder {
    this.position = { row: anchorRowPos, column: anchorColPos, offsetX, offsetY };
    return this.self();
  }
  setOption(option: string, value: unknown): Builder {
    this.options[option] = value;
    return this.self();
  }
  setNumHeaders(headers: number): Builder {
    this.numHeaders = headers;
    return this.self();
  }
  setHiddenDimensionStrategy(strategy: GoogleAppsScript.Charts.ChartHiddenDimensionStrategy): Builder {
    const name = String(strategy);
    if (!(name in CHART_HIDDEN_DIMENSION_STRATEGIES)) throw new Error(`Invalid argument: strategy ${name}`);
    this.hiddenDimensionStrategy = name as HiddenDimensionStrategy;
    return this.self();
  }
  private as<T>(type: string): T {
    this.chartType = type;
    return this as unknown as T;
  }
  asLineChart() { return this.as<GoogleAppsScript.Spreadsheet.EmbeddedLineChartBuilder>('LINE'); }
  asScatterChart() { return this.as<GoogleAppsScript.Spreadsheet.EmbeddedScatterChartBuilder>('SCATTER'); }
  asColumnChart() { return this.as<GoogleAppsScript.Spreadsheet.EmbeddedColumnChartBuilder>('COLUMN'); }
  asBarChart() { return this.as<GoogleAppsScript.Spreadsheet.EmbeddedBarChartBuilder>('BAR'); }
  asAreaChart() { return this.as<GoogleAppsScript.Spreadsheet.EmbeddedAreaChartBuilder>('AREA'); }
  asPieChart() { return this.as<GoogleAppsScript.Spreadsheet.EmbeddedPieChartBuilder>('PIE'); }

  private option(name: string, value: unknown): LineBuilder {
    this.options[name] = value;
    return this as unknown as LineBuilder;
  }
  setTitle(chartTitle: string) { return this.option('title', chartTitle); }
  setXAxisTitle(title: string) { return this.option('hAxis.title', title); }
  setYAxisTitle(title: string) { return this.option('vAxis.title', title); }
  setLegendPosition(position: GoogleAppsScript.Charts.Position) { return this.option('legend.position', String(position)); }
  setColors(cssValues: string[]) { return this.option('colors', [...cssValues]); }

  build(): GoogleAppsScript.Spreadsheet.EmbeddedChart {
    const id = this.existing?.chartId ?? nextChartId++;
    return new LocalEmbeddedChart(this.sheet, id, this.chartType, [...this.ranges], { ...this.position }, { ...this.options }, this.numHeaders, this.hiddenDimensionStrategy) as unknown as GoogleAppsScript.Spreadsheet.EmbeddedChart;
  }
}

/** A copy of a chart on another sheet (a tab copied from a template), its ranges moved by `rebind`. */
export function copyChart(chart: LocalEmbeddedChart, sheet: LocalSheet, rebind: (range: LocalRange) => LocalRange): LocalEmbeddedChart {
  return new LocalEmbeddedChart(sheet, nextChartId++, chart.chartType, chart.ranges.map(rebind), { ...chart.position }, { ...chart.options }, chart.numHeaders);
}
