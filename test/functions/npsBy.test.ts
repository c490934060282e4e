import fc from 'fast-check';
import { NPS } from '../../src/functions/nps';
import { NPS_BY } from '../../src/functions/npsBy';
import { NPS_CI } from '../../src/functions/npsCi';
import { NPS_MOE } from '../../src/functions/npsMoe';
import { column } from '../helpers/cells';

const Z95 = 1.959963984540054;

/** Group label and responses of each row after the header. */
const groupsAndCounts = (table: unknown[][]) => table.slice(1).map((row) => [row[0], row[1]]);

describe('NPS_BY', () => {
  it('gives a header, one row per group with its adjusted-Wald interval, and a Total row, worked by hand', () => {
    const table = NPS_BY(column(10, 0, 9, 7, 10, 3), column('North', 'South', 'North', 'South', 'North', 'North'));
    expect(table[0]).toEqual(['Group', 'Responses', 'NPS', 'CI low', 'CI high', 'Promoters %', 'Passives %', 'Detractors %']);
    // North: 10, 9, 10, 3 → P 3, D 1 of 4: NPS 50. p̃ = 3.75/7, d̃ = 1.75/7, NPS̃ = 2/7 = 0.285714,
    // ṽ = 5.5/7 − (2/7)² = 0.704082, margin = 1.959964 × √(0.704082/7) = 0.621599 → −33.59 to 90.73
    expect(table[1].slice(0, 3)).toEqual(['North', 4, 50]);
    expect(table[1][3]).toBeCloseTo(100 * (2 / 7) - 100 * Z95 * Math.sqrt((5.5 / 7 - (2 / 7) ** 2) / 7), 10);
    expect(table[1][3]).toBeCloseTo(-33.589, 3);
    expect(table[1][4]).toBeCloseTo(90.731, 3);
    expect(table[1].slice(5)).toEqual([75, 0, 25]);
    // South: 0, 7 → NPS −50. p̃ = 0.75/5 = 0.15, d̃ = 1.75/5 = 0.35, ṽ = 0.5 − 0.04 = 0.46,
    // margin = 1.959964 × √(0.46/5) = 0.594486 → −20 ± 59.45 = −79.45 to 39.45
    expect(table[2].slice(0, 3)).toEqual(['South', 2, -50]);
    expect(table[2][3]).toBeCloseTo(-20 - 100 * Z95 * Math.sqrt(0.46 / 5), 10);
    expect(table[2][4]).toBeCloseTo(39.449, 3);
    expect(table[2].slice(5)).toEqual([0, 50, 50]);
    // Total: P 3, passive 1, D 2 of 6 → NPS 100/6; p̃ = 3.75/9, d̃ = 2.75/9, NPS̃ = 1/9,
    // ṽ = 6.5/9 − 1/81 = 0.709877, margin = 1.959964 × √(0.709877/9) = 0.550450 → −43.93 to 66.16
    expect(table[3].slice(0, 3)).toEqual(['Total', 6, 100 / 6]);
    expect(table[3][3]).toBeCloseTo(-43.934, 3);
    expect(table[3][4]).toBeCloseTo(66.156, 3);
    expect(table[3].slice(5)).toEqual([50, 100 / 6, 100 / 3]);
    expect(table).toHaveLength(4);
  });

  it('takes a confidence level: 90% narrows every interval', () => {
    const scores = column(10, 0, 9, 7, 10, 3);
    const groups = column('North', 'South', 'North', 'South', 'North', 'North');
    const wide = NPS_BY(scores, groups);
    const narrow = NPS_BY(scores, groups, '', 0.9);
    // North at 90%: z = 1.644854, margin = 1.644854 × √(0.704082/7) = 0.521662 → 28.57 − 52.17 = −23.59
    expect(narrow[1][3]).toBeCloseTo(100 * (2 / 7) - 164.4853626951472 * Math.sqrt((5.5 / 7 - (2 / 7) ** 2) / 7), 10);
    for (let r = 1; r < wide.length; r++) expect((narrow[r][4] as number) - (narrow[r][3] as number)).toBeLessThan((wide[r][4] as number) - (wide[r][3] as number));
    expect(() => NPS_BY(scores, groups, '', 95)).toThrow('NPS_BY: confidence 95 is not allowed; allowed: a number between 0 and 1');
  });

  it('never gives two rows the same label: a group called "Total" or "(blank)", or text 1 beside 1, is quoted', () => {
    const table = NPS_BY(column(9, 9, 0, 9, 9), column('Total', '(blank)', '', '1', 1));
    expect(groupsAndCounts(table)).toEqual([
      [1, 1],
      ['"(blank)"', 1],
      ['"1"', 1],
      ['"Total"', 1],
      ['(blank)', 1],
      ['Total', 5],
    ]);
  });

  it('words its header and labels in Polish in a Polish spreadsheet', () => {
    const global = globalThis as { SpreadsheetApp?: unknown };
    global.SpreadsheetApp = { getActiveSpreadsheet: () => ({ getSpreadsheetLocale: () => 'pl_PL', getSpreadsheetTimeZone: () => 'Europe/Warsaw' }) };
    try {
      const table = NPS_BY(column(9, 0, 9), column('Sklep', '', 'Razem'));
      expect(table[0]).toEqual(['Grupa', 'Odpowiedzi', 'NPS', 'Dolna granica', 'Górna granica', 'Promotorzy %', 'Neutralni %', 'Krytycy %']);
      expect(groupsAndCounts(table)).toEqual([['"Razem"', 1], ['Sklep', 1], ['(puste)', 1], ['Razem', 3]]);
    } finally {
      delete global.SpreadsheetApp;
    }
  });

  it('merges spellings that differ in case or spaces, sorts like a pivot table, blank last', () => {
    const table = NPS_BY(
      column(9, 9, 9, 9, 9, 9, 9, 9, 9),
      column('north', ' North ', 'east', true, 2, '', null, 10, false),
    );
    expect(groupsAndCounts(table)).toEqual([
      [2, 1],
      [10, 1],
      ['east', 1],
      ['north', 2], // first spelling seen, trimmed
      [false, 1],
      [true, 1],
      ['(blank)', 2],
      ['Total', 9],
    ]);
  });

  it('ignores rows without a valid score, so trailing blank rows add no group', () => {
    const table = NPS_BY(column(9, '', 'n/a', 0, ''), column('A', 'B', 'C', 'A', ''));
    expect(groupsAndCounts(table)).toEqual([
      ['A', 2],
      ['Total', 2],
    ]);
  });

  it('reads blocks as parallel ranges, cell by cell', () => {
    const table = NPS_BY([[10, 0], ['9', 8]] as never, [['x', 'y'], ['y', 'x']] as never);
    expect(groupsAndCounts(table)).toEqual([
      ['x', 2],
      ['y', 2],
      ['Total', 4],
    ]);
    expect(table[1][2]).toBe(50); // x: 10 and 8 → (1 − 0)/2
    expect(table[2][2]).toBe(0); // y: 0 and 9
  });

  describe('dates', () => {
    const dates = [
      new Date(2026, 0, 1, 9, 30), // Thu: week of Mon 2025-12-29
      new Date(2025, 11, 29), // Mon
      new Date(2026, 1, 15), // Sun: week of Mon 2026-02-09
      new Date(2026, 3, 30, 23, 59), // Thu, Q2
      new Date(2026, 0, 4), // Sun: week of 2025-12-29
    ];
    const scores = column(10, 0, 9, 7, 10);
    /** The periods with answers (every period is listed; the empty ones are checked apart). */
    const rows = (period?: string) =>
      NPS_BY(scores, column(...dates), period as never)
        .slice(1, -1)
        .filter((row) => row[1] !== 0)
        .map((row) => [(row[0] as Date).getFullYear(), (row[0] as Date).getMonth() + 1, (row[0] as Date).getDate(), row[1]]);

    it('bucket by month by default, returned as real Dates at the first day, oldest first', () => {
      expect(rows()).toEqual([
        [2025, 12, 1, 1],
        [2026, 1, 1, 2],
        [2026, 2, 1, 1],
        [2026, 4, 1, 1],
      ]);
      // March has no answer: it is listed all the same, with 0 responses and blank metrics.
      const table = NPS_BY(scores, column(...dates));
      expect(table.map((row) => (row[0] instanceof Date ? row[0].getMonth() + 1 : row[0]))).toEqual(['Group', 12, 1, 2, 3, 4, 'Total']);
      expect(table[4].slice(1)).toEqual([0, '', '', '', '', '', '']);
      expect(table[6]).toEqual(['Total', 5, 40, expect.any(Number), expect.any(Number), 60, 20, 20]);
      const first = NPS_BY(scores, column(...dates))[1][0] as Date;
      expect(Object.prototype.toString.call(first)).toBe('[object Date]');
      expect([first.getHours(), first.getMinutes()]).toEqual([0, 0]);
    });

    describe('in a spreadsheet whose time zone is not the script\'s', () => {
      const withSpreadsheetZone = (timeZone: string, run: () => void) => {
        const global = globalThis as { SpreadsheetApp?: unknown };
        global.SpreadsheetApp = { getActiveSpreadsheet: () => ({ getSpreadsheetTimeZone: () => timeZone }) };
        try {
          run();
        } finally {
          delete global.SpreadsheetApp;
        }
      };

      it('buckets each date by the day the spreadsheet shows, and labels it with that day\'s start', () => {
        // Sheets passes a Tokyo date cell as Tokyo midnight: 1 March = 28 Feb 15:00 UTC, which this
        // (UTC) script would otherwise read as 28 February.
        const tokyoDates = column(new Date(Date.UTC(2026, 1, 28, 15)), new Date(Date.UTC(2026, 1, 27, 15)), new Date(Date.UTC(2026, 2, 31, 15)));
        withSpreadsheetZone('Asia/Tokyo', () => {
          const table = NPS_BY(column(10, 0, 9), tokyoDates);
          // 1 Mar and 1 Apr (Tokyo) are March and April; 28 Feb is February.
          expect(table.slice(1, -1).map((row) => [(row[0] as Date).toISOString(), row[1]])).toEqual([
            ['2026-01-31T15:00:00.000Z', 1], // 1 February, Tokyo
            ['2026-02-28T15:00:00.000Z', 1], // 1 March, Tokyo
            ['2026-03-31T15:00:00.000Z', 1], // 1 April, Tokyo
          ]);
        });
      });

      it('falls back to the script\'s zone when the spreadsheet names a zone Intl does not know', () => {
        withSpreadsheetZone('Mars/Olympus_Mons', () => {
          expect((NPS_BY(column(10), column(new Date(Date.UTC(2026, 1, 28, 15))))[1][0] as Date).toISOString()).toBe('2026-02-01T00:00:00.000Z');
        });
      });
    });

    it('lists every week between the first and the last, and refuses more than 1,000 periods', () => {
      // Mon 2025-12-29 to Mon 2026-04-27: 17 weeks apart → 18 weeks.
      expect(NPS_BY(scores, column(...dates), 'week')).toHaveLength(1 + 18 + 1);
      // 2025-12-29 to 2026-04-30 by day: 123 days.
      expect(NPS_BY(scores, column(...dates), 'day')).toHaveLength(1 + 123 + 1);
      expect(() => NPS_BY(column(9, 9), column(new Date(2000, 0, 1), new Date(2026, 0, 1)), 'week')).toThrow(
        'NPS_BY: the dates of groups run from 1999-12-27 to 2025-12-29, 1,358 periods of a week; at most 1,000 fit a table: choose a longer period ("month" or "quarter")',
      );
    });

    it('leaves out rows with a blank date and refuses text among dates', () => {
      const table = NPS_BY(column(9, 0, 7), column(new Date(2026, 0, 5), '', new Date(2026, 0, 9)));
      expect(groupsAndCounts(table)).toEqual([[expect.any(Date), 2], ['Total', 2]]);
      expect(() => NPS_BY(column(9, 0), column(new Date(2026, 0, 5), 'January'))).toThrow(
        'NPS_BY: "January" (row 2 of groups) is not a date but groups holds dates (2026-01-05 in row 1 of groups); allowed: dates, or blank to leave the row out',
      );
    });

    it('bucket by ISO week (Monday), day, quarter and year', () => {
      expect(rows('week')).toEqual([
        [2025, 12, 29, 3],
        [2026, 2, 9, 1],
        [2026, 4, 27, 1],
      ]);
      expect(rows('DAY')).toEqual([
        [2025, 12, 29, 1],
        [2026, 1, 1, 1],
        [2026, 1, 4, 1],
        [2026, 2, 15, 1],
        [2026, 4, 30, 1],
      ]);
      expect(rows('quarter')).toEqual([
        [2025, 10, 1, 1],
        [2026, 1, 1, 3],
        [2026, 4, 1, 1],
      ]);
      expect(rows('year')).toEqual([
        [2025, 1, 1, 1],
        [2026, 1, 1, 4],
      ]);
    });

    it('refuses an unknown period, listing the allowed ones, even without dates', () => {
      expect(() => NPS_BY(scores, column(...dates), 'fortnight' as never)).toThrow(
        'NPS_BY: period "fortnight" is not allowed; allowed: day, week, month, quarter, year',
      );
      expect(() => NPS_BY(column(9), column('A'), 'fortnight' as never)).toThrow('NPS_BY: period "fortnight" is not allowed');
    });

    it('groups thousands of distinct date-times as it groups plain dates', () => {
      // 6000 answers, one a minute from Mon 2026-03-02 00:00 local: 1440 a day over 4 days and
      // 240 on Fri 2026-03-06 (6000 − 4 × 1440); more distinct instants than the remembered 4096.
      const times = Array.from({ length: 6000 }, (_, i) => new Date(2026, 2, 2, 0, i));
      const table = NPS_BY(column(...times.map(() => 9)), column(...times), 'day' as never);
      expect(table.slice(1, -1).map((row) => [(row[0] as Date).getDate(), row[1]])).toEqual([
        [2, 1440],
        [3, 1440],
        [4, 1440],
        [5, 1440],
        [6, 240],
      ]);
      // Repeated instants (dates without a time) land in the same group as their first sighting.
      const repeated = [new Date(2026, 2, 2), new Date(2026, 2, 3), new Date(2026, 2, 2), new Date(2026, 2, 3)];
      expect(groupsAndCounts(NPS_BY(column(9, 9, 9, 9), column(...repeated), 'day' as never)).map(([, n]) => n)).toEqual([2, 2, 4]);
    });

    it('refuses an invalid date, naming its position', () => {
      expect(() => NPS_BY(column(9, 9), column(new Date(2026, 0, 1), new Date(NaN)))).toThrow(
        'NPS_BY: an invalid date (row 2 of groups) is not a valid date',
      );
    });
  });

  it('refuses groups of another shape, naming both shapes', () => {
    expect(() => NPS_BY(column(9, 9, 9, 9), column('A', 'B', 'C'))).toThrow(
      'NPS_BY: groups is 3 rows × 1 column but scores is 4 rows × 1 column; give one group per score (parallel ranges of the same shape)',
    );
    expect(() => NPS_BY([[9, 9]] as never, 'A')).toThrow('NPS_BY: groups is 1 row × 1 column but scores is 1 row × 2 columns');
  });

  it('refuses an error value as a group, and bad or missing scores', () => {
    expect(() => NPS_BY(column(9, 9), column('A', '#N/A'))).toThrow('NPS_BY: #N/A (row 2 of groups) is an error value, not a group');
    expect(() => NPS_BY(column(9, 11), column('A', 'B'))).toThrow('NPS_BY: 11 (row 2 of scores) is not a 0–10 score');
    expect(() => NPS_BY(column('', 'x'), column('A', 'B'))).toThrow('NPS_BY: scores has no 0–10 scores');
  });

  it('has a Total equal to NPS and NPS_CI of all, and each group equal to NPS of its rows', () => {
    const row = fc.tuple(fc.oneof(fc.integer({ min: 0, max: 10 }), fc.constant('')), fc.constantFrom('a', 'B', 'b', 'c', '', 3, 1));
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 60 }), (pairs) => {
        fc.pre(pairs.some(([score]) => score !== ''));
        const scores = column(...pairs.map(([score]) => score));
        const groups = column(...pairs.map(([, group]) => group));
        const table = NPS_BY(scores, groups);
        const total = table[table.length - 1];
        expect(total[0]).toBe('Total');
        expect(total[2]).toBeCloseTo(NPS(scores), 9);
        expect([total[3], total[4]]).toEqual(NPS_CI(scores)[0]);
        expect((total[4] as number) - (total[3] as number)).toBeLessThanOrEqual(2 * NPS_MOE(scores) + 1e-9);
        for (const [label, responses, nps, , , promoters, passives, detractors] of table.slice(1, -1)) {
          const key = (group: unknown) => (group === '' ? '(blank)' : typeof group === 'string' ? group.toLowerCase() : group);
          const own = pairs.filter(([score, group]) => score !== '' && key(group) === key(label)).map(([score]) => score);
          expect(responses).toBe(own.length);
          expect(nps).toBeCloseTo(NPS(column(...own)), 9);
          expect((promoters as number) + (passives as number) + (detractors as number)).toBeCloseTo(100, 9);
        }
        const sum = table.slice(1, -1).reduce((n, r) => n + (r[1] as number), 0);
        expect(sum).toBe(total[1]);
      }),
    );
  });
});
