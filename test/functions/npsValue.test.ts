import { NPS_VALUE } from '../../src/functions/npsValue';
import { column } from '../helpers/cells';

const HEADER = ['Class', 'Customers', 'Share %', 'Revenue per customer', 'Churn %', 'Lifetime value'];

function thrown(call: () => unknown): string {
  try {
    call();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected an error');
}

/*
 * Six customers, worked by hand:
 *   score revenue churned   class
 *   10    120     FALSE     promoter
 *   9     80      "yes"     promoter
 *   "n/a" —       —         left out (no score)
 *   8     60      "nie"     passive
 *   7     40      1         passive
 *   2     50      "TAK"     detractor
 *   0     30      TRUE      detractor
 * Promoters: 2, 33.3%, 100 each, 50% churn (r 0.5); passives: 2, 50 each, 50% (r 0.5);
 * detractors: 2, 40 each, 100% (r 0). Total: 6, 380/6, 4 of 6 churned (r 1/3).
 */
const SCORES = column(10, 9, 'n/a', 8, 7, 2, 0);
const REVENUE = column(120, 80, '', 60, ' 40 ', 50, '30');
const CHURNED = column(false, 'yes', '', 'nie', 1, 'TAK', true);

describe('NPS_VALUE', () => {
  it('gives customers, shares, revenue, churn and lifetime value per class, margin 1 and no discount by default', () => {
    const table = NPS_VALUE(SCORES, REVENUE, CHURNED);
    expect(table[0]).toEqual(HEADER);
    expect(table[1]).toEqual(['Promoters', 2, 100 / 3, 100, 50, 100]); // 100 × 0.5 / (1 − 0.5)
    expect(table[2]).toEqual(['Passives', 2, 100 / 3, 50, 50, 50]);
    expect(table[3]).toEqual(['Detractors', 2, 100 / 3, 40, 100, 0]);
    expect(table[4].slice(0, 2)).toEqual(['Total', 6]);
    expect(table[4][2]).toBe(100);
    expect(table[4][3]).toBeCloseTo(380 / 6, 12);
    expect(table[4][4]).toBeCloseTo(400 / 6, 12);
    expect(table[4][5]).toBeCloseTo(((380 / 6) * (1 / 3)) / (2 / 3), 12); // = 31.666…
    expect(table).toHaveLength(5);
  });

  it('applies the margin and discount rate, as fractions or percentages', () => {
    // Margin 40%, discount 25%: promoters 0.4 × 100 × 0.5 / (1.25 − 0.5) = 26.666…
    const expected = (0.4 * 100 * 0.5) / 0.75;
    for (const [margin, rate] of [[0.4, 0.25], [40, 25], ['40', '0,25']] as const) {
      const table = NPS_VALUE(SCORES, REVENUE, CHURNED, margin, rate);
      expect(table[1][5]).toBeCloseTo(expected, 12);
      expect(table[3][5]).toBe(0);
    }
    // Total: 0.4 × 380/6 × (1/3) / (1.25 − 1/3).
    expect(NPS_VALUE(SCORES, REVENUE, CHURNED, 0.4, 0.25)[4][5]).toBeCloseTo((0.4 * (380 / 6) * (1 / 3)) / (1.25 - 1 / 3), 12);
  });

  it('leaves the value blank when nobody left and nothing is discounted, and an empty class as 0 and blanks', () => {
    const table = NPS_VALUE(column(10, 9), column(100, 300), column(false, 'no'));
    expect(table[1]).toEqual(['Promoters', 2, 100, 200, 0, '']);
    expect(table[2]).toEqual(['Passives', 0, '', '', '', '']);
    expect(table[3]).toEqual(['Detractors', 0, '', '', '', '']);
    expect(table[4]).toEqual(['Total', 2, 100, 200, 0, '']);
    // With a discount rate the lifetime is finite: 200 / 0.1 = 2000.
    expect(NPS_VALUE(column(10, 9), column(100, 300), column(false, 'no'), 1, 0.1)[1][5]).toBeCloseTo(2000, 9);
  });

  it('names the value and the row of a churned cell it cannot read', () => {
    expect(thrown(() => NPS_VALUE(column(9, 5), column(10, 20), column('no', 'maybe')))).toBe(
      'NPS_VALUE: "maybe" (row 2 of churned) is not a churned value; allowed: TRUE/FALSE (a checkbox), yes/no, tak/nie or 1/0',
    );
  });

  it('names the row of a scored customer without a revenue or churned value', () => {
    expect(thrown(() => NPS_VALUE(column(9, 5, 7), column(10, 20, ''), column('no', 'no', 'no')))).toBe(
      'NPS_VALUE: row 3 of revenue is empty, but row 3 of scores holds a score; every scored customer needs a revenue (rows without a score are left out)',
    );
    expect(thrown(() => NPS_VALUE(column(9, 5), column(10, 20), column(null, 'no')))).toMatch(/^NPS_VALUE: row 1 of churned is empty, but row 1 of scores holds a score/);
  });

  it('refuses ambiguous money text and other revenue that is not a number', () => {
    expect(thrown(() => NPS_VALUE(column(9), column('12,500'), column('no')))).toMatch(/^NPS_VALUE: "12,500" \(revenue\) is text that could mean thousands/);
    expect(thrown(() => NPS_VALUE(column(9, 8), column(1, 'lots'), column('no', 'no')))).toBe(
      'NPS_VALUE: "lots" (row 2 of revenue) is not a number, not a revenue; allowed: a number such as 1250 or 1250.50 (no thousands separators)',
    );
    expect(thrown(() => NPS_VALUE(column(9), column(true), column('no')))).toMatch(/TRUE \(revenue\) is a checkbox or TRUE\/FALSE value, not a revenue/);
    expect(thrown(() => NPS_VALUE(column(9), column('#N/A'), column('no')))).toMatch(/#N\/A \(revenue\) is an error value/);
    // Decimal comma text reads as its number.
    expect(NPS_VALUE(column(9), column('12,5'), column('no'), 1, 0.5)[1][3]).toBe(12.5);
  });

  it('refuses ranges of another shape, a margin or rate out of range, and no scores at all', () => {
    expect(thrown(() => NPS_VALUE(column(9, 8), column(1), column('no', 'no')))).toMatch(/^NPS_VALUE: revenue is 1 row × 1 column but scores is 2 rows × 1 column/);
    expect(thrown(() => NPS_VALUE(column(9), column(1), column('no'), 150))).toMatch(/^NPS_VALUE: margin 150 is not allowed; allowed: a share from 0 to 1/);
    expect(thrown(() => NPS_VALUE(column(9), column(1), column('no'), 1, -0.1))).toMatch(/^NPS_VALUE: discount_rate -0.1 is not allowed/);
    expect(thrown(() => NPS_VALUE(column('', 'n/a'), column(1, 2), column('no', 'no')))).toMatch(/^NPS_VALUE: scores has no 0–10 scores/);
    expect(thrown(() => NPS_VALUE(column(11), column(1), column('no')))).toMatch(/^NPS_VALUE: 11 \(scores\) is not a 0–10 score/);
  });

  it('writes Polish headers and labels in a Polish spreadsheet', () => {
    const global = globalThis as { SpreadsheetApp?: unknown };
    global.SpreadsheetApp = { getActiveSpreadsheet: () => ({ getSpreadsheetLocale: () => 'pl_PL' }) };
    try {
      const table = NPS_VALUE(column(10, 3), column(100, 50), column('tak', 'nie'));
      expect(table.map((row) => row[0])).toEqual(['Grupa NPS', 'Promotorzy', 'Neutralni', 'Krytycy', 'Razem']);
      expect(table[0]).toEqual(['Grupa NPS', 'Klienci', 'Udział %', 'Przychód na klienta', 'Odejścia %', 'Wartość klienta']);
    } finally {
      delete global.SpreadsheetApp;
    }
  });
});
