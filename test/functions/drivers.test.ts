import { DRIVERS } from '../../src/functions/drivers';
import { column } from '../helpers/cells';
import { referenceAnalysis } from '../helpers/relativeWeightsReference';

const HEADER = ['Driver', 'Responses', 'Correlation', 'Importance %', 'Mean', 'Priority'];

/** Runs `call` as in a spreadsheet whose locale is `locale`. */
function inLocale<T>(locale: string, call: () => T): T {
  const global = globalThis as { SpreadsheetApp?: unknown };
  global.SpreadsheetApp = { getActiveSpreadsheet: () => ({ getSpreadsheetLocale: () => locale }) };
  try {
    return call();
  } finally {
    delete global.SpreadsheetApp;
  }
}

describe('DRIVERS', () => {
  it('gives the table of DESIGN §2 for two uncorrelated drivers, worked by hand', () => {
    // y = 10 4 2 4 (mean 5); Delivery 3 3 1 1, Hotline 4 2 4 2 (centred ±1, orthogonal):
    // r = 8/12 = 2/3 and 4/12 = 1/3, weights r² = 4/9 and 1/9, R² = 5/9; importance 80 and 20 %.
    // Means 2 and 3, average 2.5: Delivery important but below → Concentrate here; Hotline → Possible overkill.
    const table = DRIVERS(column(10, 4, 2, 4), [[3, 4], [3, 2], [1, 4], [1, 2]] as never, [['Delivery', 'Hotline']] as never);
    expect(table).toEqual([
      HEADER,
      ['Delivery', 4, expect.closeTo(2 / 3, 14), expect.closeTo(80, 12), 2, 'Concentrate here'],
      ['Hotline', 4, expect.closeTo(1 / 3, 14), expect.closeTo(20, 12), 3, 'Possible overkill'],
      ['R²', 4, '', expect.closeTo(500 / 9, 12), '', ''],
    ]);
  });

  it('reads blanks pairwise, skips text such as "don\'t know", counts numeric text, and names drivers by default', () => {
    const outcome = column(10, 9, 'n/a', 3, ' 7 ', 8, 2, '', 6, 9, 5, 4);
    const ratings = [
      [5, '4'], ['4', 5], [3, 3], [2, 3], [4, "don't know"], [undefined, 4], [1, 2], [5, 5], ['3,0', 2], [5, 4], [2, 3], [2, ''],
    ] as never;
    const table = DRIVERS(outcome, ratings);
    const reference = referenceAnalysis(
      [10, 9, undefined, 3, 7, 8, 2, undefined, 6, 9, 5, 4],
      [
        [5, 4, 3, 2, 4, undefined, 1, 5, 3, 5, 2, 2],
        [4, 5, 3, 3, undefined, 4, 2, 5, 2, 4, 3, undefined],
      ],
    );
    expect(reference.responses).toBe(10);
    expect(table[0]).toEqual(HEADER);
    expect(table[table.length - 1]).toEqual(['R²', 10, '', expect.closeTo(reference.rSquared * 100, 9), '', '']);
    for (const row of table.slice(1, -1)) {
      const expected = reference.drivers[Number(String(row[0]).replace('Driver ', '')) - 1];
      expect(row.slice(1, 5)).toEqual([expected.responses, expect.closeTo(expected.correlation, 12), expect.closeTo(expected.importance, 8), expect.closeTo(expected.mean, 12)]);
    }
    // Driver 1 is answered in 9 of the 10 rows with an outcome, Driver 2 in 8 ("don't know" and a blank).
    expect(table.slice(1, -1).map((row) => [row[0], row[1]]).sort()).toEqual([['Driver 1', 9], ['Driver 2', 8]]);
  });

  it('speaks Polish in a Polish spreadsheet', () => {
    const table = inLocale('pl_PL', () => DRIVERS(column(10, 4, 2, 4), [[3, 4], [3, 2], [1, 4], [1, 2]] as never));
    expect(table[0]).toEqual(['Czynnik', 'Odpowiedzi', 'Korelacja', 'Ważność %', 'Średnia', 'Priorytet']);
    expect(table.map((row) => [row[0], row[5]])).toEqual([
      ['Czynnik', 'Priorytet'],
      ['Czynnik 1', 'Skup się tutaj'],
      ['Czynnik 2', 'Możliwy nadmiar'],
      ['R²', ''],
    ]);
    expect(inLocale('en_GB', () => DRIVERS(column(10, 4, 2, 4), [[3, 4], [3, 2], [1, 4], [1, 2]] as never))[1][0]).toBe('Driver 1');
    // No spreadsheet to ask (or one that refuses): English.
    const global = globalThis as { SpreadsheetApp?: unknown };
    global.SpreadsheetApp = { getActiveSpreadsheet: () => { throw new Error('no access'); } };
    try {
      expect(DRIVERS(column(10, 4, 2, 4), [[3, 4], [3, 2], [1, 4], [1, 2]] as never)[0][0]).toBe('Driver');
    } finally {
      delete global.SpreadsheetApp;
    }
  });

  it('takes labels from a header row: blanks by column, numbers and booleans as text, repeats numbered', () => {
    const ratings = [[3, 4, 1], [3, 2, 2], [1, 4, 4], [1, 2, 2], [2, 3, 5], [2, 1, 3]] as never;
    const table = DRIVERS(column(10, 4, 2, 4, 6, 3), ratings, [['Delivery', 'delivery', '']] as never);
    expect(table.slice(1, -1).map((row) => row[0]).sort()).toEqual(['Delivery', 'Driver 3', 'delivery (2)']);
    const named = DRIVERS(column(10, 4, 2, 4, 6, 3), ratings, [[2025, true, 'R²']] as never);
    expect(named.slice(1, -1).map((row) => row[0]).sort()).toEqual(['"R²"', '2025', 'TRUE']);
    expect(DRIVERS(column(10, 4, 2, 4, 6, 3), ratings, '' as never).slice(1, -1).map((row) => row[0]).sort()).toEqual(['Driver 1', 'Driver 2', 'Driver 3']);
  });

  it('refuses ranges of the wrong shape, naming them', () => {
    const ratings = [[3, 4], [3, 2], [1, 4], [1, 2]] as never;
    expect(() => DRIVERS([[1, 2], [3, 4]] as never, ratings)).toThrow('DRIVERS: outcome is 2 rows × 2 columns; give one column, e.g. the NPS answers in D2:D');
    expect(() => DRIVERS(column(1, 2, 3), ratings)).toThrow('DRIVERS: ratings is 4 rows × 2 columns but outcome is 3 rows × 1 column; give ratings the same rows as outcome, one column per driver');
    expect(() => DRIVERS(column(10, 4, 2, 4), ratings, [['A', 'B', 'C']] as never)).toThrow(
      'DRIVERS: labels is 1 row × 3 columns but ratings has 2 columns; give one row with a name per driver (the header row above ratings), or leave labels out',
    );
    expect(() => DRIVERS(column(10, 4, 2, 4), ratings, [['A'], ['B']] as never)).toThrow('DRIVERS: labels is 2 rows × 1 column');
  });

  it('refuses cells that are not answers, naming the cell', () => {
    const ratings = [[3, 4], [3, 2], [1, 4], [1, 2]];
    expect(() => DRIVERS(column(10, true, 2, 4), ratings as never)).toThrow('DRIVERS: TRUE (row 2 of outcome) is a checkbox or TRUE/FALSE value, not a number; allowed: any number');
    expect(() => DRIVERS(column(10, 4, 2, 4), [[3, 4], [3, new Date(2026, 0, 5)], [1, 4], [1, 2]] as never)).toThrow('DRIVERS: 2026-01-05 (row 2, column 2 of ratings) is a date, not a number');
    expect(() => DRIVERS(column(10, 4, '#N/A', 4), ratings as never)).toThrow('DRIVERS: #N/A (row 3 of outcome) is an error value');
    expect(() => DRIVERS(column(10, 4, 2, 4), ratings as never, [['A', '#REF!']] as never)).toThrow('DRIVERS: #REF! (column 2 of labels) is an error value, not a name');
  });

  it('says why the data cannot be analysed, naming counts and drivers', () => {
    expect(() => DRIVERS(column(10, 4, 2), [[3, 4], [3, 2], [1, 4]] as never)).toThrow(
      'DRIVERS: only 3 rows have an outcome and a rating; 2 drivers need at least 4 (the number of drivers + 2)',
    );
    expect(() => DRIVERS(column('', 'n/a'), [[3], [4]] as never)).toThrow('DRIVERS: no row has both an outcome and a rating');
    const y = column(1, 5, 3, 8, 6, 2);
    const a = [1, 3, 2, 5, 4, 1];
    const b = [2, 4, 4, 3, 5, 1];
    const rows = (...columns: number[][]) => a.map((_, i) => columns.map((c) => c[i])) as never;
    expect(() => DRIVERS(y, rows(a, b, a), [['CSAT Delivery', 'CSAT Hotline', 'CSAT Delivery (copy)']] as never)).toThrow(
      'DRIVERS: "CSAT Delivery" and "CSAT Delivery (copy)" are perfectly correlated (r = 1 on the 6 rows where both are answered): one duplicates the other; leave one of them out',
    );
    expect(() => DRIVERS(y, rows(a, [4, 4, 4, 4, 4, 4]), [['A', 'Returns']] as never)).toThrow('DRIVERS: "Returns" is 4 in every row with an outcome');
    expect(() => DRIVERS(column(9, 9, 9, 9, 9, 9), rows(a, b))).toThrow('DRIVERS: the outcome is 9 in every row used');
    expect(() => DRIVERS(y, rows(a, ['', '', 3, '', 4, ''] as never))).toThrow('DRIVERS: "Driver 2" has 2 answers in rows with an outcome; each driver needs at least 3');
  });
});
