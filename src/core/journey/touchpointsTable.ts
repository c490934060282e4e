import { flag, optionalText, requiredText, share, wholeLevel } from '../tables/cellParsers';
import { columnLetter } from '../tabs/columnLetters';
import { matchKey } from '../tables/matchKey';
import { OutputLocale } from '../tabs/outputLocale';
import { PROBLEM_TEXTS } from '../tables/problemTexts';
import { bySheetPosition, TableProblem } from '../tables/tableProblem';
import { columnIn, ColumnMapping, ColumnSpec, readTable, SourceGrid, TableSchema } from '../tables/tableSchema';
import { VALUATION_LEVELS } from './touchpointValuation';

/**
 * The Touchpoints source table (DESIGN §3): Stage (Etap) · Touchpoint (Punkt styku) ·
 * Path (Ścieżka / Kanał) · Valuation (Ocena) · Target (Cel) · Moment of truth (Moment
 * prawdy) · Effort point (Wysiłek klienta) · Reach (Zasięg) · Owner (Właściciel / Dział).
 * Row order is journey order. A blank Stage continues the stage above (a stage written
 * once, or merged cells, which Sheets reads as the first cell followed by blanks).
 *
 * Valuation and Target are whole levels −2..+2: the emotion grid has one row per level,
 * so a fractional valuation (which TOUCHPOINT_VALUE may compute) has no row to sit in.
 * Problems are worded in the locale asked for (English by default).
 */
function touchpointsSchema(locale: OutputLocale) {
  const texts = PROBLEM_TEXTS[locale];
  return {
    name: locale === 'pl' ? 'Punkty styku' : 'Touchpoints',
    columns: {
      stage: columnIn(locale, 'Etap', { name: 'Stage', aliases: ['Etap'], required: true, parser: requiredText('stageName', texts), continuesAbove: true }),
      touchpoint: columnIn(locale, 'Punkt styku', { name: 'Touchpoint', aliases: ['Touch point', 'Punkt styku'], required: true, parser: requiredText('touchpointName', texts) }),
      path: columnIn(locale, 'Ścieżka', { name: 'Path', aliases: ['Channel', 'Ścieżka', 'Kanał'], required: false, parser: optionalText('pathName', texts) }),
      valuation: columnIn(locale, 'Ocena', {
        name: 'Valuation',
        aliases: ['Current', 'Ocena'],
        required: true,
        parser: wholeLevel(VALUATION_LEVELS, 'valuationLevel', `${texts.levelAllowed} ${texts.notYetValued}`, texts),
      }),
      target: columnIn(locale, 'Cel', { name: 'Target', aliases: ['Cel'], required: false, parser: wholeLevel(VALUATION_LEVELS, 'targetLevel', `${texts.levelAllowed} ${texts.defaultTarget}`, texts) }),
      momentOfTruth: columnIn(locale, 'Moment prawdy', { name: 'Moment of truth', aliases: ['Moment prawdy'], required: false, parser: flag('momentOfTruth', texts) }),
      effortPoint: columnIn(locale, 'Wysiłek klienta', { name: 'Effort point', aliases: ['Effort', 'Wysiłek klienta', 'Punkt wysiłku'], required: false, parser: flag('effortPoint', texts) }),
      reach: columnIn(locale, 'Zasięg', { name: 'Reach', aliases: ['Zasięg'], required: false, parser: share('reach', texts) }),
      owner: columnIn(locale, 'Właściciel', { name: 'Owner', aliases: ['Department', 'Właściciel', 'Dział'], required: false, parser: optionalText('owner', texts) }),
    },
  } satisfies TableSchema<Record<string, ColumnSpec<unknown>>>;
}

/** The schema in each output locale: the same headers recognised, messages in that language. */
export const TOUCHPOINTS_SCHEMAS = { en: touchpointsSchema('en'), pl: touchpointsSchema('pl') } as const;
export const TOUCHPOINTS_SCHEMA = TOUCHPOINTS_SCHEMAS.en;

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
  /** Every row with a name, also rows with a problem elsewhere: what projects may link to. */
  readonly namedRows: readonly { readonly sheetRow: number; readonly touchpoint: string; readonly path?: string }[];
  readonly problems: readonly TableProblem[];
  readonly unusedHeaders: readonly string[];
  /** Each found column's header as the user wrote it, for messages ("Valuation" in a Polish build). */
  readonly headers?: { readonly [Key in TouchpointColumn]?: string };
}

/**
 * Two rows naming the same touchpoint (by its case- and accent-insensitive name) on the
 * same path, or one of them on no path (it belongs to every path), would be one column
 * twice in a path's grid and an ambiguous link for projects.
 */
function duplicateProblems(
  sheet: string,
  rows: readonly { sheetRow: number; touchpoint?: string; path?: string }[],
  column: number | undefined,
  header: string,
  locale: OutputLocale,
): TableProblem[] {
  const texts = PROBLEM_TEXTS[locale];
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
        header,
        value: JSON.stringify(row.touchpoint),
        problem: texts.repeatsTouchpoint(clash.sheetRow, onPath),
        allowed: texts.oncePerPath,
      });
    }
    seen.set(key, [...earlier, row]);
  }
  return problems;
}

export function readTouchpoints(grid: SourceGrid, mapping: ColumnMapping<TouchpointColumn> = {}, locale: OutputLocale = 'en'): TouchpointsRead {
  const table = readTable(TOUCHPOINTS_SCHEMAS[locale], grid, mapping, PROBLEM_TEXTS[locale]);
  const rows = table.rows.map(({ sheetRow, record }): TouchpointRow => ({ sheetRow, ...record }));
  const named = table.partialRows.map(({ sheetRow, record }) => ({ sheetRow, touchpoint: record.touchpoint, path: record.path }));
  const duplicates = duplicateProblems(grid.sheet, named, table.columns.touchpoint, table.headers.touchpoint ?? TOUCHPOINTS_SCHEMAS[locale].columns.touchpoint.name, locale);
  const namedRows = named.flatMap((row) => (row.touchpoint === undefined ? [] : [{ ...row, touchpoint: row.touchpoint }]));
  return { rows, namedRows, problems: [...table.problems, ...duplicates].sort(bySheetPosition), unusedHeaders: table.unusedHeaders, headers: table.headers };
}
