/**
 * A1 notation as Google Sheets reads it: `B3`, `B3:D10`, whole columns `B:B`, open-ended
 * columns `B2:B` (row 2 to the sheet's last row), whole rows `3:3`, each optionally with a
 * sheet name (`Responses!B2:B`, `'My tab'!A1`) and `$` anchors.
 *
 * Positions here are 1-based, as in the Apps Script API.
 */
import { columnLetter } from '../src/core/tabs/columnLetters';

export interface A1Range {
  /** The sheet named in the notation, unquoted, or undefined. */
  readonly sheetName?: string;
  readonly row: number;
  readonly column: number;
  /** undefined = to the sheet's last row / column. */
  readonly lastRow?: number;
  readonly lastColumn?: number;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

const CELL = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/;

function splitSheet(notation: string): { sheetName?: string; ref: string } {
  const bang = notation.lastIndexOf('!');
  if (bang < 0) return { ref: notation };
  let sheet = notation.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheetName: sheet, ref: notation.slice(bang + 1) };
}

/** Parses A1 notation; throws `Range not found` (Sheets' own message) for anything else. */
export function parseA1(notation: string): A1Range {
  const { sheetName, ref } = splitSheet(notation.trim());
  const [startText, endText, ...rest] = ref.split(':');
  const start = CELL.exec(startText ?? '');
  const end = endText === undefined ? start : CELL.exec(endText);
  if (rest.length > 0 || !start || !end || (!start[1] && !start[2])) throw new Error('Range not found');
  const startColumn = start[1] ? columnNumber(start[1]) : 1;
  const startRow = start[2] ? Number(start[2]) : 1;
  if (endText === undefined) {
    if (!start[1] || !start[2] || startRow < 1) throw new Error('Range not found');
    return { sheetName, row: startRow, column: startColumn, lastRow: startRow, lastColumn: startColumn };
  }
  if (!end[1] && !end[2]) throw new Error('Range not found');
  const lastColumn = end[1] ? columnNumber(end[1]) : undefined;
  const lastRow = end[2] ? Number(end[2]) : undefined;
  // `3:5` (whole rows) starts at column 1; `B:B` starts at row 1.
  const row = Math.min(startRow, lastRow ?? startRow);
  const column = Math.min(startColumn, lastColumn ?? startColumn);
  if (row < 1 || column < 1) throw new Error('Range not found');
  return {
    sheetName,
    row,
    column,
    lastRow: lastRow === undefined ? undefined : Math.max(startRow, lastRow),
    lastColumn: lastColumn === undefined ? undefined : Math.max(startColumn, lastColumn),
  };
}

export function formatA1(row: number, column: number, numRows = 1, numColumns = 1): string {
  const start = `${columnLetter(column)}${row}`;
  if (numRows === 1 && numColumns === 1) return start;
  return `${start}:${columnLetter(column + numColumns - 1)}${row + numRows - 1}`;
}
