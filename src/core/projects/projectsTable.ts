import { nameList, oneOf, optionalNumber, optionalText, requiredNumber, requiredText } from '../tables/cellParsers';
import { columnLetter } from '../tabs/columnLetters';
import { OutputLocale } from '../tabs/outputLocale';
import { PROBLEM_TEXTS } from '../tables/problemTexts';
import { bySheetPosition, TableProblem } from '../tables/tableProblem';
import { columnIn, ColumnMapping, ColumnSpec, readTable, SourceGrid, TableSchema } from '../tables/tableSchema';

/**
 * The Projects source table (DESIGN §3): Project (Projekt) · Cost (Koszt; a number ≥ 0 in
 * any unit) · Impact (Wpływ; optional number) · Touchpoints (Punkty styku; optional list
 * of touchpoint names separated by `;`, `,` or new lines) · Type (Typ: hard/soft,
 * twarda/miękka; optional) · Owner (Właściciel). Read by the same reader as the
 * Touchpoints table, with the same problem reporting, worded in the locale asked for.
 */
export type ProjectType = 'hard' | 'soft';

function projectsSchema(locale: OutputLocale) {
  const texts = PROBLEM_TEXTS[locale];
  return {
    name: locale === 'pl' ? 'Projekty' : 'Projects',
    columns: {
      project: columnIn(locale, 'Projekt', { name: 'Project', aliases: ['Projekt', 'Name', 'Nazwa'], required: true, parser: requiredText('projectName', texts) }),
      cost: columnIn(locale, 'Koszt', { name: 'Cost', aliases: ['Koszt'], required: true, parser: requiredNumber('cost', 0, texts) }),
      impact: columnIn(locale, 'Wpływ', { name: 'Impact', aliases: ['Wpływ'], required: false, parser: optionalNumber('impact', undefined, texts) }),
      touchpoints: columnIn(locale, 'Punkty styku', { name: 'Touchpoints', aliases: ['Touch points', 'Punkty styku'], required: false, parser: nameList('touchpointNames', texts) }),
      type: columnIn(locale, 'Typ', {
        name: 'Type',
        aliases: ['Typ', 'Rodzaj'],
        required: false,
        parser: oneOf<ProjectType>('projectType', { hard: ['hard', 'twarda', 'twardy'], soft: ['soft', 'miękka', 'miękki'] }, texts),
      }),
      owner: columnIn(locale, 'Właściciel', { name: 'Owner', aliases: ['Department', 'Właściciel', 'Dział'], required: false, parser: optionalText('owner', texts) }),
    },
  } satisfies TableSchema<Record<string, ColumnSpec<unknown>>>;
}

/** The schema in each output locale: the same headers recognised, messages in that language. */
export const PROJECTS_SCHEMAS = { en: projectsSchema('en'), pl: projectsSchema('pl') } as const;
export const PROJECTS_SCHEMA = PROJECTS_SCHEMAS.en;

export type ProjectColumn = keyof typeof PROJECTS_SCHEMA.columns;

/** One row of the Projects table, validated. */
export interface ProjectRow {
  readonly sheetRow: number;
  readonly project: string;
  readonly cost: number;
  /** Undefined: to be computed from the linked touchpoints. */
  readonly impact?: number;
  /** Touchpoint names as typed, each once. */
  readonly touchpoints: readonly string[];
  readonly type?: ProjectType;
  readonly owner?: string;
}

export interface ProjectsRead {
  readonly rows: readonly ProjectRow[];
  /** Every project row with the touchpoint names it lists, also rows with a problem elsewhere, for linking. */
  readonly linkRows: readonly { readonly sheetRow: number; readonly touchpoints: readonly string[] }[];
  readonly problems: readonly TableProblem[];
  readonly unusedHeaders: readonly string[];
  /** The sheet column of Touchpoints, for messages about the names in it. */
  readonly touchpointsColumn?: number;
  /** Its header as the user wrote it ("Punkty styku"). */
  readonly touchpointsHeader?: string;
}

/**
 * A blank impact is computed from the linked touchpoints; with none listed there is
 * nothing to compute it from, and a silent 0 would send the project to the bottom.
 */
function impactProblems(sheet: string, rows: readonly ProjectRow[], impactColumn: number | undefined, impactHeader: string | undefined, locale: OutputLocale): TableProblem[] {
  return rows
    .filter((row) => row.impact === undefined && row.touchpoints.length === 0)
    .map((row) => ({
      sheet,
      row: row.sheetRow,
      column: impactColumn === undefined ? undefined : columnLetter(impactColumn),
      header: impactHeader ?? PROJECTS_SCHEMAS[locale].columns.impact.name,
      problem: PROBLEM_TEXTS[locale].impactBlank,
      allowed: PROBLEM_TEXTS[locale].impactOrTouchpoints,
    }));
}

export function readProjects(grid: SourceGrid, mapping: ColumnMapping<ProjectColumn> = {}, locale: OutputLocale = 'en'): ProjectsRead {
  const table = readTable(PROJECTS_SCHEMAS[locale], grid, mapping, PROBLEM_TEXTS[locale]);
  const rows = table.rows.map(({ sheetRow, record }): ProjectRow => ({ sheetRow, ...record }));
  const headerOf = (column: number | undefined): string | undefined => {
    const cell = column === undefined ? undefined : grid.values[table.headerRow - grid.firstRow]?.[column - grid.firstColumn];
    return typeof cell === 'string' && cell.trim() !== '' ? cell.trim() : undefined;
  };
  return {
    rows,
    linkRows: table.partialRows.map(({ sheetRow, record }) => ({ sheetRow, touchpoints: record.touchpoints ?? [] })),
    problems: [...table.problems, ...impactProblems(grid.sheet, rows, table.columns.impact, headerOf(table.columns.impact), locale)].sort(bySheetPosition),
    unusedHeaders: table.unusedHeaders,
    touchpointsColumn: table.columns.touchpoints,
    touchpointsHeader: headerOf(table.columns.touchpoints),
  };
}
