/**
 * One cell as Sheets hands it to a script (`Range.getValues()`): `""` for a blank cell,
 * numbers, text, booleans (checkboxes) and dates.
 */
export type CellValue = number | string | boolean | Date | null | undefined;

export function isBlankCell(value: CellValue): boolean {
  return value === '' || value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

// Looked up once: isDateCell runs per cell in custom functions, and global lookups are
// slow under Node's vm (the local runtime and the bundle tests).
const objectToString = Object.prototype.toString;
const SameRealmDate = Date;

export function isDateCell(value: unknown): value is Date {
  // `instanceof` alone would miss a Date made in another realm (Sheets' host, a test's vm);
  // it goes first only because it is the fast answer for the usual same-realm date.
  return value instanceof SameRealmDate || objectToString.call(value) === '[object Date]';
}

const twoDigits = (n: number): string => (n < 10 ? `0${n}` : String(n));

/**
 * A date as the calendar day the user sees. Apps Script hands a date cell over as midnight
 * in the script's time zone, so the local fields are the day shown in the sheet; the UTC
 * ones (toISOString) would name the day before east of Greenwich.
 */
export function calendarDay(date: Date): string {
  return `${date.getFullYear()}-${twoDigits(date.getMonth() + 1)}-${twoDigits(date.getDate())}`;
}

/** A cell value as the user typed or sees it, for messages: `"abc"`, `3`, `TRUE`, `2026-01-05`. */
export function describeCellValue(value: unknown): string {
  if (isBlankCell(value as CellValue)) return 'an empty cell';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (isDateCell(value)) return isNaN(value.getTime()) ? 'an invalid date' : calendarDay(value);
  // In double quotes as the user typed it: no JSON escapes (=HYPERLINK("x") stays readable,
  // C:\files is not C:\\files); a line break shows as ↵ so the message stays on one line.
  if (typeof value === 'string') return `"${value.trim().replace(/\r\n|\r|\n/g, '↵')}"`;
  return String(value);
}
