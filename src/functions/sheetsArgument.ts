import { CellValue, describeCellValue, isDateCell } from '../core/tables/cellValue';
import { isErrorValue } from '../core/tables/errorValue';
import { parseScoreText } from '../core/tables/numericText';
import { positionIn } from '../core/tables/cellPosition';
import { describeScale, isOnScale, ScoreScale } from '../core/survey/scoreScale';
import { nearWhole } from '../core/tables/decimalRound';
import { SheetCalendar } from './sheetCalendar';

/**
 * What Sheets passes a custom function for one argument: a single cell's value, or a
 * range as rows of cell values (`""` for a blank cell; numbers, text, booleans, dates).
 */
export type { CellValue };
export type SheetsArgument = CellValue | CellValue[][];

/** The scores of one argument, cell by cell in row-major order, NaN where a cell held no score. */
export interface ScoreCells {
  readonly values: Float64Array;
  /** How many cells held a valid score. */
  readonly count: number;
  readonly rows: number;
  readonly columns: number;
}

/** Where a cell sits within an argument, as a user reads it: "row 7 of scores". */
export { positionIn };

/** The size of a range in words: "4 rows × 1 column". */
export function describeShape(rows: number, columns: number): string {
  return `${rows} ${rows === 1 ? 'row' : 'rows'} × ${columns} ${columns === 1 ? 'column' : 'columns'}`;
}

/** Rows of cells, whichever shape Sheets used: a lone value becomes a 1 × 1 range. */
export function asRows(arg: SheetsArgument): CellValue[][] {
  if (Array.isArray(arg)) {
    // A range always arrives as rows; tolerate a flat array (a caller in script code).
    return arg.length > 0 && !Array.isArray(arg[0]) ? [arg as unknown as CellValue[]] : arg;
  }
  return [[arg]];
}

/**
 * Reads the scores of one argument under the general rules of every CX Sheets function:
 * blank cells and non-numeric text are skipped (as `AVERAGE` skips them); numeric text
 * (`"7,5"`, `"−1"` with U+2212) and a score with its label (`"10 - Extremely likely"`)
 * count as their number; a number off the scale, a boolean, a date or an error value is
 * an error naming the function, the value (a date as the day the spreadsheet shows) and
 * its position.
 *
 * One pass, no per-cell allocation: whole columns of a million cells arrive here.
 */
export function readScores(fn: string, argName: string, arg: SheetsArgument, scale: ScoreScale): ScoreCells {
  const rows = asRows(arg);
  const rowCount = rows.length;
  const columnCount = rowCount === 0 ? 0 : rows[0].length;
  const values = new Float64Array(rowCount * columnCount);
  // A local, not the global NaN per blank cell: whole columns are mostly blank, and global
  // lookups are slow where globals are intercepted (Node's vm).
  const noScore = NaN;
  let count = 0;
  let i = 0;
  for (let r = 0; r < rowCount; r++) {
    const row = rows[r];
    for (let c = 0; c < columnCount; c++, i++) {
      const cell = row[c];
      let score: number;
      if (typeof cell === 'number') {
        score = cell;
      } else if (typeof cell === 'string') {
        const parsed = cell === '' ? undefined : parseScoreText(cell);
        if (parsed === undefined) {
          if (isErrorValue(cell)) {
            throw new Error(`${fn}: ${cell.trim()} (${positionIn(argName, rowCount, columnCount, r, c)}) is an error value, not a ${scale.name}; fix the cell it comes from`);
          }
          values[i] = noScore;
          continue;
        }
        score = parsed;
      } else if (cell === null || cell === undefined) {
        values[i] = noScore;
        continue;
      } else {
        const kind = typeof cell === 'boolean' ? 'a checkbox or TRUE/FALSE value' : isDateCell(cell) ? 'a date' : 'not a number';
        throw new Error(`${fn}: ${new SheetCalendar().describe(cell)} (${positionIn(argName, rowCount, columnCount, r, c)}) is ${kind}, not a ${scale.name}; allowed: ${describeScale(scale)}`);
      }
      if (!isOnScale(scale, score)) {
        const whole = scale.wholePoints ? nearWhole(score) : undefined;
        if (whole === undefined || !isOnScale(scale, whole)) {
          throw new Error(`${fn}: ${describeCellValue(cell)} (${positionIn(argName, rowCount, columnCount, r, c)}) is not a ${scale.name}; allowed: ${describeScale(scale)}`);
        }
        score = whole; // a computed 3.0000000000000004 is the 3 the cell shows
      }
      values[i] = score;
      count++;
    }
  }
  return { values, count, rows: rowCount, columns: columnCount };
}

/** The error for an argument with no score at all, which no metric can be computed from. */
export function noScoresError(fn: string, argName: string, scale: ScoreScale): Error {
  return new Error(`${fn}: ${argName} has no ${scale.name}s (blank cells and text are skipped); allowed: ${describeScale(scale)}`);
}
