import { ChartDataColumn, hiddenChartData } from '../tabs/chartData';
import { DEFAULT_ROW_PIXELS, fitColumns } from '../tabs/columnWidths';
import { generatedTabHead, NOTE_COLOUR, TabMeta } from '../tabs/generatedTabHead';
import { localeNumber } from '../tabs/localeNumber';
import { OutputLocale } from '../tabs/outputLocale';
import { CellFormat, extentOf, LayoutBlock, LayoutCell, LayoutChart, LayoutValue, rectangle, SheetLayout } from '../tabs/sheetLayout';
import { isoDay, Period } from '../survey/datePeriod';
import { PeriodCalendar, SummaryCell } from '../survey/scoreGroups';
import { SurveyReport, ThemeRow } from './surveyReport';
import { SURVEY_REPORT_TEXTS, SurveyReportTexts } from './surveyReportTexts';

/**
 * The "Survey report" tab (DESIGN §4), top to bottom in columns A–L, each section a title
 * and a table:
 *   headline (measure | value | CI low | CI high), the NPS trend, then a band of rows kept
 *   empty for the line chart of NPS with its interval; NPS per segment and per channel;
 *   the touchpoints table, a note on DRIVERS, then a band for the importance × performance
 *   scatter chart; open answers overall and among detractors.
 * The charts read their data from hidden columns (tabs/chartData.ts); widths come from the
 * text (tabs/columnWidths.ts). Scores and shares show one decimal, p-values three.
 */
const ONE = '0.0';
const SIGNED = '+0.0;-0.0;0.0';
const COUNT = '#,##0';
const P_VALUE = '0.000';
const HEADER_FILL = '#d9d9d9';
const ABOVE_FILL = '#b7e1b0';
const BELOW_FILL = '#f4b6b6';
const CHECK_FILL = '#fde8b0';
const CHART = { width: 640, height: 300 };
const CHART_ROWS = Math.ceil(CHART.height / DEFAULT_ROW_PIXELS) + 1;
const COLUMNS = 12;

const c = (value: LayoutValue | undefined, format?: CellFormat): LayoutCell => ({ value: value === undefined ? null : value, format });
const num = (value: number | undefined, numberFormat: string, extra: CellFormat = {}): LayoutCell => c(value === undefined ? null : value, { numberFormat, ...extra });
const bold = (value: string): LayoutCell => c(value, { bold: true });
/** Header cells are centred, so each sets its column's width (a wrapped one may not fit its longest word). */
const header = (words: readonly string[]): LayoutCell[] => words.map((w) => c(w, { bold: true, background: HEADER_FILL, align: 'center' }));
const note = (text: string): LayoutCell[] => [c(text, { fontColor: NOTE_COLOUR })];

/** A signed whole level as a manager reads it: +1, −2, 0. */
export function signedLevel(level: number): string {
  return level > 0 ? `+${level}` : level < 0 ? `−${-level}` : '0';
}

/** A period's label as text: 2026-03 (month), 2026 Q1, 2026, or the first day (day, week). */
export function periodLabel(label: SummaryCell, period: Period, calendar: PeriodCalendar): string {
  if (!(label instanceof Date)) return String(label);
  const day = isoDay(calendar.periodOf(label, 'day'));
  if (period === 'month') return day.slice(0, 7);
  if (period === 'quarter') return `${day.slice(0, 4)} Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`;
  if (period === 'year') return day.slice(0, 4);
  return day;
}

function headlineRows(report: SurveyReport, t: SurveyReportTexts, calendar: PeriodCalendar): LayoutCell[][] {
  const h = report.headline;
  const rows: LayoutCell[][] = [
    [bold(t.headline)],
    header(t.headlineHeader),
    [c(t.responses), num(h.responses, COUNT)],
    [c('NPS'), num(h.nps.nps, SIGNED), num(h.nps.lower, SIGNED), num(h.nps.upper, SIGNED)],
    [c(t.promoters), num(h.promoters, ONE)],
    [c(t.passives), num(h.passives, ONE)],
    [c(t.detractors), num(h.detractors, ONE)],
  ];
  if (h.ces) rows.push([c(t.ces(report.cesScale)), num(h.ces.value, ONE), num(h.ces.interval?.lower, ONE), num(h.ces.interval?.upper, ONE)]);
  if (h.csat) rows.push([c(t.csat(report.scale - 1, report.scale)), num(h.csat.value, ONE), num(h.csat.lower, ONE), num(h.csat.upper, ONE)]);
  if (h.firstDate && h.lastDate) {
    const day = (d: Date) => isoDay(calendar.periodOf(d, 'day'));
    rows.push([c(t.periodCovered), c(`${day(h.firstDate)} – ${day(h.lastDate)}`, { align: 'right' })]);
  }
  return rows;
}

function trendRows(report: SurveyReport, t: SurveyReportTexts, calendar: PeriodCalendar): { rows: LayoutCell[][]; labels: string[] } {
  const labels = report.trend.map((row) => periodLabel(row.label, report.period, calendar));
  if (report.trend.length === 0) return { rows: [[bold(t.trend(report.period))], note(t.noDates)], labels };
  return {
    labels,
    rows: [
      [bold(t.trend(report.period))],
      header(t.trendHeader),
      ...report.trend.map((row, i) => {
        const significant = row.significant ? (row.comparison!.difference > 0 ? t.significantUp : t.significantDown) : undefined;
        return [
          c(labels[i]),
          num(row.counts?.responses ?? 0, COUNT),
          num(row.interval?.nps, SIGNED),
          num(row.interval?.lower, SIGNED),
          num(row.interval?.upper, SIGNED),
          num(row.comparison?.difference, SIGNED),
          num(row.comparison?.pValue, P_VALUE),
          c(significant, significant ? { background: row.comparison!.difference > 0 ? ABOVE_FILL : BELOW_FILL } : undefined),
        ];
      }),
    ],
  };
}

function groupRows(report: SurveyReport, t: SurveyReportTexts): LayoutCell[][] {
  return report.groups.flatMap((section) => [
    [bold(t.groupsTitle(section.header))],
    header(t.groupHeader),
    ...section.rows.map((row) => [
      c(String(row.label)),
      num(row.counts.responses, COUNT),
      num(row.interval.nps, SIGNED),
      num(row.interval.lower, SIGNED),
      num(row.interval.upper, SIGNED),
      num(row.pValue, P_VALUE),
      row.blank ? c(t.notTested, { fontColor: NOTE_COLOUR }) : c(row.flag === 'above' ? t.above : row.flag === 'below' ? t.below : null, row.flag ? { background: row.flag === 'above' ? ABOVE_FILL : BELOW_FILL } : undefined),
    ]),
    [],
  ]);
}

function touchpointRows(report: SurveyReport, t: SurveyReportTexts, locale: OutputLocale): LayoutCell[][] {
  const rows: LayoutCell[][] = [[bold(t.touchpointsTitle(report.scale))]];
  if (report.touchpoints.length === 0) return [...rows, note(t.noRatingColumns)];
  rows.push(header(t.touchpointHeader));
  for (const row of report.touchpoints) {
    const check = row.check === undefined ? undefined : (row.check.notValued ? t.notValuedDataSuggest : t.dataSuggest)(signedLevel(row.check.suggestedLevel));
    rows.push([
      c(row.header),
      num(row.responses, COUNT),
      num(row.csat?.value, ONE),
      num(row.csat?.lower, ONE),
      num(row.csat?.upper, ONE),
      num(row.dissatisfied, ONE),
      num(row.mean, '0.00'),
      num(row.importance, ONE),
      c(row.priority === undefined ? undefined : t.priorities[row.priority]),
      row.matched ? num(row.valuation, SIGNED, { align: 'center' }) : c(t.notInTouchpoints, { fontColor: NOTE_COLOUR }),
      num(row.suggested, '+0.00;-0.00;0.00', { align: 'center' }),
      c(check, check ? { background: CHECK_FILL } : undefined),
    ]);
  }
  if (report.driversProblem) rows.push(note(t.driversNote(report.driversProblem)));
  else if (report.rSquared !== undefined) rows.push(note(t.rSquaredNote(localeNumber(report.rSquared * 100, locale, 1))));
  return rows;
}

function themeSection(title: string, themes: readonly ThemeRow[], t: SurveyReportTexts): LayoutCell[][] {
  if (themes.length === 0) return [[bold(title)], note(t.noComments)];
  return [[bold(title)], header(t.themeHeader), ...themes.map((row) => [c(row.label), num(row.mentions, COUNT), num(row.share, ONE), c(row.example ?? null, { wrap: true })])];
}

export function surveyReportLayout(report: SurveyReport, locale: OutputLocale, meta: TabMeta, calendar: PeriodCalendar): SheetLayout {
  const t = SURVEY_REPORT_TEXTS[locale];
  const blocks: LayoutBlock[] = [generatedTabHead(t.title, locale, meta)];
  let row = 4;
  const place = (cells: LayoutCell[][]): number => {
    const top = row;
    const padded = cells.map((r) => (r.length === 0 ? [c(null)] : r));
    blocks.push({ row, column: 1, cells: rectangle(padded, COLUMNS) });
    row += cells.length + 1;
    return top;
  };
  place(headlineRows(report, t, calendar));
  const trend = trendRows(report, t, calendar);
  place(trend.rows);
  const trendChartRow = report.trend.length > 0 ? row : undefined;
  if (trendChartRow !== undefined) row += CHART_ROWS;
  if (report.groups.length > 0) place(groupRows(report, t).slice(0, -1));
  place(touchpointRows(report, t, locale));
  const withImportance = report.touchpoints.filter((tp) => tp.importance !== undefined && tp.mean !== undefined);
  const ipChartRow = withImportance.length > 0 ? row : undefined;
  if (ipChartRow !== undefined) row += CHART_ROWS;
  place(themeSection(t.themesTitle(report.themes.fromTable), report.themes.overall, t));
  place(themeSection(t.detractorThemesTitle, report.themes.detractors, t));

  const chartAt = (anchorRow: number) => ({ anchorRow, anchorColumn: 1, width: CHART.width, height: CHART.height });
  const fitted = fitColumns(blocks, { columns: Array.from({ length: COLUMNS }, (_, i) => i + 1), max: 360 });

  const data: ChartDataColumn[] = [];
  if (trendChartRow !== undefined) {
    data.push(
      { header: t.trendHeader[0], values: trend.labels },
      { header: t.chartNps, values: report.trend.map((r) => r.interval?.nps ?? null), numberFormat: ONE },
      { header: t.trendHeader[3], values: report.trend.map((r) => r.interval?.lower ?? null), numberFormat: ONE },
      { header: t.trendHeader[4], values: report.trend.map((r) => r.interval?.upper ?? null), numberFormat: ONE },
    );
  }
  const ipStart = data.length;
  if (ipChartRow !== undefined) {
    data.push(
      { header: t.ipImportance, values: withImportance.map((tp) => tp.importance!), numberFormat: ONE },
      { header: t.ipMean, values: withImportance.map((tp) => tp.mean!), numberFormat: '0.00' },
    );
  }
  const charts: LayoutChart[] = [];
  const layoutBlocks = [...fitted.blocks];
  const hiddenColumns = [];
  if (data.length > 0) {
    const hidden = hiddenChartData(fitted.blocks, data);
    layoutBlocks.push(hidden.block);
    hiddenColumns.push(hidden.hidden);
    if (trendChartRow !== undefined) {
      charts.push({ kind: 'line', title: t.chartTitle, domain: hidden.columns[0], series: hidden.columns.slice(1, 4), yTitle: 'NPS', ...chartAt(trendChartRow) });
    }
    if (ipChartRow !== undefined) {
      charts.push({ kind: 'scatter', title: t.ipChartTitle, domain: hidden.columns[ipStart], series: [hidden.columns[ipStart + 1]], xTitle: t.ipImportance, yTitle: t.ipMean, minValue: 1, maxValue: report.scale, ...chartAt(ipChartRow) });
    }
  }
  const extent = extentOf(layoutBlocks);
  return {
    blocks: layoutBlocks,
    merges: [],
    columnWidths: fitted.columnWidths,
    hiddenColumns,
    frozenRows: 2,
    frozenColumns: 0,
    charts,
    rows: extent.rows,
    columns: extent.columns,
  };
}
