import { columnNumber } from '../core/tabs/columnLetters';
import { showRange } from '../sheets/showRange';

/**
 * The sidebar's *Show* link on a problem: selects the offending cell on its tab so that the
 * user lands on it. Navigation only — it activates the tab and the range and writes nothing.
 *
 * The arguments come from the sidebar's page (plain JSON), so they are checked before
 * anything is touched: the tab must exist, and the place must be one cell (`D5`), one
 * whole column (`D:D`) or one whole row (`5:5`) inside the tab's grid — no sheet prefix, no
 * other range, no named range. Anything else is refused with a message that says so.
 */
export interface CellPlace {
  readonly sheet: string;
  /** `D5`, `D:D` or `5:5`; absent: the tab itself. */
  readonly a1?: string | null;
}

const WHAT = 'Show cell';
const CELL = /^([A-Z]{1,3})([1-9][0-9]{0,6})$/;
const COLUMN = /^([A-Z]{1,3}):([A-Z]{1,3})$/;
const ROW = /^([1-9][0-9]{0,6}):([1-9][0-9]{0,6})$/;

/** Where in the grid an accepted A1 place is: 1-based, 0 for "every row / column". */
export function parsePlace(a1: string): { row: number; column: number } | undefined {
  const cell = CELL.exec(a1);
  if (cell) return { row: Number(cell[2]), column: columnNumber(cell[1])! };
  const column = COLUMN.exec(a1);
  if (column && column[1] === column[2]) return { row: 0, column: columnNumber(column[1])! };
  const row = ROW.exec(a1);
  if (row && row[1] === row[2]) return { row: Number(row[1]), column: 0 };
  return undefined;
}

export function showCell(sheet: unknown, a1?: unknown): CellPlace {
  if (typeof sheet !== 'string' || sheet === '') throw new Error(`${WHAT}: the tab ${JSON.stringify(sheet)} is not a tab name`);
  if (a1 !== undefined && a1 !== null && typeof a1 !== 'string') throw new Error(`${WHAT}: ${JSON.stringify(a1)} is not a cell such as D5, a column such as D:D or a row such as 5:5`);
  const place = typeof a1 === 'string' ? parsePlace(a1) : undefined;
  if (typeof a1 === 'string' && !place) throw new Error(`${WHAT}: ${JSON.stringify(a1)} is not a cell such as D5, a column such as D:D or a row such as 5:5`);
  const shown = showRange(SpreadsheetApp.getActiveSpreadsheet(), sheet, typeof a1 === 'string' ? { a1, ...place! } : undefined);
  if (shown === 'no tab') throw new Error(`There is no tab named ${JSON.stringify(sheet)} any more; it may have been renamed or deleted.`);
  if (shown === 'outside') throw new Error(`${WHAT}: ${a1} is outside the tab "${sheet}"; it may have been made smaller.`);
  return { sheet, a1: typeof a1 === 'string' ? a1 : undefined };
}
