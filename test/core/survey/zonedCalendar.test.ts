import fc from 'fast-check';
import { zonedCalendar } from '../../../src/core/survey/zonedCalendar';

const DAY = 86_400_000;
/** Days from 1970-01-01 of a calendar date, worked out by Date.UTC, independently of the code. */
const daysOf = (year: number, monthIndex: number, day: number) => Date.UTC(year, monthIndex, day) / DAY;
const at = (iso: string) => Date.parse(iso);

describe('zonedCalendar', () => {
  it('reads the day a Tokyo spreadsheet shows (UTC+9, no daylight saving)', () => {
    const tokyo = zonedCalendar('Asia/Tokyo');
    // Midnight of 1 March in Tokyo is 28 February 15:00 UTC.
    expect(tokyo.dayOf(at('2026-02-28T15:00:00Z'))).toBe(daysOf(2026, 2, 1));
    expect(tokyo.dayOf(at('2026-02-28T14:59:59Z'))).toBe(daysOf(2026, 1, 28));
    expect(tokyo.startOf(daysOf(2026, 2, 1)).toISOString()).toBe('2026-02-28T15:00:00.000Z');
  });

  it('follows daylight saving: New York starts 8 March 2026 at UTC−5 and 9 March at UTC−4', () => {
    const newYork = zonedCalendar('America/New_York');
    expect(newYork.startOf(daysOf(2026, 2, 8)).toISOString()).toBe('2026-03-08T05:00:00.000Z');
    expect(newYork.startOf(daysOf(2026, 2, 9)).toISOString()).toBe('2026-03-09T04:00:00.000Z');
    expect(newYork.dayOf(at('2026-03-09T03:59:59Z'))).toBe(daysOf(2026, 2, 8)); // 23:59:59 EDT
  });

  it.each([
    // Clocks spring forward at midnight: 00:00 never happens, the day starts at 01:00 (tzdata;
    // Intl's own rendering of the instants: 03:00Z is 23:00 the day before, 04:00Z is 01:00).
    ['America/Santiago', daysOf(2025, 8, 7), '2025-09-07T04:00:00.000Z'],
    ['America/Asuncion', daysOf(2023, 9, 1), '2023-10-01T04:00:00.000Z'],
    ['America/Havana', daysOf(2026, 2, 8), '2026-03-08T05:00:00.000Z'],
  ])('starts a day whose midnight is skipped (%s) at the switch, not an hour early on the day before', (zone, day, start) => {
    const calendar = zonedCalendar(zone);
    expect(calendar.startOf(day).toISOString()).toBe(start);
    expect(calendar.dayOf(Date.parse(start) - 1)).toBe(day - 1);
  });

  it('handles half-hour offsets (Kolkata, UTC+5:30)', () => {
    const kolkata = zonedCalendar('Asia/Kolkata');
    expect(kolkata.dayOf(at('2026-01-01T18:29:59Z'))).toBe(daysOf(2026, 0, 1));
    expect(kolkata.dayOf(at('2026-01-01T18:30:00Z'))).toBe(daysOf(2026, 0, 2));
  });

  it('refuses a zone name it does not know', () => {
    expect(() => zonedCalendar('Mars/Olympus_Mons')).toThrow(RangeError);
  });

  it('puts the start of every day on that day, and the instant before on the day before', () => {
    // With zones whose clocks change at midnight (Santiago, Havana, Asunción, São Paulo until 2019).
    const zones = ['Europe/Warsaw', 'America/New_York', 'Asia/Tokyo', 'Australia/Sydney', 'America/Sao_Paulo', 'America/Santiago', 'America/Havana', 'America/Asuncion', 'Asia/Beirut', 'UTC'];
    fc.assert(
      fc.property(fc.constantFrom(...zones), fc.integer({ min: daysOf(1990, 0, 1), max: daysOf(2040, 0, 1) }), (zone, day) => {
        const calendar = zonedCalendar(zone);
        const start = calendar.startOf(day).getTime();
        expect(calendar.dayOf(start)).toBe(day);
        expect(calendar.dayOf(start - 1)).toBe(day - 1);
      }),
    );
  });
});
