import { buildCostSatisfactionMatrix, tooFewProjects } from '../core/projects/costSatisfactionMatrix';
import { defaultTabs } from '../core/sources/sourceKinds';
import { costSatisfactionLayout } from '../core/projects/costSatisfactionLayout';
import { COST_SATISFACTION_TEXTS } from '../core/projects/costSatisfactionTexts';
import { OutputLocale } from '../core/tabs/outputLocale';
import { LinkPlace, linkProjects } from '../core/projects/projectLinks';
import { ProjectColumn, readProjects } from '../core/projects/projectsTable';
import { TableProblem } from '../core/tables/tableProblem';
import { ColumnMapping } from '../core/tables/tableSchema';
import { readTouchpoints, TouchpointColumn, TouchpointRow } from '../core/journey/touchpointsTable';
import { withDocumentLock } from '../sheets/documentLock';
import { readTableSource, TableSourceChoice } from '../sheets/tableSource';
import { BUILD_MESSAGES } from './buildMessages';
import { buildLocale, checkLocale, checkMapping, checkSource, InvalidTables, invalidTables, nameTakenWarning, TabBuilt, unusedColumnsWarning, writeBuiltTab } from './buildResult';

/**
 * Builds the "Cost vs satisfaction" tab from the Projects table, and the Touchpoints
 * table when a project's impact must be computed or its touchpoint names checked
 * (DESIGN §3–§4): the server side of the sidebar's button and of `cx-sheets matrix`.
 *
 * Read each table in one call → validate every row of both, link touchpoint names → if
 * anything is wrong, return every problem together and write nothing → else compute
 * impacts, quadrants and ranks and write the generated tab, all under the document lock.
 *
 * The Touchpoints table is read when some project lists touchpoints or has a blank
 * impact. Missing, it is a problem only when an impact must be computed from it (or the
 * caller chose it); otherwise the names go unchecked, with a warning.
 */
export interface CostSatisfactionOptions {
  /** Where the Projects table is; default: the tab "Projects" or "Projekty". */
  readonly projectsSource?: TableSourceChoice;
  /** Where the Touchpoints table is; default: the tab "Touchpoints" or "Punkty styku". */
  readonly touchpointsSource?: TableSourceChoice;
  readonly projectsMapping?: ColumnMapping<ProjectColumn>;
  readonly touchpointsMapping?: ColumnMapping<TouchpointColumn>;
  /** The cost line; default: the median cost. */
  readonly costSplit?: number;
  /** The impact line; default: the median impact. */
  readonly impactSplit?: number;
  readonly locale?: OutputLocale;
}

/** `source`: the Projects range, then the Touchpoints range when that table was read. */
export interface CostSatisfactionBuilt extends TabBuilt {
  readonly counts: {
    readonly projects: number;
    readonly quickWins: number;
    readonly majorProjects: number;
    readonly fillIns: number;
    readonly moneyPits: number;
    readonly computedImpacts: number;
    /** Projects exactly on a split line, placed on the favourable side. */
    readonly onSplitLines: number;
  };
  readonly splits: { readonly cost: number; readonly impact: number; readonly costGiven: boolean; readonly impactGiven: boolean };
  /** The projects whose impact was computed from touchpoints, in rank order. */
  readonly computedImpacts: readonly string[];
}

export type CostSatisfactionResult = CostSatisfactionBuilt | InvalidTables;

export const COST_SATISFACTION_KIND = 'cost-satisfaction';
const WHAT = 'Cost vs satisfaction';

function checkOptions(options: CostSatisfactionOptions): void {
  checkLocale(WHAT, options.locale);
  checkSource(WHAT, options.projectsSource, 'projectsSource');
  checkSource(WHAT, options.touchpointsSource, 'touchpointsSource');
  checkMapping(WHAT, options.projectsMapping);
  checkMapping(WHAT, options.touchpointsMapping);
  for (const key of ['costSplit', 'impactSplit'] as const) {
    const value: unknown = options[key];
    if (value !== undefined && (typeof value !== 'number' || !Number.isFinite(value))) throw new Error(`${WHAT}: ${key} ${JSON.stringify(value)} is not a number`);
  }
}

const rowList = (rows: readonly number[]): string => (rows.length > 5 ? `${rows.slice(0, 5).join(', ')}…` : rows.join(', '));

export function buildCostSatisfactionTab(rawOptions?: CostSatisfactionOptions): CostSatisfactionResult {
  const options = rawOptions ?? {};
  checkOptions(options);
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  return withDocumentLock(WHAT, () => {
    const locale = buildLocale(spreadsheet, options.locale);
    const messages = BUILD_MESSAGES[locale];
    const projectsRead = readTableSource(spreadsheet, options.projectsSource, defaultTabs('projects'), locale);
    if ('problem' in projectsRead) return invalidTables([projectsRead.problem], undefined, locale);
    const projects = readProjects(projectsRead.grid, options.projectsMapping, locale);
    const linkPlace = (touchpointsSource: string): LinkPlace => ({
      sheet: projectsRead.grid.sheet,
      touchpointsColumn: projects.touchpointsColumn,
      touchpointsHeader: projects.touchpointsHeader,
      touchpointsSource,
    });
    const problems: TableProblem[] = [...projects.problems];
    const sources = [projectsRead.a1];
    const warnings: string[] = [];

    const computedRows = projects.rows.filter((p) => p.impact === undefined).map((p) => p.sheetRow);
    const listsTouchpoints = projects.linkRows.some((p) => p.touchpoints.length > 0);
    let touchpoints: readonly TouchpointRow[] | undefined;
    let touchpointsSource = '';
    if (computedRows.length > 0 || listsTouchpoints || options.touchpointsSource !== undefined) {
      const read = readTableSource(spreadsheet, options.touchpointsSource, defaultTabs('touchpoints'), locale, true);
      if ('problem' in read) {
        if (computedRows.length > 0 || options.touchpointsSource !== undefined) {
          const why = computedRows.length === 0 ? '' : messages.blankImpactsNeedTouchpoints(rowList(computedRows), computedRows.length);
          problems.push({ ...read.problem, problem: `${read.problem.problem}${why}` });
        } else {
          warnings.push(messages.touchpointsNotChecked);
        }
      } else {
        const table = readTouchpoints(read.grid, options.touchpointsMapping, locale);
        for (const problem of table.problems) problems.push(problem);
        sources.push(read.a1);
        touchpointsSource = read.a1;
        if (table.problems.length === 0) touchpoints = table.rows;
        // Names are checked against a table with problems too, so that one run lists them all.
        else for (const problem of linkProjects(projects.linkRows, table.namedRows, linkPlace(read.a1), locale).problems) problems.push(problem);
        const unused = unusedColumnsWarning(table.unusedHeaders, read.a1, locale);
        if (unused !== undefined) warnings.push(unused);
      }
    }
    const links = touchpoints === undefined ? undefined : linkProjects(projects.linkRows, touchpoints, linkPlace(touchpointsSource), locale);
    if (links) for (const problem of links.problems) problems.push(problem);
    const tooFew = problems.length === 0 ? tooFewProjects(projectsRead.grid.sheet, projects.rows.length, locale) : undefined;
    if (tooFew) problems.push(tooFew);
    const source = sources.join(', ');
    if (problems.length > 0) return invalidTables(problems, source, locale);

    const matrix = buildCostSatisfactionMatrix(projects.rows, links?.linked, { cost: options.costSplit, impact: options.impactSplit }, locale);
    const written = writeBuiltTab(spreadsheet, {
      kind: COST_SATISFACTION_KIND,
      source: source,
      sourceSheet: projectsRead.grid.sheet,
      name: COST_SATISFACTION_TEXTS[locale].tabName,
      locale,
      layout: (builtAt) => costSatisfactionLayout(matrix, locale, { source, builtAt }),
    });

    const nameTaken = nameTakenWarning(written, messages.theMatrix, locale);
    const unused = unusedColumnsWarning(projects.unusedHeaders, projectsRead.a1, locale);
    for (const p of matrix.projects) {
      if (p.unvaluedTouchpoints.length > 0) {
        warnings.push(messages.unvaluedLinked(p.name, p.sheetRow, p.unvaluedTouchpoints));
      }
    }
    const q = matrix.quadrants;
    return {
      ok: true,
      tabName: written.tabName,
      replaced: written.replaced,
      source,
      locale,
      counts: {
        projects: matrix.projects.length,
        quickWins: q.quickWins.length,
        majorProjects: q.majorProjects.length,
        fillIns: q.fillIns.length,
        moneyPits: q.moneyPits.length,
        computedImpacts: matrix.computedImpacts,
        onSplitLines: matrix.projects.filter((p) => p.placement.onCostLine || p.placement.onImpactLine).length,
      },
      splits: { ...matrix.splits },
      computedImpacts: matrix.projects.filter((p) => p.impactComputed).map((p) => p.name),
      warnings: [...(nameTaken === undefined ? [] : [nameTaken]), ...(unused === undefined ? [] : [unused]), ...warnings],
    };
  });
}
