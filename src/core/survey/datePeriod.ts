/**
 * Calendar periods for grouping dated answers (NPS_BY): day, ISO week (starting Monday,
 * ISO 8601), month, quarter and year. A date falls in the period that contains its
 * calendar day, and the period is named by its first day.
 *
 * Days are counted on the proleptic Gregorian calendar as whole days from 1970-01-01
 * (H. Hinnant, "chrono-Compatible Low-Level Date Algorithms", days_from_civil /
 * civil_from_days), with no time zone: callers pass a date's calendar fields as the user
 * sees them, so a day number is the same wherever the code runs. Numbers only, no objects:
 * NPS_BY buckets a million dates with this.
 */
// Looked up once: these run per dated cell, and global lookups are slow under Node's vm.
const floor = Math.floor;

export const PERIODS = ['day', 'week', 'month', 'quarter', 'year'] as const;
export type Period = (typeof PERIODS)[number];

/** Whole days from 1970-01-01 to year-(monthIndex+1)-day; monthIndex 0 = January. */
export function daysFromCivil(year: number, monthIndex: number, day: number): number {
  const month = monthIndex + 1;
  const y = month <= 2 ? year - 1 : year;
  const era = floor(y / 400);
  const yearOfEra = y - era * 400; // 0..399
  const dayOfYear = floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1; // from March 1st
  const dayOfEra = yearOfEra * 365 + floor(yearOfEra / 4) - floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

export interface CivilDate {
  readonly year: number;
  /** 0 = January, as Date uses. */
  readonly monthIndex: number;
  readonly day: number;
}

/** The calendar date of a day number (inverse of daysFromCivil). */
export function civilFromDays(days: number): CivilDate {
  const z = days + 719468;
  const era = floor(z / 146097);
  const dayOfEra = z - era * 146097; // 0..146096
  const yearOfEra = floor((dayOfEra - floor(dayOfEra / 1460) + floor(dayOfEra / 36524) - floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + floor(yearOfEra / 4) - floor(yearOfEra / 100));
  const shiftedMonth = floor((5 * dayOfYear + 2) / 153); // 0 = March
  const day = dayOfYear - floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), monthIndex: month - 1, day };
}

/** The day number of the first day of the period that contains the given calendar day. */
export function periodStart(year: number, monthIndex: number, day: number, period: Period): number {
  switch (period) {
    case 'day':
      return daysFromCivil(year, monthIndex, day);
    case 'week': {
      const days = daysFromCivil(year, monthIndex, day);
      // 1970-01-01 was a Thursday, 3 days after a Monday.
      const sinceMonday = (((days + 3) % 7) + 7) % 7;
      return days - sinceMonday;
    }
    case 'month':
      return daysFromCivil(year, monthIndex, 1);
    case 'quarter':
      return daysFromCivil(year, monthIndex - (monthIndex % 3), 1);
    case 'year':
      return daysFromCivil(year, 0, 1);
  }
}

/** The first day of the period after the one that starts on `start` (a period start). */
export function nextPeriodStart(start: number, period: Period): number {
  switch (period) {
    case 'day':
      return start + 1;
    case 'week':
      return start + 7;
    default: {
      const { year, monthIndex } = civilFromDays(start);
      const months = period === 'month' ? 1 : period === 'quarter' ? 3 : 12;
      return daysFromCivil(year + floor((monthIndex + months) / 12), (monthIndex + months) % 12, 1);
    }
  }
}

/** How many periods run from the one starting on `first` to the one starting on `last`, both included. */
export function periodsBetween(first: number, last: number, period: Period): number {
  switch (period) {
    case 'day':
      return last - first + 1;
    case 'week':
      return (last - first) / 7 + 1;
    default: {
      const a = civilFromDays(first);
      const b = civilFromDays(last);
      const months = (b.year - a.year) * 12 + (b.monthIndex - a.monthIndex);
      return months / (period === 'month' ? 1 : period === 'quarter' ? 3 : 12) + 1;
    }
  }
}

/** A day number as the ISO date a user reads: 2026-03-01. */
export function isoDay(days: number): string {
  const { year, monthIndex, day } = civilFromDays(days);
  const pad = (n: number) => (n < 10 ? `0${n}` : String(n));
  const yyyy = year >= 0 && year < 1000 ? String(year).padStart(4, '0') : String(year);
  return `${yyyy}-${pad(monthIndex + 1)}-${pad(day)}`;
}
