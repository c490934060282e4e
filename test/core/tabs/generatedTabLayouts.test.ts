/**
 * Every generated tab's layout, in English and Polish, built from the example tabs a
 * newcomer inserts (src/core/examples/exampleTabs.ts), passes the checks a manager's eye
 * would (test/helpers/layoutChecks.ts): no label cut off, nothing under a chart, every
 * number formatted, every chart reading hidden cells. A new generated tab adds a line to
 * LAYOUTS.
 */
import { exampleTabNames, exampleTabs } from '../../../src/core/examples/exampleTabs';
import { readTouchpoints } from '../../../src/core/journey/touchpointsTable';
import { buildValuationGrid } from '../../../src/core/journey/valuationGrid';
import { valuationGridLayout } from '../../../src/core/journey/valuationGridLayout';
import { buildCostSatisfactionMatrix } from '../../../src/core/projects/costSatisfactionMatrix';
import { costSatisfactionLayout } from '../../../src/core/projects/costSatisfactionLayout';
import { linkProjects } from '../../../src/core/projects/projectLinks';
import { readProjects } from '../../../src/core/projects/projectsTable';
import { buildStakeholderMap } from '../../../src/core/stakeholders/stakeholderMap';
import { stakeholderMapLayout } from '../../../src/core/stakeholders/stakeholderMapLayout';
import { readStakeholders } from '../../../src/core/stakeholders/stakeholdersTable';
import { OUTPUT_LOCALES, OutputLocale } from '../../../src/core/tabs/outputLocale';
import { SheetLayout, SPREADSHEET_CELL_LIMIT, tabCellCount } from '../../../src/core/tabs/sheetLayout';
import { SourceGrid } from '../../../src/core/tables/tableSchema';
import { layoutProblems } from '../../helpers/layoutChecks';
import { readReportResponses } from '../../../src/core/report/reportResponses';
import { buildSurveyReport } from '../../../src/core/report/surveyReport';
import { surveyReportLayout } from '../../../src/core/report/surveyReportLayout';
import { civilFromDays, periodStart } from '../../../src/core/survey/datePeriod';
import { PeriodCalendar } from '../../../src/core/survey/scoreGroups';
import { readThemesTable } from '../../../src/core/themes/themesTable';

const builtAt = new Date(Date.UTC(2026, 10, 23, 4, 5));

function sources(locale: OutputLocale): { touchpoints: SourceGrid; projects: SourceGrid; stakeholders: SourceGrid; responses: SourceGrid; themes: SourceGrid } {
  const names = exampleTabNames(locale);
  const tabs = exampleTabs(locale, names);
  const tab = (role: string) => tabs.find((t) => t.role === role)!;
  const grid = (role: string): SourceGrid => ({ sheet: tab(role).name, firstRow: 1, firstColumn: 1, values: tab(role).rows as never });
  return { touchpoints: grid('touchpoints'), projects: grid('projects'), stakeholders: grid('stakeholders'), responses: grid('responses'), themes: grid('themes') };
}

const UTC: PeriodCalendar = {
  periodOf: (date, period) => periodStart(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), period),
  dateOf: (days) => {
    const { year, monthIndex, day } = civilFromDays(days);
    return new Date(Date.UTC(year, monthIndex, day));
  },
};

/** The example Responses with two rating columns added (one named as a touchpoint), so every section shows. */
function surveyReportOf(locale: OutputLocale): SheetLayout {
  const { touchpoints, responses, themes } = sources(locale);
  const t = readTouchpoints(touchpoints, {}, locale).rows;
  const first = t[0].touchpoint;
  const rated = responses.values.map((row, i) => [...row, i === 0 ? `CSAT ${first}` : 1 + (i % 5), i === 0 ? t[3].touchpoint : 1 + ((i * 3 + (row[3] as number)) % 5)]);
  const read = readReportResponses({ ...responses, values: rated as never }, { touchpointNames: t.map((x) => x.touchpoint), locale });
  const report = buildSurveyReport(read.responses!, { period: 'month', scale: 5, cesScale: 7, calendar: UTC, locale, touchpoints: t, themes: readThemesTable(themes, {}, locale).themes });
  return surveyReportLayout(report, locale, { source: 'Responses!A1:I25', builtAt }, UTC);
}

const LAYOUTS: Record<string, (locale: OutputLocale) => SheetLayout> = {
  'valuation grid': (locale) => {
    const read = readTouchpoints(sources(locale).touchpoints, {}, locale);
    return valuationGridLayout(buildValuationGrid(read.rows), locale, { source: 'Touchpoints!A1:I11', builtAt });
  },
  'cost vs satisfaction': (locale) => {
    const { touchpoints, projects } = sources(locale);
    const t = readTouchpoints(touchpoints, {}, locale);
    const p = readProjects(projects, {}, locale);
    const links = linkProjects(p.rows, t.rows, { sheet: projects.sheet, touchpointsColumn: p.touchpointsColumn, touchpointsHeader: p.touchpointsHeader, touchpointsSource: touchpoints.sheet }, locale);
    return costSatisfactionLayout(buildCostSatisfactionMatrix(p.rows, links.linked), locale, { source: 'Projects!A1:F7', builtAt });
  },
  'stakeholder map': (locale) => {
    const read = readStakeholders(sources(locale).stakeholders, {}, locale);
    expect(read.problems).toEqual([]);
    return stakeholderMapLayout(buildStakeholderMap(read.rows), locale, { source: 'Stakeholders!A1:H9', builtAt });
  },
  'survey report': surveyReportOf,
};

describe.each(Object.keys(LAYOUTS))('the %s tab', (tab) => {
  it.each(OUTPUT_LOCALES)('in %s cuts nothing off, hides nothing under a chart, formats every number and charts hidden data', (locale) => {
    const layout = LAYOUTS[tab](locale);
    expect(layout.charts.length).toBeGreaterThan(0);
    expect(layoutProblems(layout)).toEqual([]);
    expect(tabCellCount(layout)).toBeLessThan(SPREADSHEET_CELL_LIMIT);
  });

  it('writes no decimal point in a Polish label', () => {
    const layout = LAYOUTS[tab]('pl');
    const hidden = (column: number) => (layout.hiddenColumns ?? []).some((run) => column >= run.column && column < run.column + run.columns);
    const texts = layout.blocks.flatMap((block) => block.cells.flatMap((row) => row.filter((_, j) => !hidden(block.column + j)).map((cell) => cell.value)));
    expect(texts.filter((v) => typeof v === 'string' && /\d\.\d/.test(v))).toEqual([]);
  });
});
