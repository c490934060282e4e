import { CellParser } from './cellParsers';
import { CellValue, describeCellValue, isBlankCell } from './cellValue';
import { matchKey } from './matchKey';
import { columnLetter, columnNumber } from '../tabs/columnLetters';
import { OutputLocale } from '../tabs/outputLocale';
import { PROBLEM_TEXTS, ProblemTexts } from './problemTexts';
import { TableProblem } from './tableProblem';

/**
 * Reading a source table (DESIGN §3): a header row, then one row per item. Columns are
 * found by header, in English or Polish, case- and accent-insensitive; the user may map
 * the columns that were not recognised, by header text or column letter. Every cell of
 * every row is checked, and all problems are returned together so that nothing is written
 * until the whole table is right.
 *
 * A table is described once as a schema (its columns, their header aliases and cell
 * parsers); the Touchpoints and Projects tables are two schemas over this one reader.
 * Problems are worded in the texts given (the build's locale; English by default).
 */
export interface ColumnSpec<T> {
  /** The column's name in the schema's language, used in messages and as the first header alias. */
  readonly name: string;
  /** Other headers that mean this column (Polish names, common synonyms). */
  readonly aliases: readonly string[];
  /** A required column must exist; an optional one reads as blank cells when absent. */
  readonly required: boolean;
  readonly parser: CellParser<T>;
  /**
   * A blank cell continues the value above it (DESIGN §3: a Stage written once for several
   * touchpoints, or merged, which Sheets reads as the first cell followed by blanks).
   */
  readonly continuesAbove?: boolean;
}

export interface TableSchema<Columns extends Record<string, ColumnSpec<unknown>>> {
  /** What the table is called in messages when its sheet is unknown, e.g. "Touchpoints". */
  readonly name: string;
  readonly columns: Columns;
}

/**
 * A column as a schema in `locale` names it. Its English name comes first in an English
 * schema; a Polish schema names it in Polish and keeps the English name as an alias, so
 * both recognise the same headers and only the messages differ.
 */
export function columnIn<T>(locale: OutputLocale, polishName: string, spec: ColumnSpec<T>): ColumnSpec<T> {
  if (locale === 'en') return spec;
  return { ...spec, name: polishName, aliases: [spec.name, ...spec.aliases.filter((alias) => alias !== polishName)] };
}

/** One parsed row: each column's value, by the schema's keys. */
export type TableRecord<Columns extends Record<string, ColumnSpec<unknown>>> = {
  readonly [Key in keyof Columns]: Columns[Key] extends ColumnSpec<infer T> ? T : never;
};

/** The user's choice of column for some keys: a header as written, or a column letter ("D"). */
export type ColumnMapping<Key extends string = string> = Partial<Record<Key, string>>;

/** The cells read from the sheet in one call, and where they sit (1-based sheet coordinates). */
export interface SourceGrid {
  readonly sheet: string;
  readonly firstRow: number;
  readonly firstColumn: number;
  readonly values: readonly (readonly CellValue[])[];
  /** The cells' number formats, same shape as `values`, when the reader fetched them. */
  readonly numberFormats?: readonly (readonly string[])[];
}

export interface TableRow<Record> {
  /** The row number the user sees in Sheets. */
  readonly sheetRow: number;
  readonly record: Record;
}

export interface TableRead<Columns extends Record<string, ColumnSpec<unknown>>> {
  /** The rows read in full: complete only when there are no problems. */
  readonly rows: readonly TableRow<TableRecord<Columns>>[];
  /**
   * Every non-blank row with the cells that did parse, for checks across rows (such as
   * duplicate names) that must also see rows with a problem elsewhere.
   */
  readonly partialRows: readonly TableRow<Partial<TableRecord<Columns>>>[];
  readonly problems: readonly TableProblem[];
  /** The sheet row of the header, and the sheet column each key was found in. */
  readonly headerRow: number;
  readonly columns: { readonly [Key in keyof Columns]?: number };
  /** Each found column's header as the user wrote it ("Valuation" in a Polish build too): what messages name it by. */
  readonly headers: { readonly [Key in keyof Columns]?: string };
  /** Headers of columns no key uses, for a warning: they are ignored, not lost. */
  readonly unusedHeaders: readonly string[];
}

/** A title or a blank line may sit above the header: look this far down for it. */
const HEADER_SEARCH_ROWS = 10;

function headerText(cell: CellValue): string {
  return isBlankCell(cell) ? '' : typeof cell === 'string' ? cell.trim() : describeCellValue(cell);
}

interface Located<Key> {
  readonly columns: Map<Key, number>; // index within the grid row
  readonly problems: TableProblem[];
}

function locateColumns<Columns extends Record<string, ColumnSpec<unknown>>>(
  schema: TableSchema<Columns>,
  grid: SourceGrid,
  headerIndex: number,
  mapping: ColumnMapping<Extract<keyof Columns, string>>,
  texts: ProblemTexts,
): Located<keyof Columns> {
  const headers = (grid.values[headerIndex] ?? []).map(headerText);
  const keys = headers.map(matchKey);
  const sheetRow = grid.firstRow + headerIndex;
  const columns = new Map<keyof Columns, number>();
  const problems: TableProblem[] = [];
  const known = headers.filter(Boolean).map((h) => `"${h}"`).join(', ') || texts.noHeaders;

  for (const key of Object.keys(mapping)) {
    if (!(key in schema.columns)) {
      problems.push({ sheet: grid.sheet, problem: texts.unknownMappingKey(key), allowed: texts.oneOf(Object.keys(schema.columns)) });
    }
  }

  for (const key of Object.keys(schema.columns) as Extract<keyof Columns, string>[]) {
    const spec = schema.columns[key];
    const mapped = mapping[key];
    if (mapped !== undefined && mapped.trim() !== '') {
      const byHeader = keys.indexOf(matchKey(mapped));
      const byLetter = columnNumber(mapped);
      const index = byHeader >= 0 ? byHeader : byLetter !== undefined ? byLetter - grid.firstColumn : -1;
      if (index < 0 || index >= headers.length) {
        problems.push({
          sheet: grid.sheet,
          row: sheetRow,
          header: spec.name,
          value: JSON.stringify(mapped),
          problem: texts.notHeaderNorLetter,
          allowed: texts.headerOrLetter(sheetRow, known, columnLetter(grid.firstColumn), columnLetter(grid.firstColumn + headers.length - 1)),
        });
      } else {
        columns.set(key, index);
      }
      continue;
    }
    const wanted = new Set([spec.name, ...spec.aliases].map(matchKey));
    let found = keys.flatMap((k, index) => (k !== '' && wanted.has(k) ? [index] : []));
    // A column headed by the column's own name wins over others headed by its aliases
    // ("Stakeholder" beside a "Name" column, "Owner" beside "Department"): those are other data.
    if (found.length > 1) {
      const own = found.filter((index) => keys[index] === matchKey(spec.name));
      if (own.length === 1) found = own;
    }
    if (found.length === 1) {
      columns.set(key, found[0]);
    } else if (found.length > 1) {
      problems.push({
        sheet: grid.sheet,
        row: sheetRow,
        header: spec.name,
        problem: texts.severalColumns(found.map((i) => ({ letter: columnLetter(grid.firstColumn + i), header: headers[i] }))),
        allowed: texts.oneColumnOf(spec.name),
      });
    } else if (spec.required) {
      problems.push({
        sheet: grid.sheet,
        row: sheetRow,
        header: spec.name,
        problem: texts.noColumn(spec.name, known, [spec.name, ...spec.aliases]),
        allowed: texts.columnHeaded(spec.name, [spec.name, ...spec.aliases]),
      });
    }
  }

  const byColumn = new Map<number, (keyof Columns)[]>();
  columns.forEach((index, key) => byColumn.set(index, [...(byColumn.get(index) ?? []), key]));
  byColumn.forEach((sharing, index) => {
    if (sharing.length > 1) {
      problems.push({
        sheet: grid.sheet,
        row: sheetRow,
        column: columnLetter(grid.firstColumn + index),
        header: headers[index],
        problem: texts.usedForSeveral(sharing.map((k) => schema.columns[k].name)),
        allowed: texts.oneColumnPerMeaning,
      });
    }
  });
  return { columns, problems };
}

/** The first of the top rows where every required column is found, else the best candidate. */
function findHeaderRow<Columns extends Record<string, ColumnSpec<unknown>>>(
  schema: TableSchema<Columns>,
  grid: SourceGrid,
  mapping: ColumnMapping<Extract<keyof Columns, string>>,
  texts: ProblemTexts,
): { index: number; located: Located<keyof Columns> } | undefined {
  let best: { index: number; located: Located<keyof Columns> } | undefined;
  const required = Object.keys(schema.columns).filter((k) => schema.columns[k].required).length;
  for (let index = 0; index < Math.min(grid.values.length, HEADER_SEARCH_ROWS); index++) {
    if (grid.values[index].every(isBlankCell)) continue;
    const located = locateColumns(schema, grid, index, mapping, texts);
    const foundRequired = [...located.columns.keys()].filter((k) => schema.columns[k].required).length;
    if (foundRequired === required) return { index, located };
    if (!best || located.columns.size > best.located.columns.size) best = { index, located };
  }
  return best;
}

/**
 * Reads and validates a table. Wholly blank rows are skipped (they are not items); any
 * other row is either read in full or reported, cell by cell.
 */
export function readTable<Columns extends Record<string, ColumnSpec<unknown>>>(
  schema: TableSchema<Columns>,
  grid: SourceGrid,
  mapping: ColumnMapping<Extract<keyof Columns, string>> = {},
  texts: ProblemTexts = PROBLEM_TEXTS.en,
): TableRead<Columns> {
  const header = findHeaderRow(schema, grid, mapping, texts);
  if (!header) {
    return {
      rows: [],
      partialRows: [],
      problems: [{ sheet: grid.sheet, problem: texts.emptyTable, allowed: texts.headerRowAndItems(Object.values(schema.columns).map((c) => c.name)) }],
      headerRow: grid.firstRow,
      columns: {},
      headers: {},
      unusedHeaders: [],
    };
  }
  const problems = [...header.located.problems];
  const headers = grid.values[header.index].map(headerText);
  const rows: TableRow<TableRecord<Columns>>[] = [];
  const partialRows: TableRow<Partial<TableRecord<Columns>>>[] = [];
  const keys = Object.keys(schema.columns) as (keyof Columns)[];
  /** The last non-blank cell of each column that continues above, and its format. */
  const above = new Map<keyof Columns, { cell: CellValue; format?: string }>();

  for (let index = header.index + 1; index < grid.values.length; index++) {
    const cells = grid.values[index];
    const formats = grid.numberFormats?.[index];
    if (cells.every(isBlankCell)) continue;
    const sheetRow = grid.firstRow + index;
    const record: Record<string, unknown> = {};
    let rowOk = true;
    for (const key of keys) {
      const spec = schema.columns[key];
      const columnIndex = header.located.columns.get(key);
      // A required column that is missing is reported once above, not once per row.
      if (columnIndex === undefined && spec.required) continue;
      let cell = columnIndex === undefined ? '' : cells[columnIndex];
      let format = columnIndex === undefined ? undefined : formats?.[columnIndex];
      const previous = spec.continuesAbove && isBlankCell(cell) ? above.get(key) : undefined;
      if (previous !== undefined) ({ cell, format } = previous);
      const parsed = spec.parser.parse(cell, format);
      // Only a valid value carries down: a bad one is reported once, on its own row.
      if (spec.continuesAbove && parsed.ok && previous === undefined && !isBlankCell(cell)) above.set(key, { cell, format });
      if (parsed.ok) {
        record[key as string] = parsed.value;
      } else {
        rowOk = false;
        problems.push({
          sheet: grid.sheet,
          row: sheetRow,
          column: columnIndex === undefined ? undefined : columnLetter(grid.firstColumn + columnIndex),
          header: columnIndex === undefined ? spec.name : headers[columnIndex] || spec.name,
          value: isBlankCell(cell) ? undefined : describeCellValue(cell),
          problem: parsed.problem,
          allowed: spec.parser.allowed,
        });
      }
    }
    if (rowOk) rows.push({ sheetRow, record: record as TableRecord<Columns> });
    partialRows.push({ sheetRow, record: record as Partial<TableRecord<Columns>> });
  }
  if (rows.length === 0 && problems.length === 0) {
    problems.push({ sheet: grid.sheet, row: grid.firstRow + header.index, problem: texts.noRowsBelowHeader, allowed: texts.oneRowPerItem });
  }

  const used = new Set(header.located.columns.values());
  const columns: { [Key in keyof Columns]?: number } = {};
  const headerNames: { [Key in keyof Columns]?: string } = {};
  header.located.columns.forEach((index, key) => {
    columns[key] = grid.firstColumn + index;
    headerNames[key] = headers[index] || schema.columns[key].name;
  });
  return {
    // Rows read without some columns are incomplete: keep none when a column is missing.
    rows: header.located.problems.length > 0 ? [] : rows,
    partialRows,
    problems,
    headerRow: grid.firstRow + header.index,
    columns,
    headers: headerNames,
    unusedHeaders: headers.filter((h, i) => h !== '' && !used.has(i)),
  };
}
