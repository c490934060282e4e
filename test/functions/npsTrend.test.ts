import fc from 'fast-check';
import { NPS } from '../../src/functions/nps';
import { NPS_CI } from '../../src/functions/npsCi';
import { NPS_TEST } from '../../src/functions/npsTest';
import { NPS_TREND } from '../../src/functions/npsTrend';
import { column } from '../helpers/cells';

const day = (y: number, m: number, d: number) => new Date(y, m - 1, d);
const month = (cell: unknown) => (cell instanceof Date ? `${cell.getFullYear()}-${cell.getMonth() + 1}` : cell);

describe('NPS_TREND', () => {
  // January: 10, 9, 0 (NPS 33.3); February: nobody; March: 10, 7, 0 (NPS 0); a blank date left out.
  const scores = column(10, 9, 0, 10, 7, 0, 10);
  const dates = column(day(2026, 1, 5), day(2026, 1, 20), day(2026, 1, 21), day(2026, 3, 3), day(2026, 3, 4), day(2026, 3, 9), '');

  it('gives one row per month, empty ones included, with change and p-value against the previous month with answers', () => {
    const table = NPS_TREND(scores, dates);
    expect(table[0]).toEqual(['Period', 'Responses', 'NPS', 'CI low', 'CI high', 'Change', 'p-value', 'Significant']);
    expect(table.slice(1).map((row) => [month(row[0]), row[1]])).toEqual([
      ['2026-1', 3],
      ['2026-2', 0],
      ['2026-3', 3],
    ]);
    // January: P 2, D 1 of 3 → 100/3; first period: no change.
    expect(table[1].slice(2)).toEqual([100 / 3, ...NPS_CI(column(10, 9, 0))[0], '', '', '']);
    expect(table[2].slice(1)).toEqual([0, '', '', '', '', '', '']);
    // March against January: change 0 − 33.33; p from the adjusted test, as NPS_TEST gives it.
    // January p̃ 2.75/6, d̃ 1.75/6, NPS̃ 1/6, ṽ 4.5/6 − 1/36 = 0.722222; March p̃ = d̃ = 1.75/6, NPS̃ 0, ṽ 3.5/6 = 0.583333
    // z = (1/6)/√((0.722222 + 0.583333)/6) = 0.166667/0.466469 = 0.357294 → p = 2Φ(−0.357294) = 0.720871
    expect(table[3][5]).toBeCloseTo(-100 / 3, 12);
    expect(table[3][6]).toBeCloseTo(NPS_TEST(column(10, 7, 0), column(10, 9, 0)), 12);
    expect(table[3][6]).toBeCloseTo(0.720871, 5);
    expect(table[3][7]).toBe(false);
  });

  it('marks a change significant when p < 1 − confidence', () => {
    const many = (value: unknown, n: number): unknown[] => Array(n).fill(value);
    const s = column(...many(0, 30), ...many(10, 30));
    const d = column(...many(day(2026, 1, 10), 30), ...many(day(2026, 2, 10), 30));
    const table = NPS_TREND(s, d, 'month', 0.99);
    expect(table[2][5]).toBe(200);
    expect(table[2][6]).toBeLessThan(0.01);
    expect(table[2][7]).toBe(true);
  });

  it('refuses text among the dates, and scores with no date at all', () => {
    expect(() => NPS_TREND(column(9, 9), column(day(2026, 1, 5), 'later'))).toThrow('NPS_TREND: "later" (row 2 of dates) is not a date');
    expect(() => NPS_TREND(column(9), column('North'))).toThrow('NPS_TREND: "North" (dates) is not a date; allowed: dates, or blank to leave the row out');
    // An error value in dates is named as what it stands in for: a date, not a group.
    expect(() => NPS_TREND(column(10, 9), column(day(2026, 1, 1), '#N/A'))).toThrow('NPS_TREND: #N/A (row 2 of dates) is an error value, not a date; fix the cell it comes from');
    expect(() => NPS_TREND(column(9, 9), column('', ''))).toThrow('NPS_TREND: no score has a date beside it in dates');
    expect(() => NPS_TREND(column(9, 9), column(day(2026, 1, 1)))).toThrow('NPS_TREND: dates is 1 row × 1 column but scores is 2 rows × 1 column; give one date per score');
  });

  it('Change equals the difference of the two periods\' NPS, and p-value equals NPS_TEST of the two', () => {
    const answer = fc.tuple(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 5 }));
    fc.assert(
      fc.property(fc.array(answer, { minLength: 1, maxLength: 80 }), (answers) => {
        const table = NPS_TREND(column(...answers.map(([s]) => s)), column(...answers.map(([, m]) => day(2026, m + 1, 15))));
        const byMonth = (m: number) => answers.filter(([, k]) => k === m).map(([s]) => s);
        let previous: number[] | undefined;
        for (const row of table.slice(1)) {
          const own = byMonth((row[0] as Date).getMonth());
          expect(row[1]).toBe(own.length);
          if (own.length === 0) continue;
          expect(row[2]).toBeCloseTo(NPS(column(...own)), 9);
          if (previous !== undefined) {
            expect(row[5]).toBeCloseTo(NPS(column(...own)) - NPS(column(...previous)), 9);
            expect(row[6]).toBeCloseTo(NPS_TEST(column(...own), column(...previous)), 12);
          }
          previous = own;
        }
      }),
    );
  });
});
