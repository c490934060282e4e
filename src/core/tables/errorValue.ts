/**
 * Spreadsheet error values (`#N/A`, `#DIV/0!`, …). A custom function can receive one as
 * text when an input cell holds an error; it is a broken input, not a survey answer such
 * as "don't know", so it must not be skipped like ordinary text.
 */
const ERROR_VALUES = new Set([
  '#N/A',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#NULL!',
  '#ERROR!',
  '#SPILL!',
  '#CALC!',
]);

export function isErrorValue(text: string): boolean {
  return text.length > 0 && text.charCodeAt(0) === 35 /* # */ && ERROR_VALUES.has(text.trim().toUpperCase());
}
