import fc from 'fast-check';
import { civilFromDays, daysFromCivil, isoDay, nextPeriodStart, PERIODS, periodsBetween, periodStart } from '../../../src/core/survey/datePeriod';

const MS_PER_DAY = 86_400_000;

describe('day numbers', () => {
  it.each([
    [1970, 0, 1, 0],
    [1970, 0, 2, 1],
    [1969, 11, 31, -1],
    [2000, 1, 29, 11016], // Date.UTC(2000, 1, 29) / 86 400 000
    [2026, 10, 23, 20780], // Python: (date(2026, 11, 23) − date(1970, 1, 1)).days
  ])('%d-%d-%d is day %d', (year, monthIndex, day, expected) => {
    expect(daysFromCivil(year, monthIndex, day)).toBe(expected);
    expect(civilFromDays(expected)).toEqual({ year, monthIndex, day });
  });

  it('agrees with Date.UTC and round-trips, 1600–2400', () => {
    fc.assert(
      fc.property(fc.integer({ min: daysFromCivil(1600, 0, 1), max: daysFromCivil(2400, 11, 31) }), (days) => {
        const utc = new Date(days * MS_PER_DAY);
        const civil = civilFromDays(days);
        expect(civil).toEqual({ year: utc.getUTCFullYear(), monthIndex: utc.getUTCMonth(), day: utc.getUTCDate() });
        expect(daysFromCivil(civil.year, civil.monthIndex, civil.day)).toBe(days);
      }),
    );
  });
});

describe('periodStart', () => {
  const start = (y: number, m: number, d: number, period: Parameters<typeof periodStart>[3]) => civilFromDays(periodStart(y, m, d, period));

  it('starts ISO weeks on Monday, across month and year ends', () => {
    // 2026-01-01 is a Thursday: its week began on Monday 2025-12-29.
    expect(start(2026, 0, 1, 'week')).toEqual({ year: 2025, monthIndex: 11, day: 29 });
    // 2026-11-23 is a Monday: its own week start.
    expect(start(2026, 10, 23, 'week')).toEqual({ year: 2026, monthIndex: 10, day: 23 });
    // Sunday 2026-11-29 belongs to the week of Monday 2026-11-23.
    expect(start(2026, 10, 29, 'week')).toEqual({ year: 2026, monthIndex: 10, day: 23 });
    // Sunday 2026-03-01 → Monday 2026-02-23.
    expect(start(2026, 2, 1, 'week')).toEqual({ year: 2026, monthIndex: 1, day: 23 });
  });

  it('gives the first day of the day, month, quarter and year', () => {
    expect(start(2026, 7, 17, 'day')).toEqual({ year: 2026, monthIndex: 7, day: 17 });
    expect(start(2026, 7, 17, 'month')).toEqual({ year: 2026, monthIndex: 7, day: 1 });
    expect(start(2026, 7, 17, 'quarter')).toEqual({ year: 2026, monthIndex: 6, day: 1 }); // Aug → Q3 from July
    expect(start(2026, 11, 31, 'quarter')).toEqual({ year: 2026, monthIndex: 9, day: 1 });
    expect(start(2026, 2, 31, 'quarter')).toEqual({ year: 2026, monthIndex: 0, day: 1 });
    expect(start(2026, 7, 17, 'year')).toEqual({ year: 2026, monthIndex: 0, day: 1 });
  });

  it('puts every day in a week that starts on a Monday at most 6 days before it', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100_000, max: 100_000 }), (days) => {
        const { year, monthIndex, day } = civilFromDays(days);
        const monday = periodStart(year, monthIndex, day, 'week');
        expect(days - monday).toBeGreaterThanOrEqual(0);
        expect(days - monday).toBeLessThanOrEqual(6);
        expect(new Date(monday * MS_PER_DAY).getUTCDay()).toBe(1); // Monday
      }),
    );
  });
});

describe('walking periods', () => {
  const utcDay = (days: number) => new Date(days * MS_PER_DAY).toISOString().slice(0, 10);
  it('steps to the next period start, across month lengths and year ends', () => {
    expect(utcDay(nextPeriodStart(daysFromCivil(2026, 0, 31 - 30), 'month'))).toBe('2026-02-01');
    expect(utcDay(nextPeriodStart(daysFromCivil(2025, 11, 1), 'month'))).toBe('2026-01-01');
    expect(utcDay(nextPeriodStart(daysFromCivil(2025, 9, 1), 'quarter'))).toBe('2026-01-01');
    expect(utcDay(nextPeriodStart(daysFromCivil(2025, 11, 29), 'week'))).toBe('2026-01-05');
    expect(utcDay(nextPeriodStart(daysFromCivil(2024, 1, 28), 'day'))).toBe('2024-02-29'); // leap year
    expect(utcDay(nextPeriodStart(daysFromCivil(2024, 0, 1), 'year'))).toBe('2025-01-01');
  });

  it('counts the periods between two starts as the walk does', () => {
    fc.assert(
      fc.property(fc.integer({ min: -20000, max: 40000 }), fc.integer({ min: 0, max: 800 }), fc.constantFrom(...PERIODS), (day, span, period) => {
        const { year, monthIndex, day: d } = civilFromDays(day);
        const first = periodStart(year, monthIndex, d, period);
        const end = civilFromDays(day + span);
        const last = periodStart(end.year, end.monthIndex, end.day, period);
        let walked = 1;
        for (let p = first; p < last; p = nextPeriodStart(p, period)) walked++;
        expect(periodsBetween(first, last, period)).toBe(walked);
      }),
      { numRuns: 200 },
    );
  });

  it('writes a day as an ISO date', () => {
    expect(isoDay(daysFromCivil(2026, 2, 1))).toBe('2026-03-01');
    expect(isoDay(0)).toBe('1970-01-01');
    expect(isoDay(daysFromCivil(987, 0, 9))).toBe('0987-01-09');
  });
});
