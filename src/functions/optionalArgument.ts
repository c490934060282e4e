import { parseNumericText } from '../core/tables/numericText';
import { describeCellValue } from '../core/tables/cellValue';
import { asRows, CellValue, describeShape, SheetsArgument } from './sheetsArgument';

/**
 * Reading the optional settings of a custom function (confidence, scale, method, period,
 * satisfied_from, scale_min/max). Left out, or given as a blank cell, a setting takes its
 * default; given as a one-cell range, its value counts. A value that is not allowed is an
 * error naming the function, the setting and what is allowed, e.g.
 * `CES: scale 6 is not allowed; allowed: 5, 7`.
 */

/** The one value of a setting, or undefined when it was left out or blank. */
function settingValue(fn: string, name: string, arg: SheetsArgument): CellValue {
  const rows = asRows(arg);
  const columns = rows.length === 0 ? 0 : rows[0].length;
  if (rows.length !== 1 || columns !== 1) {
    throw new Error(`${fn}: ${name} must be a single value, not a range of ${describeShape(rows.length, columns)}`);
  }
  const value = rows[0][0];
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) return undefined;
  return value;
}

function notAllowed(fn: string, name: string, value: CellValue, allowed: string): Error {
  return new Error(`${fn}: ${name} ${describeCellValue(value)} is not allowed; allowed: ${allowed}`);
}

/** A number (or numeric text), or undefined when left out; anything else is not allowed. */
function numberOf(value: CellValue): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return parseNumericText(value);
  return undefined;
}

/** A setting that is one of a few numbers, e.g. scale: 5 or 7. */
export function readNumberChoice<T extends number>(fn: string, name: string, arg: SheetsArgument, allowed: readonly T[], fallback: T): T {
  const value = settingValue(fn, name, arg);
  if (value === undefined) return fallback;
  const number = numberOf(value);
  const match = allowed.find((choice) => choice === number);
  if (match === undefined) throw notAllowed(fn, name, value, allowed.join(', '));
  return match;
}

/** A setting that is one of a few words, e.g. method: mean, easy or net (any case). */
export function readTextChoice<T extends string>(fn: string, name: string, arg: SheetsArgument, allowed: readonly T[], fallback: T): T {
  const value = settingValue(fn, name, arg);
  if (value === undefined) return fallback;
  const word = typeof value === 'string' ? value.trim().toLowerCase() : undefined;
  const match = allowed.find((choice) => choice === word);
  if (match === undefined) throw notAllowed(fn, name, value, allowed.join(', '));
  return match;
}

/** A numeric setting within bounds, e.g. confidence between 0 and 1; `allowed` words the bounds. */
export function readNumberSetting(
  fn: string,
  name: string,
  arg: SheetsArgument,
  fallback: number,
  isAllowed: (value: number) => boolean,
  allowed: string,
): number {
  const value = settingValue(fn, name, arg);
  if (value === undefined) return fallback;
  const number = numberOf(value);
  if (number === undefined || !Number.isFinite(number) || !isAllowed(number)) throw notAllowed(fn, name, value, allowed);
  return number;
}
