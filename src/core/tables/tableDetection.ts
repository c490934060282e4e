import { describeCellValue, isBlankCell } from './cellValue';
import { columnLetter } from '../tabs/columnLetters';
import { ColumnSpec, readTable, SourceGrid, TableSchema } from './tableSchema';

/**
 * Which columns of a schema a table's header row reveals (DESIGN §3: headers found by
 * name, the user maps the rest). The sidebar shows this for every tab it finds, with a
 * dropdown of the table's headers for each column that was not recognised.
 *
 * It runs the table reader itself on the top rows of a tab (where the header is looked
 * for), so the sidebar and the builders can never disagree about what a header means.
 */
export interface DetectedColumn {
  /** The schema's key, as a build's `mapping` names it: "valuation". */
  readonly key: string;
  /** The column's English name: "Valuation". */
  readonly name: string;
  readonly required: boolean;
  /** Where the header was found: column letter and header text; absent when not found. */
  readonly column?: string;
  readonly header?: string;
}

export interface TableHeader {
  readonly column: string;
  readonly header: string;
}

export interface TableDetection {
  /** The sheet row of the header row. */
  readonly headerRow: number;
  readonly columns: readonly DetectedColumn[];
  /** Every non-blank header of the header row, for the mapping dropdowns. */
  readonly headers: readonly TableHeader[];
  /** How many of the schema's columns were recognised, and how many required ones. */
  readonly recognised: number;
  readonly recognisedRequired: number;
  /** True when every required column was recognised: a build needs no mapping. */
  readonly complete: boolean;
}

export function detectTable<Columns extends Record<string, ColumnSpec<unknown>>>(schema: TableSchema<Columns>, grid: SourceGrid): TableDetection {
  const read = readTable(schema, grid);
  const headerValues = grid.values[read.headerRow - grid.firstRow] ?? [];
  const headerAt = (sheetColumn: number): string => {
    const cell = headerValues[sheetColumn - grid.firstColumn];
    return isBlankCell(cell) ? '' : typeof cell === 'string' ? cell.trim() : describeCellValue(cell);
  };
  const columns: DetectedColumn[] = Object.keys(schema.columns).map((key) => {
    const spec = schema.columns[key];
    const found = read.columns[key as keyof Columns];
    const base = { key, name: spec.name, required: spec.required };
    return found === undefined ? base : { ...base, column: columnLetter(found), header: headerAt(found) };
  });
  const headers: TableHeader[] = [];
  headerValues.forEach((_cell, index) => {
    const header = headerAt(grid.firstColumn + index);
    if (header !== '') headers.push({ column: columnLetter(grid.firstColumn + index), header });
  });
  const found = columns.filter((c) => c.column !== undefined);
  const recognisedRequired = found.filter((c) => c.required).length;
  return {
    headerRow: read.headerRow,
    columns,
    headers,
    recognised: found.length,
    recognisedRequired,
    complete: recognisedRequired === columns.filter((c) => c.required).length,
  };
}

/**
 * Whether a detection looks like this kind of table at all: every required column found,
 * or at least two columns found of which one is required (then the user maps the rest).
 * One recognised header alone ("Owner", "Channel") is too common to mean anything.
 */
export function looksLikeTable(detection: TableDetection): boolean {
  return detection.complete || (detection.recognised >= 2 && detection.recognisedRequired >= 1);
}
