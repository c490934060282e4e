import fc from 'fast-check';
import { NPS } from '../../src/functions/nps';
import { NPS_BY, NPS_BY_HEADER } from '../../src/functions/npsBy';
import { NPS_MOE } from '../../src/functions/npsMoe';
import { column } from '../helpers/cells';

const Z95 = 1.959963984540054;

/** Group label and responses of each row after the header. */
const groupsAndCounts = (table: unknown[][]) => table.slice(1).map((row) => [row[0], row[1]]);

describe('NPS_BY', () => {
  it('gives a header, one row per group and a Total row, worked by hand', () => {
    const table = NPS_BY(column(10, 0, 9, 7, 10, 3), column('North', 'South', 'North', 'South', 'North', 'North'));
    expect(table[0]).toEqual([...NPS_BY_HEADER]);
    // North: 10, 9, 10, 3 → 3 promoters, 1 detractor of 4: NPS 50, var 1 − 0.25 = 0.75
    expect(table[1].slice(0, 3)).toEqual(['North', 4, 50]);
    expect(table[1][3]).toBeCloseTo(Z95 * 100 * Math.sqrt(0.75 / 4), 10);
    expect(table[1].slice(4)).toEqual([75, 0, 25]);
    // South: 0, 7 → NPS −50, p 0, d 0.5: var 0.5 − 0.25 = 0.25
    expect(table[2].slice(0, 3)).toEqual(['South', 2, -50]);
    expect(table[2][3]).toBeCloseTo(Z95 * 100 * Math.sqrt(0.25 / 2), 10);
    expect(table[2].slice(4)).toEqual([0, 50, 50]);
    // Total: 3 promoters, 1 passive, 2 detractors of 6 → NPS 100/6
    expect(table[3].slice(0, 3)).toEqual(['Total', 6, 100 / 6]);
    expect(table[3].slice(4)).toEqual([50, 100 / 6, 100 / 3]);
    expect(table).toHaveLength(4);
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
    const rows = (period?: string) =>
      NPS_BY(scores, column(...dates), period as never)
        .slice(1, -1)
        .map((row) => [(row[0] as Date).getFullYear(), (row[0] as Date).getMonth() + 1, (row[0] as Date).getDate(), row[1]]);

    it('bucket by month by default, returned as real Dates at the first day, oldest first', () => {
      expect(rows()).toEqual([
        [2025, 12, 1, 1],
        [2026, 1, 1, 2],
        [2026, 2, 1, 1],
        [2026, 4, 1, 1],
      ]);
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

  it('has a Total equal to NPS and NPS_MOE of all, and each group equal to NPS of its rows', () => {
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
        expect(total[3]).toBeCloseTo(NPS_MOE(scores), 9);
        for (const [label, responses, nps, , promoters, passives, detractors] of table.slice(1, -1)) {
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
