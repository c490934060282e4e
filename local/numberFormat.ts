/**
 * What a cell shows (getDisplayValues) for a value and a Sheets number format. Covers the
 * formats a generated tab uses: General, `0`, `0.0…`, `#,##0(.0…)`, percentages, `@` (plain
 * text) and date patterns of y/m/d (`yyyy-mm-dd`, `dd.mm.yyyy`, `M/d/yyyy`); and number
 * formats with sections for the sign and literal text (`+0;-0;0`, `0.00" (computed)"`,
 * `0.0##`), through core's formatNumberText. Any other format is shown as General, which
 * the report of getDisplayValues callers should know.
 */
import { formatNumberText } from '../src/core/tabs/columnWidths';

/** Number formats of digits, point, comma, percent, signs, parentheses, spaces, sections and quoted text. */
const SECTIONED = /^(?:"[^"]*"|[0#?.,%+\-() ;])+$/;

const DATE_TOKENS = /(y+|m+|d+|h+|s+)/gi;

/** Whether a format shows a date or time (so getValues returns a Date for a number). */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  const unquoted = format.replace(/"[^"]*"/g, '').replace(/\\./g, '');
  return /[yd]/i.test(unquoted) || /h+:m+/i.test(unquoted);
}

function general(value: number): string {
  if (Number.isInteger(value)) return String(value);
  const rounded = Number(value.toPrecision(10));
  return String(rounded);
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function formatDate(date: Date, format: string): string {
  return format.replace(DATE_TOKENS, (token, _g, offset: number, whole: string) => {
    const lower = token.toLowerCase();
    const ch = lower[0];
    if (ch === 'y') return lower.length <= 2 ? pad(date.getUTCFullYear() % 100, 2) : String(date.getUTCFullYear());
    if (ch === 'd') return lower.length === 1 ? String(date.getUTCDate()) : pad(date.getUTCDate(), 2);
    if (ch === 'h') return lower.length === 1 ? String(date.getUTCHours()) : pad(date.getUTCHours(), 2);
    if (ch === 's') return pad(date.getUTCSeconds(), 2);
    // m: minutes right after an hour or before seconds, otherwise month.
    const before = whole.slice(0, offset);
    const after = whole.slice(offset + token.length);
    if (/h+[^a-z]*$/i.test(before) || /^[^a-z]*s/i.test(after)) return pad(date.getUTCMinutes(), 2);
    if (lower.length >= 4) return date.toLocaleString('en-US', { month: 'long', timeZone: 'UTC' });
    if (lower.length === 3) return date.toLocaleString('en-US', { month: 'short', timeZone: 'UTC' });
    return lower.length === 1 ? String(date.getUTCMonth() + 1) : pad(date.getUTCMonth() + 1, 2);
  });
}

function formatNumber(value: number, format: string): string | undefined {
  const match = /^(#,##)?0(?:\.(0+))?(%)?$/.exec(format);
  if (!match) return undefined;
  const percent = match[3] !== undefined;
  const decimals = match[2]?.length ?? 0;
  const shown = percent ? value * 100 : value;
  let text = Math.abs(shown).toFixed(decimals);
  if (match[1]) {
    const [whole, fraction] = text.split('.');
    text = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (fraction !== undefined ? `.${fraction}` : '');
  }
  const negative = shown < 0 && Number(text.replace(/,/g, '')) !== 0;
  return `${negative ? '-' : ''}${text}${percent ? '%' : ''}`;
}

export function displayValue(value: number | string | boolean | Date, format: string | undefined): string {
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  if (Object.prototype.toString.call(value) === '[object Date]') return formatDate(value as Date, format && isDateFormat(format) ? format : 'M/d/yyyy');
  const number = value as number;
  if (!format || format === 'General' || format === '@') return general(number);
  return formatNumber(number, format) ?? (SECTIONED.test(format) && /[0#?]/.test(format) ? formatNumberText(number, format) : general(number));
}
