/**
 * Dated tabs (DESIGN §3): a Touchpoints tab whose name ends in a year or a date —
 * "Touchpoints 2025", "Punkty styku 2026-12-01" — is an earlier version kept for
 * re-verification. Only re-verification picks such a tab by default (as "before"); the
 * valuation grid, the matrix and the report never do.
 *
 * A name is dated when, after a space, `-`, `_`, `.`, `/`, `(` or `[` (or at its very
 * start), it ends in one of:
 *
 *   yyyy              "Touchpoints 2025"
 *   yyyy-mm, yyyy-mm-dd   "Touchpoints 2025-12", "Punkty styku 2026-12-01" (also with . or /)
 *   mm.yyyy, dd.mm.yyyy   "Punkty styku 12.2025", "Punkty styku 01.12.2026" (also with - or /)
 *
 * with a year from 1900 to 2099, a month 1–12 and a day that exists in that month; the
 * date may sit in brackets ("Touchpoints (2025)") and be followed by the " (2)" that Sheets'
 * free names add ("Touchpoints 2026-12-01 (2)", a second copy made the same day). A name
 * that only looks like one ("Touchpoints 2025-13", "Route 66") is not dated.
 */
export interface TabNameDate {
  /** The name without the date and its separator: "Touchpoints". */
  readonly base: string;
  /** The date as written in the name: "2026-12-01". */
  readonly text: string;
  readonly year: number;
  /** Undefined when the name gives only a year. */
  readonly month?: number;
  /** Undefined when the name gives no day. */
  readonly day?: number;
  /** n of a " (n)" suffix after the date; 1 when there is none. */
  readonly copy: number;
}

/** What may precede the date: the start of the name, or a space, `-`, `_`, `.`, `/`, `(`, `[`. */
const BEFORE = String.raw`(?<separator>^|[\s\-_./(\[])`;
const Y = String.raw`(?<year>\d{4})`;
const M = String.raw`(?<month>\d{1,2})`;
const D = String.raw`(?<day>\d{1,2})`;
const S = '[-./]';
/** Tried in order: the most specific reading of the end of a name first. */
const PATTERNS: readonly RegExp[] = [`${Y}${S}${M}${S}${D}`, `${D}${S}${M}${S}${Y}`, `${Y}${S}${M}`, `${M}${S}${Y}`, Y].map(
  (date) => new RegExp(`${BEFORE}(?<date>${date})$`),
);

const COPY_SUFFIX = /\s*\((\d{1,3})\)$/;

function daysInMonth(year: number, month: number): number {
  return [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

function validDate(year: number, month?: number, day?: number): boolean {
  if (year < 1900 || year > 2099) return false;
  if (month === undefined) return true;
  if (month < 1 || month > 12) return false;
  return day === undefined || (day >= 1 && day <= daysInMonth(year, month));
}

const numberOrUndefined = (text: string | undefined): number | undefined => (text === undefined ? undefined : Number(text));

/** The year or date a tab's name ends in, or undefined when the name is not dated. */
export function tabNameDate(name: string): TabNameDate | undefined {
  let rest = name.trim();
  let copy = 1;
  // " (2)" after a date is Sheets' free name for a second copy ("(2025)" is a year in brackets).
  const suffix = COPY_SUFFIX.exec(rest);
  if (suffix) {
    rest = rest.slice(0, suffix.index);
    copy = Number(suffix[1]);
  }
  const closing = /[)\]]$/.test(rest);
  if (closing) rest = rest.slice(0, -1);
  for (const pattern of PATTERNS) {
    const groups = pattern.exec(rest)?.groups;
    if (!groups) continue;
    const year = Number(groups.year);
    const month = numberOrUndefined(groups.month);
    const day = numberOrUndefined(groups.day);
    if (!validDate(year, month, day)) return undefined;
    if (closing !== (groups.separator === '(' || groups.separator === '[')) return undefined;
    const base = rest.slice(0, rest.length - groups.date.length - groups.separator.length).replace(/[\s\-_./(\[]+$/, '');
    return { base, text: groups.date, year, month, day, copy };
  }
  return undefined;
}

export function isDatedTabName(name: string): boolean {
  return tabNameDate(name) !== undefined;
}

/**
 * Orders dated names by their date, earliest first: a year alone counts as before every
 * date within it ("2025" < "2025-01" < "2025-01-01"), and a later copy of the same date
 * after the first ("… 2026-12-01 (2)" after "… 2026-12-01").
 */
export function compareTabDates(a: TabNameDate, b: TabNameDate): number {
  return a.year - b.year || (a.month ?? 0) - (b.month ?? 0) || (a.day ?? 0) - (b.day ?? 0) || a.copy - b.copy;
}

/** "2026-12-01": a day as a dated copy's name writes it (ISO 8601, which sorts as it reads). */
export function isoDay(year: number, month: number, day: number): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
}

/**
 * Whether a table may be the source a build picks by itself (DESIGN §3): every table but a
 * dated Touchpoints tab, which only re-verification picks (as its "before").
 */
export function mayBeDefaultSource(kind: string, sheet: string): boolean {
  return kind !== 'touchpoints' || !isDatedTabName(sheet);
}
