/**
 * What a cell shows (getDisplayValues) for a value and a Sheets number format, in the
 * spreadsheet's locale (decimal comma in Polish). Covers the number formats of the
 * generated and example tabs: General, sections `positive;negative;zero` (`+0;-0;0`),
 * digit placeholders `0 # ?` with grouping and decimals (`#,##0.##`, `0.0##`), `%`,
 * literal text in quotes or after a backslash (`0.00" (computed)"`), `@` (plain text) and
 * date patterns of y/m/d (`yyyy-mm-dd`, `dd.mm.yyyy`, `M/d/yyyy`). Anything else
 * (exponents, fractions) shows as General, which the callers of getDisplayValues should know.
 */

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

/** How a locale writes numbers: "0.5" and "1,234" in English, "0,5" and "1 234" in Polish. */
export interface NumberSymbols {
  readonly decimal: string;
  readonly group: string;
}

const EN_SYMBOLS: NumberSymbols = { decimal: '.', group: ',' };

/** The symbols of a spreadsheet locale ("pl_PL"): a decimal comma where Sheets uses one. */
export function numberSymbols(locale: string | undefined): NumberSymbols {
  const language = (locale ?? 'en').split(/[_-]/)[0].toLowerCase();
  // Sheets' pl, de, fr, … locales: decimal comma; Polish and French group with a (no-break) space.
  if (['pl', 'fr', 'cs', 'sk', 'ru', 'uk', 'sv', 'fi', 'nb', 'no'].includes(language)) return { decimal: ',', group: '\u00a0' };
  if (['de', 'es', 'it', 'nl', 'pt', 'da', 'tr', 'id'].includes(language)) return { decimal: ',', group: '.' };
  return EN_SYMBOLS;
}

/** Splits a format at the `;` between sections, not at one inside quotes or after a backslash. */
function sections(format: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === '\\' && !quoted && i + 1 < format.length) {
      current += ch + format[++i];
      continue;
    }
    if (ch === '"') quoted = !quoted;
    if (ch === ';' && !quoted) {
      parts.push(current);
      current = '';
      continue;
    }
    current += ch;
  }
  parts.push(current);
  return parts;
}

/** A section's literal text as shown: quotes and backslashes removed, colours like [Red] dropped. */
function literal(text: string): string {
  return text.replace(/\[[^\]]*\]/g, '').replace(/"([^"]*)"|\\(.)|_.|\*./g, (_m, quoted: string | undefined, escaped: string | undefined) => quoted ?? escaped ?? '');
}

/**
 * One section applied to a number (its sign already chosen by the section): literal text
 * before and after the run of digit placeholders (`0`, `#`, `?`, with `,` grouping and
 * `.` decimals), `%` anywhere multiplying by 100. `#` and `?` decimals drop trailing zeros
 * (`0.0##`: 0.5 → "0.5", 33.17254 → "33.173"); with none left the point stays, as Sheets
 * shows `0.##` of 40 as "40.". Undefined for what it does not cover (exponents, fractions).
 */
function formatSection(value: number, section: string, symbols: NumberSymbols): string | undefined {
  // Mask quoted text and escapes, so that placeholders are found in the format's own part only.
  const masked = section.replace(/\[[^\]]*\]|"[^"]*"|\\.|_.|\*./g, (m) => '\u0000'.repeat(m.length));
  if (/[eE][+-]|\//.test(masked)) return undefined;
  const first = masked.search(/[0#?]/);
  if (first < 0) return literal(section);
  let last = first;
  for (let i = first; i < masked.length; i++) if (/[0#?]/.test(masked[i])) last = i;
  // A decimal point right after the last placeholder belongs to the run ("0." shows "40.").
  if (masked[last + 1] === '.') last++;
  const run = masked.slice(first, last + 1).replace(/\u0000/g, '');
  const before = literal(section.slice(0, first));
  const after = literal(section.slice(last + 1));
  const percent = (masked.match(/%/g) ?? []).length;
  const shown = value * 100 ** percent;
  const point = run.indexOf('.');
  const integerPattern = point < 0 ? run : run.slice(0, point);
  const fractionPattern = point < 0 ? '' : run.slice(point + 1).replace(/[^0#?]/g, '');
  const grouped = /[0#?],+[0#?]/.test(integerPattern);
  // Commas right after the last integer placeholder scale by 1,000 each.
  const scale = /(,+)$/.exec(integerPattern)?.[1].length ?? 0;
  const scaled = shown / 1000 ** scale;
  const decimals = fractionPattern.length;
  const required = fractionPattern.replace(/[#?]+$/, '').length;
  let [whole, fraction = ''] = Math.abs(scaled).toFixed(decimals).split('.');
  while (fraction.length > required && fraction.endsWith('0')) fraction = fraction.slice(0, -1);
  const minimumWhole = (integerPattern.match(/0/g) ?? []).length;
  if (whole === '0' && minimumWhole === 0) whole = '';
  whole = whole.padStart(minimumWhole, '0');
  if (grouped) whole = whole.replace(/\B(?=(\d{3})+(?!\d))/g, symbols.group);
  const number = point < 0 ? whole : `${whole}${symbols.decimal}${fraction}`;
  return `${before}${number}${after}`;
}

function formatNumber(value: number, format: string, symbols: NumberSymbols): string | undefined {
  const parts = sections(format);
  // positive;negative;zero;text — a negative section carries its own sign, if any.
  const isZero = value === 0;
  if (isZero && parts.length >= 3) return formatSection(0, parts[2], symbols);
  if (value < 0 && parts.length >= 2) return formatSection(-value, parts[1], symbols);
  const section = parts[0];
  if (/^\s*general\s*$/i.test(section)) return undefined;
  const text = formatSection(Math.abs(value), section, symbols);
  if (text === undefined) return undefined;
  // A minus only for what still shows a digit other than 0 once rounded.
  return value < 0 && /[1-9]/.test(text) ? `-${text}` : text;
}

/**
 * What a cell shows for a value and its number format, as Sheets shows it in a spreadsheet
 * of `locale` (decimal comma in pl_PL). Booleans are TRUE/FALSE (FAŁSZ/PRAWDA are Sheets'
 * Polish UI, not the value), text is itself.
 */
export function displayValue(value: number | string | boolean | Date, format: string | undefined, locale?: string): string {
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  if (Object.prototype.toString.call(value) === '[object Date]') return formatDate(value as Date, format && isDateFormat(format) ? format : 'M/d/yyyy');
  const number = value as number;
  const symbols = numberSymbols(locale);
  const localise = (text: string) => (symbols.decimal === '.' ? text : text.replace('.', symbols.decimal));
  if (!format || format === 'General' || format === '@') return localise(general(number));
  return formatNumber(number, format, symbols) ?? localise(general(number));
}
