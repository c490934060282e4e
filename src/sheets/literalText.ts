import { LayoutValue } from '../core/tabs/sheetLayout';

/**
 * What to pass `Range.setValues()` so that a cell shows exactly the text it is given.
 *
 * `setValues` parses strings like typed input: "=1+1" becomes a formula, "+48 600…" or
 * "007" a number, "1/2" a date, "TRUE" a boolean, and what parses depends on the
 * spreadsheet's locale ("1,5" is a number in pl_PL). DESIGN §6: user text must never become
 * a formula. A leading apostrophe is Sheets' own "this is text" mark: the cell shows the
 * text without it, and `getValue()` returns the text without it.
 *
 * Every non-empty string gets the apostrophe, rather than only those that look risky:
 * guessing what Sheets would parse means re-implementing a locale-dependent parser, and a
 * wrong guess turns a customer's words into a formula. The plain-text number format ("@")
 * was the alternative; it was not chosen because it changes how a user's later typing in
 * that cell is read, and it needs a second batched call per block to set before the values.
 */
export function literalCellValue(value: LayoutValue): string | number | boolean {
  if (value === null) return '';
  if (typeof value === 'string') return value === '' ? '' : `'${value}`;
  return value;
}
