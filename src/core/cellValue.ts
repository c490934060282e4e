/**
 * One cell as Sheets hands it to a script (`Range.getValues()`): `""` for a blank cell,
 * numbers, text, booleans (checkboxes) and dates.
 */
export type CellValue = number | string | boolean | Date | null | undefined;

export function isBlankCell(value: CellValue): boolean {
  return value === '' || value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

export function isDateCell(value: unknown): value is Date {
  // Not `instanceof`: a Date made in another realm (Sheets' host, a test's vm) is still a date.
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** A cell value as the user typed or sees it, for messages: `"abc"`, `3`, `TRUE`, `2026-01-05`. */
export function describeCellValue(value: CellValue): string {
  if (isBlankCell(value)) return 'an empty cell';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (isDateCell(value)) return isNaN(value.getTime()) ? 'an invalid date' : value.toISOString().slice(0, 10);
  if (typeof value === 'string') return JSON.stringify(value.trim());
  return String(value);
}
