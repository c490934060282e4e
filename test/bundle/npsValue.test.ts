import { loadBundle, thrownMessage } from '../helpers/bundle';

// NPS_VALUE through its top-level stub in dist/Code.js, in a bare V8 context, on a customer
// list worked out by hand here (not the unit tests' data).
const bundle = loadBundle();
const col = (...cells: unknown[]) => cells.map((cell) => [cell]);

/*
 *   score revenue churned     class
 *   10    300     no          promoter
 *   10    100     no          promoter
 *   9     200     yes         promoter
 *   9     400     FALSE       promoter
 *   8     100     tak         passive
 *   7     100     0           passive
 *   7     100     1           passive
 *   (blank) 999   maybe       left out: no score, so its cells are not read
 *   6     90      TRUE        detractor
 *   0     30      nie         detractor
 *
 *              n  share %  revenue/customer  churn   r     LTV (m = 1, d = 0)   LTV (m = 0.2, d = 0.05)
 *   Promoters  4  4/9      1000/4 = 250      25%     0.75  250×0.75/0.25 = 750  0.2×250×0.75/0.3 = 125
 *   Passives   3  3/9      300/3 = 100       66.6̅%   1/3   100×(1/3)/(2/3) = 50 0.2×100×(1/3)/(1.05−1/3) = 9.3023…
 *   Detractors 2  2/9      120/2 = 60        50%     0.5   60×0.5/0.5 = 60      0.2×60×0.5/0.55 = 10.909…
 *   Total      9  100      1420/9 = 157.7̅    4/9     5/9   157.7̅×(5/9)/(4/9) = 197.2̅   0.2×157.7̅×(5/9)/(1.05−5/9) = 35.49…
 */
const SCORES = col(10, 10, 9, 9, 8, 7, 7, '', 6, 0);
const REVENUE = col(300, 100, 200, 400, 100, 100, 100, 999, 90, 30);
const CHURNED = col('no', 'no', 'yes', false, 'tak', 0, 1, 'maybe', true, 'nie');

describe('NPS_VALUE through dist/Code.js', () => {
  it('gives the hand-worked customers, shares, revenue and churn, and lifetime values with margin 1 and no discount', () => {
    const table = bundle.NPS_VALUE(SCORES, REVENUE, CHURNED);
    expect(table[0]).toEqual(['Class', 'Customers', 'Share %', 'Revenue per customer', 'Churn %', 'Lifetime value']);
    expect(table.map((row: unknown[]) => row.slice(0, 2))).toEqual([
      ['Class', 'Customers'],
      ['Promoters', 4],
      ['Passives', 3],
      ['Detractors', 2],
      ['Total', 9],
    ]);
    const expected = [
      [400 / 9, 250, 25, 750],
      [300 / 9, 100, 200 / 3, 50],
      [200 / 9, 60, 50, 60],
      [100, 1420 / 9, 400 / 9, 1775 / 9],
    ];
    expected.forEach((values, i) => values.forEach((value, j) => expect(table[i + 1][2 + j]).toBeCloseTo(value, 9)));
  });

  it('gives the hand-worked lifetime values with a 20% margin and a 5% discount rate, as fractions or percentages', () => {
    for (const [margin, rate] of [[0.2, 0.05], [20, 5]]) {
      const table = bundle.NPS_VALUE(SCORES, REVENUE, CHURNED, margin, rate);
      expect(table[1][5]).toBeCloseTo(125, 9);
      expect(table[2][5]).toBeCloseTo((0.2 * 100 * (1 / 3)) / (1.05 - 1 / 3), 9);
      expect(table[2][5]).toBeCloseTo(9.30232558, 6);
      expect(table[3][5]).toBeCloseTo(12 / 1.1, 9);
      expect(table[4][5]).toBeCloseTo((0.2 * (1420 / 9) * (5 / 9)) / (1.05 - 5 / 9), 9);
    }
  });

  it('stops on a churned value "maybe" in a scored row, naming it and its row', () => {
    const churned = CHURNED.map((row, i) => (i === 8 ? ['maybe'] : row));
    expect(thrownMessage(() => bundle.NPS_VALUE(SCORES, REVENUE, churned))).toBe(
      'NPS_VALUE: "maybe" (row 9 of churned) is not a churned value; allowed: TRUE/FALSE (a checkbox), yes/no, tak/nie or 1/0',
    );
  });

  it('follows a Polish spreadsheet locale in its headers and labels', () => {
    const polish = loadBundle({ SpreadsheetApp: { getActiveSpreadsheet: () => ({ getSpreadsheetLocale: () => 'pl_PL' }) } });
    const table = polish.NPS_VALUE(SCORES, REVENUE, CHURNED);
    expect(table[0]).toEqual(['Grupa NPS', 'Klienci', 'Udział %', 'Przychód na klienta', 'Odejścia %', 'Wartość klienta']);
    expect(table.slice(1).map((row: unknown[]) => row[0])).toEqual(['Promotorzy', 'Neutralni', 'Krytycy', 'Razem']);
  });
});
