import { flag, optionalText, requiredText, share, wholeLevel } from './cellParsers';
import { columnLetter } from './columnLetters';
import { matchKey } from './matchKey';
import { bySheetPosition, TableProblem } from './tableProblem';
import { ColumnMapping, ColumnSpec, readTable, SourceGrid, TableSchema } from './tableSchema';
import { VALUATION_LEVELS } from './touchpointValuation';

/**
 * The Touchpoints source table (DESIGN §3): Stage (Etap) · Touchpoint (Punkt styku) ·
 * Path (Ścieżka / Kanał) · Valuation (Ocena) · Target (Cel) · Moment of truth (Moment
 * prawdy) · Effort point (Wysiłek klienta) · Reach (Zasięg) · Owner (Właściciel / Dział).
 * Row order is journey order.
 *
 * Valuation and Target are whole levels −2..+2: the emotion grid has one row per level,
 * so a fractional valuation (which TOUCHPOINT_VALUE may compute) has no row to sit in.
 */
const LEVEL_ALLOWED = 'a whole level −2, −1, 0, 1 or 2 (the emotion grid has these five rows), or blank';

export const TOUCHPOINTS_SCHEMA = {
  name: 'Touchpoints',
  columns: {
    stage: { name: 'Stage', aliases: ['Etap'], required: true, parser: requiredText('stage name') },
    touchpoint: { name: 'Touchpoint', aliases: ['Touch point', 'Punkt styku'], required: true, parser: requiredText('touchpoint name') },
    path: { name: 'Path', aliases: ['Channel', 'Ścieżka', 'Kanał'], required: false, parser: optionalText('path name') },
    valuation: { name: 'Valuation', aliases: ['Current', 'Ocena'], required: true, parser: wholeLevel(VALUATION_LEVELS, 'valuation level', `${LEVEL_ALLOWED} (= not yet valued)`) },
    target: { name: 'Target', aliases: ['Cel'], required: false, parser: wholeLevel(VALUATION_LEVELS, 'target level', `${LEVEL_ALLOWED} (= the default target: 0 for a negative valuation, else the valuation)`) },
    momentOfTruth: { name: 'Moment of truth', aliases: ['Moment prawdy'], required: false, parser: flag('moment of truth') },
    effortPoint: { name: 'Effort point', aliases: ['Effort', 'Wysiłek klienta', 'Punkt wysiłku'], required: false, parser: flag('effort point') },
    reach: { name: 'Reach', aliases: ['Zasięg'], required: false, parser: share('reach') },
    owner: { name: 'Owner', aliases: ['Department', 'Właściciel', 'Dział'], required: false, parser: optionalText('owner') },
  },
} satisfies TableSchema<Record<string, ColumnSpec<unknown>>>;

export type TouchpointColumn = keyof typeof TOUCHPOINTS_SCHEMA.columns;

/** One row of the Touchpoints table, validated. */
export interface TouchpointRow {
  readonly sheetRow: number;
  readonly stage: string;
  readonly touchpoint: string;
  /** Undefined: the touchpoint belongs to every path. */
  readonly path?: string;
  /** Undefined: not valued yet. */
  readonly valuation?: number;
  readonly target?: number;
  readonly momentOfTruth: boolean;
  readonly effortPoint: boolean;
  /** Share of customers who meet it, 0..1; undefined when not given. */
  readonly reach?: number;
  readonly owner?: string;
}

export interface TouchpointsRead {
  readonly rows: readonly TouchpointRow[];
  readonly problems: readonly TableProblem[];
  readonly unusedHeaders: readonly string[];
}

/**
 * Two rows naming the same touchpoint (by its case- and accent-insensitive name) on the
 * same path, or one of them on no path (it belongs to every path), would be one column
 * twice in a path's grid and an ambiguous link for projects.
 */
function duplicateProblems(sheet: string, rows: readonly { sheetRow: number; touchpoint?: string; path?: string }[], column: number | undefined): TableProblem[] {
  const problems: TableProblem[] = [];
  const seen = new Map<string, { sheetRow: number; path?: string }[]>();
  for (const row of rows) {
    if (row.touchpoint === undefined) continue; // its own problem is reported already
    const key = matchKey(row.touchpoint);
    const earlier = seen.get(key) ?? [];
    const clash = earlier.find((other) => other.path === undefined || row.path === undefined || matchKey(other.path) === matchKey(row.path));
    if (clash) {
      const onPath = row.path ?? clash.path;
      problems.push({
        sheet,
        row: row.sheetRow,
        column: column === undefined ? undefined : columnLetter(column),
        header: 'Touchpoint',
        value: JSON.stringify(row.touchpoint),
        problem: `repeats the touchpoint of row ${clash.sheetRow}${onPath === undefined ? '' : ` on path "${onPath}"`}`,
        allowed: 'each touchpoint name once per path (a touchpoint with no path is on every path)',
      });
    }
    seen.set(key, [...earlier, row]);
  }
  return problems;
}

export function readTouchpoints(grid: SourceGrid, mapping: ColumnMapping<TouchpointColumn> = {}): TouchpointsRead {
  const table = readTable(TOUCHPOINTS_SCHEMA, grid, mapping);
  const rows = table.rows.map(({ sheetRow, record }): TouchpointRow => ({ sheetRow, ...record }));
  const named = table.partialRows.map(({ sheetRow, record }) => ({ sheetRow, touchpoint: record.touchpoint, path: record.path }));
  const duplicates = duplicateProblems(grid.sheet, named, table.columns.touchpoint);
  return { rows, problems: [...table.problems, ...duplicates].sort(bySheetPosition), unusedHeaders: table.unusedHeaders };
}
