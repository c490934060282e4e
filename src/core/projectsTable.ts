import { nameList, oneOf, optionalNumber, optionalText, requiredNumber, requiredText } from './cellParsers';
import { columnLetter } from './columnLetters';
import { bySheetPosition, TableProblem } from './tableProblem';
import { ColumnMapping, ColumnSpec, readTable, SourceGrid, TableSchema } from './tableSchema';

/**
 * The Projects source table (DESIGN §3): Project (Projekt) · Cost (Koszt; a number ≥ 0 in
 * any unit) · Impact (Wpływ; optional number) · Touchpoints (Punkty styku; optional list
 * of touchpoint names separated by `;`, `,` or new lines) · Type (Typ: hard/soft,
 * twarda/miękka; optional) · Owner (Właściciel). Read by the same reader as the
 * Touchpoints table, with the same problem reporting.
 */
export type ProjectType = 'hard' | 'soft';

export const PROJECTS_SCHEMA = {
  name: 'Projects',
  columns: {
    project: { name: 'Project', aliases: ['Projekt', 'Name', 'Nazwa'], required: true, parser: requiredText('project name') },
    cost: { name: 'Cost', aliases: ['Koszt'], required: true, parser: requiredNumber('cost', 0) },
    impact: { name: 'Impact', aliases: ['Wpływ'], required: false, parser: optionalNumber('impact') },
    touchpoints: { name: 'Touchpoints', aliases: ['Touch points', 'Punkty styku'], required: false, parser: nameList('touchpoint names') },
    type: { name: 'Type', aliases: ['Typ', 'Rodzaj'], required: false, parser: oneOf<ProjectType>('project type', { hard: ['hard', 'twarda', 'twardy'], soft: ['soft', 'miękka', 'miękki'] }) },
    owner: { name: 'Owner', aliases: ['Department', 'Właściciel', 'Dział'], required: false, parser: optionalText('owner') },
  },
} satisfies TableSchema<Record<string, ColumnSpec<unknown>>>;

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
function impactProblems(sheet: string, rows: readonly ProjectRow[], impactColumn: number | undefined, impactHeader: string | undefined): TableProblem[] {
  return rows
    .filter((row) => row.impact === undefined && row.touchpoints.length === 0)
    .map((row) => ({
      sheet,
      row: row.sheetRow,
      column: impactColumn === undefined ? undefined : columnLetter(impactColumn),
      header: impactHeader ?? PROJECTS_SCHEMA.columns.impact.name,
      problem: 'the impact is blank and the project lists no touchpoints to compute it from',
      allowed: 'an impact number, or the touchpoints the project lifts (its impact is then Σ gap to target × reach)',
    }));
}

export function readProjects(grid: SourceGrid, mapping: ColumnMapping<ProjectColumn> = {}): ProjectsRead {
  const table = readTable(PROJECTS_SCHEMA, grid, mapping);
  const rows = table.rows.map(({ sheetRow, record }): ProjectRow => ({ sheetRow, ...record }));
  const headerOf = (column: number | undefined): string | undefined => {
    const cell = column === undefined ? undefined : grid.values[table.headerRow - grid.firstRow]?.[column - grid.firstColumn];
    return typeof cell === 'string' && cell.trim() !== '' ? cell.trim() : undefined;
  };
  return {
    rows,
    problems: [...table.problems, ...impactProblems(grid.sheet, rows, table.columns.impact, headerOf(table.columns.impact))].sort(bySheetPosition),
    unusedHeaders: table.unusedHeaders,
    touchpointsColumn: table.columns.touchpoints,
    touchpointsHeader: headerOf(table.columns.touchpoints),
  };
}
