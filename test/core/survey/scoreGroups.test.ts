import { daysFromCivil, Period, periodStart } from '../../../src/core/survey/datePeriod';
import { countByGroup, groupScores, PeriodCalendar, summaryRows } from '../../../src/core/survey/scoreGroups';
import { SURVEY_TABLE_WORDS } from '../../../src/core/survey/surveyTableWords';

/** The script's own calendar (tests run in UTC): days as the Date's local fields, dates back as local midnight. */
const calendar: PeriodCalendar = {
  periodOf: (date: Date, period: Period) => periodStart(date.getFullYear(), date.getMonth(), date.getDate(), period),
  dateOf: (days: number) => new Date(days * 86_400_000),
};

function table(scores: number[], groups: unknown[], options: { period?: Period; total?: boolean; datesOnly?: boolean; locale?: 'en' | 'pl' } = {}) {
  const values = Float64Array.from(scores);
  const period = options.period ?? 'month';
  const grouped = groupScores(values, groups.map((g) => [g]), groups.length, 1, { fn: 'FN', argName: 'groups', period, calendar, datesOnly: options.datesOnly ?? false });
  const counts = countByGroup(values, grouped, 1, new Int8Array(11)); // one slot: the responses
  return summaryRows(grouped, counts, 1, { fn: 'FN', argName: 'groups', period, calendar, words: SURVEY_TABLE_WORDS[options.locale ?? 'en'], total: options.total ?? true }).map((row) => [
    row.label instanceof Date ? row.label.toISOString().slice(0, 10) : row.label,
    row.counts === undefined ? 'empty' : row.counts[0],
  ]);
}

describe('score groups', () => {
  it('never gives two rows the same label: text that reads like another row is quoted', () => {
    expect(table([9, 9, 9, 9, 9, 9, 9, 9], ['Total', '(blank)', '', '1', 1, 'TRUE', true, '"x"'])).toEqual([
      [1, 1],
      ['""x""', 1], // already quoted text, so it cannot be mistaken for a quoted label
      ['"(blank)"', 1],
      ['"1"', 1], // text 1 beside the number 1
      ['"Total"', 1],
      ['"TRUE"', 1],
      [true, 1],
      ['(blank)', 1],
      ['Total', 8],
    ]);
    // Case does not save a clash: groups ignore case, and so does the reader.
    expect(table([9, 9], ['total', 'x'])).toEqual([['"total"', 1], ['x', 1], ['Total', 2]]);
    // Without a clash nothing is quoted; "Total" is free when there is no total row.
    expect(table([9, 9], ['Total', '2'], { total: false })).toEqual([['2', 1], ['Total', 1]]);
  });

  it('words the total and blank rows in Polish, and quotes text that reads like them', () => {
    expect(table([9, 9, 9], ['Razem', '', 'Total'], { locale: 'pl' })).toEqual([['"Razem"', 1], ['Total', 1], ['(puste)', 1], ['Razem', 3]]);
  });

  it('fills every period from the first to the last, empty ones without counts', () => {
    const d = (y: number, m: number, day: number) => new Date(Date.UTC(y, m - 1, day));
    expect(table([9, 9, 9], [d(2026, 1, 15), d(2026, 4, 2), d(2026, 1, 3)])).toEqual([
      ['2026-01-01', 2],
      ['2026-02-01', 'empty'],
      ['2026-03-01', 'empty'],
      ['2026-04-01', 1],
      ['Total', 3],
    ]);
    expect(table([9, 9], [d(2025, 12, 31), d(2026, 1, 12)], { period: 'week', total: false })).toEqual([
      ['2025-12-29', 1],
      ['2026-01-05', 'empty'],
      ['2026-01-12', 1],
    ]);
    expect(table([9, 9], [d(2025, 11, 30), d(2026, 7, 1)], { period: 'quarter', total: false }).map(([label]) => label)).toEqual(['2025-10-01', '2026-01-01', '2026-04-01', '2026-07-01']);
  });

  it('leaves out rows with a blank date, from the periods and the total', () => {
    expect(table([9, 9, 9], [new Date(Date.UTC(2026, 0, 5)), '', null])).toEqual([['2026-01-01', 1], ['Total', 1]]);
  });

  it('refuses text or numbers among dates, naming the value, its position and a date beside it', () => {
    expect(() => table([9, 9], [new Date(Date.UTC(2026, 0, 5)), 'North'])).toThrow(
      'FN: "North" (row 2 of groups) is not a date but groups holds dates (2026-01-05 in row 1 of groups); allowed: dates, or blank to leave the row out',
    );
    expect(() => table([9, 9], [7, new Date(Date.UTC(2026, 0, 5))])).toThrow('FN: 7 (row 1 of groups) is not a date but groups holds dates');
    expect(() => table([9], ['North'], { datesOnly: true })).toThrow('FN: "North" (groups) is not a date; allowed: dates, or blank');
  });

  it('refuses more than 1,000 periods, suggesting a longer one', () => {
    const first = new Date(Date.UTC(2020, 0, 1));
    const late = new Date(Date.UTC(2022, 8, 27)); // 2020-01-01 + 1,000 days
    expect(daysFromCivil(2022, 8, 27) - daysFromCivil(2020, 0, 1)).toBe(1000);
    expect(() => table([9, 9], [first, late], { period: 'day' })).toThrow(
      'FN: the dates of groups run from 2020-01-01 to 2022-09-27, 1,001 periods of a day; at most 1,000 fit a table: choose a longer period ("week" or "month")',
    );
    expect(table([9, 9], [first, new Date(Date.UTC(2022, 8, 26))], { period: 'day' })).toHaveLength(1001); // 1,000 days + Total
  });
});
