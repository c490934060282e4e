import { analyseDrivers, DriverResult } from '../drivers/driverAnalysis';
import { driverLabels } from '../drivers/driverLabels';
import { DriversError, DriversProblem } from '../drivers/driversProblem';
import { Priority } from '../drivers/importancePerformance';
import { TouchpointRow } from '../journey/touchpointsTable';
import { meanScore, valuationFromMeanScore } from '../journey/touchpointValuation';
import { countCes, cesFromCounts } from '../survey/ces';
import { countCsat, topTwoBoxFrom } from '../survey/csat';
import { Period } from '../survey/datePeriod';
import { meanInterval, MeanInterval } from '../survey/meanInterval';
import { countNps, NpsCounts } from '../survey/nps';
import { compareNps } from '../survey/npsComparison';
import { npsInterval, NpsInterval } from '../survey/npsStatistics';
import { npsCountsOf, NpsTrendRow, npsTrendRows, NPS_SLOTS } from '../survey/npsTrendRows';
import { countByGroup, groupScores, PeriodCalendar, summaryRows, SummaryCell } from '../survey/scoreGroups';
import { SURVEY_TABLE_WORDS } from '../survey/surveyTableWords';
import { ShareInterval, wilsonInterval } from '../survey/wilsonInterval';
import { matchKey } from '../tables/matchKey';
import { Theme } from '../themes/themeKeywords';
import { summariseThemes } from '../themes/themeSummary';
import { OutputLocale } from '../tabs/outputLocale';
import { CesScaleOption, RatingScale, ReportResponses } from './reportResponses';

/**
 * The Survey report (DESIGN §4): the research half of the method on one page. Every metric
 * comes from the core the custom functions use — NPS_CI (npsStatistics), NPS_TEST
 * (npsComparison), NPS_TREND (npsTrendRows over scoreGroups), CSAT's Wilson interval, CES's
 * mean and t interval (meanInterval), DRIVERS (analyseDrivers), THEMES (summariseThemes),
 * TOUCHPOINT_VALUE (valuationFromMeanScore) — so the tab and the functions agree.
 *
 *  - headline: responses with an NPS answer; NPS with its 95% adjusted-Wald interval;
 *    promoter, passive and detractor shares (% of NPS answers); CES mean (1–7, or 1–5) with
 *    its t interval; CSAT % (top-2-box of the build's scale) with its Wilson interval; the
 *    first and last date.
 *  - trend: NPS_TREND's rows by the period chosen (month by default).
 *  - segments and channels: per group (NPS_BY's groups: text trimmed, case ignored), NPS and
 *    interval; a non-blank group is tested against the rest of the answers (the total minus
 *    the group) with the two-sample adjusted-Wald test, flagged above/below at p < 0.05; the
 *    blank group is shown, not tested.
 *  - touchpoints: per rating column, Responses, CSAT % (answers ≥ scale − 1) with its Wilson
 *    interval, Dissatisfied % (answers 1–2: the share of customers the problem touches),
 *    Mean, Importance % and Priority from DRIVERS with the NPS answer as the outcome (or the
 *    reason DRIVERS cannot run), most important first (sheet order when DRIVERS cannot run);
 *    where the column's touchpoint is in the Touchpoints table, its Valuation (the mean over
 *    the paths it is on), the suggested valuation = TOUCHPOINT_VALUE of the mean =
 *    −2 + 4 · (mean − 1) / (scale − 1), unrounded, and a check: blank when |suggested −
 *    valuation| < 1, else "data suggest N", N = the suggestion rounded to a whole level
 *    (halves away from zero, as Sheets' ROUND: ±1.5 → ±2, so mirror-image data get mirror-image
 *    suggestions); "not valued; data suggest N" when no path values it.
 *  - open answers: the top 10 themes (Themes table's, else discovered words) overall and
 *    among detractors (NPS 0–6), each with its mentions and first comment as the example.
 */
export interface SurveyReportOptions {
  readonly period: Period;
  readonly scale: RatingScale;
  readonly cesScale: CesScaleOption;
  readonly calendar: PeriodCalendar;
  readonly locale: OutputLocale;
  /** The Touchpoints table's rows, when it exists. */
  readonly touchpoints?: readonly TouchpointRow[];
  /** The Themes table's themes, when it exists and has any. */
  readonly themes?: readonly Theme[];
}

export const REPORT_CONFIDENCE = 0.95;
export const TOP_THEMES = 10;
/** Answers 1–2 are dissatisfied whatever the scale (as CSAT_BY). */
export const DISSATISFIED_TO = 2;

export interface ShareWithInterval extends ShareInterval {
  readonly value: number;
  readonly responses: number;
}
export interface MeanWithInterval {
  readonly value: number;
  readonly responses: number;
  readonly interval?: MeanInterval;
}

export interface Headline {
  readonly responses: number;
  readonly nps: NpsInterval;
  readonly promoters: number;
  readonly passives: number;
  readonly detractors: number;
  readonly ces?: MeanWithInterval;
  readonly csat?: ShareWithInterval;
  readonly firstDate?: Date;
  readonly lastDate?: Date;
}

export interface GroupRow {
  readonly label: SummaryCell;
  readonly blank: boolean;
  readonly counts: NpsCounts;
  readonly interval: NpsInterval;
  /** Against the rest of the answers; undefined for the blank group or when there is no rest. */
  readonly pValue?: number;
  readonly flag?: 'above' | 'below';
}

export interface GroupSection {
  /** The column's header as the user wrote it. */
  readonly header: string;
  readonly rows: readonly GroupRow[];
}

export interface TouchpointReportRow {
  readonly header: string;
  readonly name: string;
  readonly responses: number;
  readonly csat?: ShareWithInterval;
  readonly dissatisfied?: number;
  readonly mean?: number;
  readonly importance?: number;
  readonly priority?: Priority;
  /** Undefined: the column matches no touchpoint of the Touchpoints table. */
  readonly matched: boolean;
  readonly valuation?: number;
  readonly suggested?: number;
  /** The whole level the data suggest when the check speaks; undefined when blank. */
  readonly check?: { readonly suggestedLevel: number; readonly notValued: boolean };
}

export interface ThemeRow {
  readonly label: string;
  readonly mentions: number;
  /** % of the comments considered (all, or the detractors'). */
  readonly share: number;
  readonly example?: string;
}

export interface SurveyReport {
  readonly scale: RatingScale;
  readonly cesScale: CesScaleOption;
  readonly period: Period;
  readonly headline: Headline;
  readonly trend: readonly NpsTrendRow[];
  readonly groups: readonly GroupSection[];
  readonly touchpoints: readonly TouchpointReportRow[];
  /** Why DRIVERS could not run, when it could not (and there are rating columns). */
  readonly driversProblem?: DriversProblem;
  readonly rSquared?: number;
  readonly themes: { readonly overall: readonly ThemeRow[]; readonly detractors: readonly ThemeRow[]; readonly comments: number; readonly detractorComments: number; readonly fromTable: boolean };
}

function share(satisfied: number, responses: number): ShareWithInterval | undefined {
  if (responses === 0) return undefined;
  return { value: (100 * satisfied) / responses, responses, ...wilsonInterval(satisfied, responses, REPORT_CONFIDENCE) };
}

function headline(r: ReportResponses, options: SurveyReportOptions): Headline {
  const counts = countNps(r.nps);
  const nps = npsInterval(counts, REPORT_CONFIDENCE);
  let ces: MeanWithInterval | undefined;
  if (r.ces) {
    const c = countCes(r.ces, options.cesScale);
    if (c.responses > 0) {
      let squares = 0;
      for (let i = 0; i < r.ces.length; i++) if (r.ces[i] === r.ces[i]) squares += r.ces[i] * r.ces[i];
      ces = { value: cesFromCounts(c, 'mean'), responses: c.responses, interval: meanInterval(c.responses, c.sum, squares, REPORT_CONFIDENCE, 1, options.cesScale) };
    }
  }
  let csat: ShareWithInterval | undefined;
  if (r.csat) {
    const c = countCsat(r.csat, topTwoBoxFrom(options.scale));
    csat = share(c.satisfied, c.responses);
  }
  let first: Date | undefined;
  let last: Date | undefined;
  for (const date of r.dates ?? []) {
    if (date === undefined) continue;
    if (first === undefined || date < first) first = date;
    if (last === undefined || date > last) last = date;
  }
  const pct = (k: number) => (100 * k) / counts.responses;
  return { responses: counts.responses, nps, promoters: pct(counts.promoters), passives: pct(counts.passives), detractors: pct(counts.detractors), ces, csat, firstDate: first, lastDate: last };
}

const asRows = (values: readonly unknown[]) => values.map((v) => [v]);

/** Sheets' ROUND to a whole number: halves away from zero (−1.5 → −2, 1.5 → 2), never −0. */
const roundHalfAwayFromZero = (x: number): number => (x < 0 ? -Math.round(-x) : Math.round(x)) + 0;

function trend(r: ReportResponses, options: SurveyReportOptions): NpsTrendRow[] {
  if (!r.dates || !r.dates.some((d) => d !== undefined)) return [];
  const words = SURVEY_TABLE_WORDS[options.locale];
  const grouping = { fn: 'Survey report', argName: 'Date', period: options.period, calendar: options.calendar };
  const groups = groupScores(r.nps, asRows(r.dates), r.rows, 1, { ...grouping, datesOnly: true });
  if (!groups.dated) return [];
  const counts = countByGroup(r.nps, groups, 3, NPS_SLOTS);
  return npsTrendRows(summaryRows(groups, counts, 3, { ...grouping, words, total: false }), REPORT_CONFIDENCE);
}

function groupSection(r: ReportResponses, header: string, values: readonly (string | undefined)[], options: SurveyReportOptions): GroupSection {
  const words = SURVEY_TABLE_WORDS[options.locale];
  const grouping = { fn: 'Survey report', argName: header, period: options.period, calendar: options.calendar };
  const groups = groupScores(r.nps, asRows(values.map((v) => v ?? '')), r.rows, 1, { ...grouping, datesOnly: false });
  const counts = countByGroup(r.nps, groups, 3, NPS_SLOTS);
  const rows = summaryRows(groups, counts, 3, { ...grouping, words, locale: options.locale, total: true });
  const total = npsCountsOf(rows[rows.length - 1].counts!);
  return {
    header,
    rows: rows.slice(0, -1).flatMap((row): GroupRow[] => {
      const c = npsCountsOf(row.counts!);
      if (c.responses === 0) return [];
      const blank = row.label === words.blank;
      const interval = npsInterval(c, REPORT_CONFIDENCE);
      const rest: NpsCounts = { promoters: total.promoters - c.promoters, passives: total.passives - c.passives, detractors: total.detractors - c.detractors, responses: total.responses - c.responses };
      if (blank || rest.responses === 0) return [{ label: row.label, blank, counts: c, interval }];
      const test = compareNps(c, rest);
      const flag = test.pValue < 1 - REPORT_CONFIDENCE ? (test.difference > 0 ? 'above' : 'below') : undefined;
      return [{ label: row.label, blank, counts: c, interval, pValue: test.pValue, flag }];
    }),
  };
}

/** The mean valuation over the paths a touchpoint is on; `matched` when the name is in the table at all. */
function valuationOf(name: string, touchpoints: readonly TouchpointRow[] | undefined): { matched: boolean; valuation?: number } {
  if (!touchpoints) return { matched: false };
  const key = matchKey(name);
  const rows = touchpoints.filter((t) => matchKey(t.touchpoint) === key);
  const valued = rows.flatMap((t) => (t.valuation === undefined ? [] : [t.valuation]));
  return { matched: rows.length > 0, valuation: valued.length === 0 ? undefined : valued.reduce((a, b) => a + b, 0) / valued.length };
}

function touchpointRows(r: ReportResponses, options: SurveyReportOptions): { rows: TouchpointReportRow[]; problem?: DriversProblem; rSquared?: number } {
  const k = r.ratings.length;
  if (k === 0) return { rows: [] };
  const labels = driverLabels(r.ratings.map((c) => c.header), (n) => `Driver ${n}`, ['R²']);
  const matrix = new Float64Array(r.rows * k);
  r.ratings.forEach((column, j) => column.values.forEach((v, i) => (matrix[i * k + j] = v)));
  let drivers: readonly DriverResult[] | undefined;
  let problem: DriversProblem | undefined;
  let rSquared: number | undefined;
  try {
    const analysis = analyseDrivers(r.nps, matrix, r.rows, labels);
    drivers = analysis.drivers;
    rSquared = analysis.rSquared;
  } catch (error) {
    if (!(error instanceof DriversError)) throw error;
    problem = error.problem;
  }
  const satisfiedFrom = topTwoBoxFrom(options.scale);
  const rows = r.ratings.map((column, j): TouchpointReportRow => {
    const c = countCsat(column.values, satisfiedFrom);
    let dissatisfied = 0;
    for (let i = 0; i < column.values.length; i++) if (column.values[i] <= DISSATISFIED_TO) dissatisfied++;
    const mean = meanScore(column.values);
    const driver = drivers?.find((d) => d.column === j);
    const { matched, valuation } = valuationOf(column.name, options.touchpoints);
    const suggested = matched && mean !== undefined ? valuationFromMeanScore(mean, 1, options.scale) : undefined;
    const speaks = suggested !== undefined && (valuation === undefined || Math.abs(suggested - valuation) >= 1);
    return {
      header: column.header,
      name: column.name,
      responses: c.responses,
      csat: share(c.satisfied, c.responses),
      dissatisfied: c.responses === 0 ? undefined : (100 * dissatisfied) / c.responses,
      mean,
      importance: driver?.importance,
      priority: driver?.priority,
      matched,
      valuation,
      suggested,
      check: speaks ? { suggestedLevel: roundHalfAwayFromZero(suggested!), notValued: valuation === undefined } : undefined,
    };
  });
  if (drivers) {
    const order = new Map(drivers.map((d, rank) => [d.column, rank]));
    const indexed = rows.map((row, j) => ({ row, rank: order.get(j) ?? Infinity, j }));
    indexed.sort((a, b) => a.rank - b.rank || a.j - b.j);
    return { rows: indexed.map((x) => x.row), rSquared };
  }
  return { rows, problem };
}

function themeRows(comments: readonly string[], scores: Float64Array | undefined, options: SurveyReportOptions): ThemeRow[] {
  if (comments.length === 0) return [];
  const summary = summariseThemes(comments, scores, options.themes, { locale: options.locale });
  return summary
    .filter((row) => row.kind === 'theme' && row.counts.mentions > 0)
    .slice(0, TOP_THEMES)
    .map((row) => ({ label: row.label, mentions: row.counts.mentions, share: (100 * row.counts.mentions) / comments.length, example: row.counts.example >= 0 ? comments[row.counts.example] : undefined }));
}

export function buildSurveyReport(r: ReportResponses, options: SurveyReportOptions): SurveyReport {
  const groups: GroupSection[] = [];
  if (r.segments) groups.push(groupSection(r, r.headers.segment ?? 'Segment', r.segments, options));
  if (r.channels) groups.push(groupSection(r, r.headers.channel ?? 'Channel', r.channels, options));
  const touchpoints = touchpointRows(r, options);

  const all: string[] = [];
  const allScores: number[] = [];
  const detractors: string[] = [];
  (r.comments ?? []).forEach((comment, i) => {
    const text = comment?.trim();
    if (!text) return;
    all.push(text);
    allScores.push(r.nps[i]);
    if (r.nps[i] <= 6) detractors.push(text);
  });
  return {
    scale: options.scale,
    cesScale: options.cesScale,
    period: options.period,
    headline: headline(r, options),
    trend: trend(r, options),
    groups,
    touchpoints: touchpoints.rows,
    driversProblem: touchpoints.problem,
    rSquared: touchpoints.rSquared,
    themes: {
      overall: themeRows(all, Float64Array.from(allScores), options),
      detractors: themeRows(detractors, undefined, options),
      comments: all.length,
      detractorComments: detractors.length,
      fromTable: options.themes !== undefined,
    },
  };
}
