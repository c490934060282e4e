import { readTouchpoints, TouchpointColumn, TouchpointRow } from '../core/journey/touchpointsTable';
import { defaultTabs } from '../core/sources/sourceKinds';
import { CES_SCALES, CesScaleOption, RATING_SCALES, RatingScale, readReportResponses } from '../core/report/reportResponses';
import { buildSurveyReport } from '../core/report/surveyReport';
import { signedLevel, surveyReportLayout } from '../core/report/surveyReportLayout';
import { SURVEY_REPORT_TEXTS } from '../core/report/surveyReportTexts';
import { Period, PERIODS } from '../core/survey/datePeriod';
import { ResponseColumn } from '../core/survey/responsesTable';
import { readThemesTable, ThemesColumn } from '../core/themes/themesTable';
import { Theme } from '../core/themes/themeKeywords';
import { OutputLocale } from '../core/tabs/outputLocale';
import { TableProblem } from '../core/tables/tableProblem';
import { ColumnMapping } from '../core/tables/tableSchema';
import { SheetCalendar } from '../functions/sheetCalendar';
import { withDocumentLock } from '../sheets/documentLock';
import { readTableSource, TableSourceChoice } from '../sheets/tableSource';
import { buildLocale, checkLocale, checkMapping, checkSource, InvalidTables, invalidTables, nameTakenWarning, TabBuilt, unusedColumnsWarning, writeBuiltTab } from './buildResult';

/**
 * Builds the "Survey report" tab (DESIGN §4) from the Responses table, with the Touchpoints
 * and Themes tables when they exist: the server side of the sidebar's card, the menu item,
 * `cx-sheets report` and `cx-sheets build`.
 *
 * Read each table in one call (Responses, then Touchpoints and Themes from their default
 * tabs if present — never a dated Touchpoints copy, whose name is not a default) → validate
 * every row of each → if anything is wrong, return every problem and write nothing → else
 * compute the report (core/report) and write the generated tab, all under the document lock.
 * The number of service calls does not depend on the number of responses.
 */
export interface SurveyReportOptions {
  /** Where the Responses table is; default: the tab "Responses" or "Odpowiedzi". */
  readonly source?: TableSourceChoice;
  readonly mapping?: ColumnMapping<ResponseColumn>;
  /** The Touchpoints table; default: the tab "Touchpoints" or "Punkty styku" when it exists. */
  readonly touchpointsSource?: TableSourceChoice;
  /** Its column mapping, as the sidebar's Touchpoints card sets it. */
  readonly touchpointsMapping?: ColumnMapping<TouchpointColumn>;
  /** The Themes table; default: the tab "Themes" or "Tematy" when it exists. */
  readonly themesSource?: TableSourceChoice;
  /** Its column mapping, as the sidebar's Themes card sets it. */
  readonly themesMapping?: ColumnMapping<ThemesColumn>;
  /** The trend's period: "month" (default), "week" or "quarter" (also "day", "year"). */
  readonly period?: Period;
  /** The rating columns' (and CSAT's) scale: 5 (default), 7 or 10. */
  readonly scale?: RatingScale;
  /** CES's scale: 7 (default) or 5. */
  readonly cesScale?: CesScaleOption;
  readonly locale?: OutputLocale;
}

export interface SurveyReportBuilt extends TabBuilt {
  readonly counts: {
    readonly responses: number;
    readonly ratingColumns: number;
    readonly periods: number;
    readonly flaggedGroups: number;
    readonly valuationChecks: number;
    readonly themes: number;
  };
  /** NPS and its 95% interval, rounded to one decimal. */
  readonly nps: { readonly value: number; readonly lower: number; readonly upper: number };
  /** The most important rating column, when DRIVERS ran. */
  readonly topDriver?: { readonly name: string; readonly importance: number };
  /** The touchpoint whose valuation differs most from what the data suggest. */
  readonly biggestMismatch?: { readonly name: string; readonly valuation?: number; readonly suggested: number; readonly check: string };
}

export type SurveyReportResult = SurveyReportBuilt | InvalidTables;

export const SURVEY_REPORT_KIND = 'survey-report';
const WHAT = 'Survey report';

function checkOptions(options: SurveyReportOptions): void {
  checkLocale(WHAT, options.locale);
  checkSource(WHAT, options.source);
  checkSource(WHAT, options.touchpointsSource, 'touchpointsSource');
  checkSource(WHAT, options.themesSource, 'themesSource');
  checkMapping(WHAT, options.mapping);
  checkMapping(WHAT, options.touchpointsMapping);
  checkMapping(WHAT, options.themesMapping);
  if (options.period !== undefined && !PERIODS.includes(options.period)) throw new Error(`${WHAT}: period ${JSON.stringify(options.period)}; allowed: ${PERIODS.join(', ')}`);
  if (options.scale !== undefined && !RATING_SCALES.includes(options.scale)) throw new Error(`${WHAT}: scale ${JSON.stringify(options.scale)}; allowed: ${RATING_SCALES.join(', ')}`);
  if (options.cesScale !== undefined && !CES_SCALES.includes(options.cesScale)) throw new Error(`${WHAT}: cesScale ${JSON.stringify(options.cesScale)}; allowed: ${CES_SCALES.join(', ')}`);
}

const round1 = (x: number) => Math.round(x * 10) / 10;

export function buildSurveyReportTab(rawOptions?: SurveyReportOptions): SurveyReportResult {
  const options = rawOptions ?? {};
  checkOptions(options);
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  return withDocumentLock(WHAT, () => {
    const locale = buildLocale(spreadsheet, options.locale);
    const texts = SURVEY_REPORT_TEXTS[locale];
    const problems: TableProblem[] = [];
    const sources: string[] = [];
    const warnings: string[] = [];
    /** An optional table: the given one (a problem if missing), else a default tab only when it exists. */
    const optional = (choice: TableSourceChoice | undefined, defaults: readonly string[]) => {
      if (choice === undefined && !defaults.some((name) => spreadsheet.getSheetByName(name) !== null)) return undefined;
      const read = readTableSource(spreadsheet, choice, defaults, locale);
      if ('problem' in read) {
        problems.push(read.problem);
        return undefined;
      }
      sources.push(read.a1);
      return read;
    };

    const responsesRead = readTableSource(spreadsheet, options.source, defaultTabs('responses'), locale);
    if ('problem' in responsesRead) return invalidTables([responsesRead.problem], undefined, locale);
    sources.push(responsesRead.a1);

    let touchpoints: readonly TouchpointRow[] | undefined;
    const touchpointsRead = optional(options.touchpointsSource, defaultTabs('touchpoints'));
    if (touchpointsRead) {
      const table = readTouchpoints(touchpointsRead.grid, options.touchpointsMapping, locale);
      for (const problem of table.problems) problems.push(problem);
      touchpoints = table.rows;
    }
    let themes: readonly Theme[] | undefined;
    const themesRead = optional(options.themesSource, defaultTabs('themes'));
    if (themesRead) {
      const table = readThemesTable(themesRead.grid, options.themesMapping, locale);
      for (const problem of table.problems) problems.push(problem);
      themes = table.themes.length === 0 ? undefined : table.themes;
    }
    const scale = options.scale ?? 5;
    const period = options.period ?? 'month';
    const calendar = new SheetCalendar();
    const responses = readReportResponses(responsesRead.grid, {
      trend: { period, calendar },
      scale,
      cesScale: options.cesScale,
      touchpointNames: touchpoints?.map((t) => t.touchpoint),
      mapping: options.mapping,
      locale,
    });
    // The responses' problems first, then those of the other tables.
    const allProblems = responses.problems.concat(problems);
    const source = sources.join(', ');
    if (allProblems.length > 0 || !responses.responses) return invalidTables(allProblems, source, locale);

    const report = buildSurveyReport(responses.responses, {
      period,
      scale,
      cesScale: options.cesScale ?? 7,
      calendar,
      locale,
      touchpoints,
      themes,
    });
    const written = writeBuiltTab(spreadsheet, {
      kind: SURVEY_REPORT_KIND,
      source: source,
      sourceSheet: responsesRead.grid.sheet,
      name: texts.tabName,
      locale,
      layout: (builtAt) => surveyReportLayout(report, locale, { source, builtAt }, calendar),
    });

    const nameTaken = nameTakenWarning(written, texts.theReport, locale);
    if (nameTaken !== undefined) warnings.push(nameTaken);
    const unused = unusedColumnsWarning(responses.responses.unusedHeaders, responsesRead.a1, locale);
    if (unused !== undefined) warnings.push(unused);

    const h = report.headline;
    const top = report.touchpoints.find((t) => t.importance !== undefined);
    const mismatches = report.touchpoints.filter((t) => t.check !== undefined && t.suggested !== undefined);
    const gap = (t: (typeof mismatches)[number]) => (t.valuation === undefined ? 0 : Math.abs(t.suggested! - t.valuation));
    const biggest = mismatches.sort((a, b) => gap(b) - gap(a))[0];
    const checkText = (t: (typeof mismatches)[number]) => (t.check!.notValued ? texts.notValuedDataSuggest : texts.dataSuggest)(signedLevel(t.check!.suggestedLevel));
    return {
      ok: true,
      tabName: written.tabName,
      replaced: written.replaced,
      source,
      locale,
      counts: {
        responses: h.responses,
        ratingColumns: report.touchpoints.length,
        periods: report.trend.length,
        flaggedGroups: report.groups.reduce((n, g) => n + g.rows.filter((r) => r.flag !== undefined).length, 0),
        valuationChecks: mismatches.length,
        themes: report.themes.overall.length,
      },
      nps: { value: round1(h.nps.nps), lower: round1(h.nps.lower), upper: round1(h.nps.upper) },
      topDriver: top ? { name: top.name, importance: round1(top.importance!) } : undefined,
      biggestMismatch: biggest ? { name: biggest.name, valuation: biggest.valuation, suggested: Math.round(biggest.suggested! * 100) / 100, check: checkText(biggest) } : undefined,
      warnings,
    };
  });
}
