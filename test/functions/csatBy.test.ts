import { CSAT } from '../../src/functions/csat';
import { CSAT_BY } from '../../src/functions/csatBy';
import { column } from '../helpers/cells';

describe('CSAT_BY', () => {
  it('gives the CSAT, its Wilson interval and the dissatisfied share per group, worked by hand', () => {
    const table = CSAT_BY(column(5, 4, 2, 5, 3), column('Web', 'Web', 'Web', 'Store', 'Store'));
    expect(table[0]).toEqual(['Group', 'Responses', 'CSAT %', 'CI low', 'CI high', 'Dissatisfied %']);
    // Store: 5, 3 → 1 of 2 satisfied: Wilson 0.5 ± 0.405469 (see wilsonInterval.test) → 9.453 to 90.547
    expect(table[1][0]).toBe('Store');
    expect(table[1].slice(1, 3)).toEqual([2, 50]);
    expect(table[1][3]).toBeCloseTo(9.4531, 4);
    expect(table[1][4]).toBeCloseTo(90.5469, 4);
    expect(table[1][5]).toBe(0);
    // Web: 5, 4, 2 → 2 of 3 satisfied, 1 dissatisfied (2).
    // p̂ 2/3, z²/n = 1.280486: centre (0.666667 + 0.640243)/2.280486 = 0.573078,
    // half = 1.959964/2.280486 × √(0.074074 + 0.106706) = 0.859451 × 0.425182 = 0.365423 → 20.77 to 93.85
    expect(table[2][3]).toBeCloseTo(20.766, 2);
    expect(table[2][4]).toBeCloseTo(93.851, 2);
    expect(table[2][5]).toBeCloseTo(100 / 3, 12);
    expect(table[3].slice(0, 3)).toEqual(['Total', 5, CSAT(column(5, 4, 2, 5, 3))]);
    expect(table[3][5]).toBe(20);
  });

  it('counts 1–2 as dissatisfied whatever satisfied_from is, and takes scale and confidence', () => {
    const table = CSAT_BY(column(2, 6, 7, 1), column('a', 'a', 'a', 'a'), '', 7, 2, 0.9);
    // satisfied_from 2 on 1–7: 2, 6, 7 satisfied (75%); 2 and 1 dissatisfied (50%): 2 is both.
    expect(table[1].slice(0, 3)).toEqual(['a', 4, 75]);
    expect(table[1][5]).toBe(50);
    expect(() => CSAT_BY(column(6), column('a'))).toThrow('CSAT_BY: 6 (scores) is not a 1–5 satisfaction score');
    expect(() => CSAT_BY(column(5), column('a'), '', 6)).toThrow('CSAT_BY: scale 6 is not allowed; allowed: 5, 7, 10');
    expect(() => CSAT_BY(column(5), column('a'), '', 5, 6)).toThrow('CSAT_BY: satisfied_from 6 is not allowed; allowed: whole numbers from 1 to 5 (the scale)');
  });

  it('groups dates by period, empty periods blank, and words Polish headers', () => {
    const global = globalThis as { SpreadsheetApp?: unknown };
    global.SpreadsheetApp = { getActiveSpreadsheet: () => ({ getSpreadsheetLocale: () => 'pl', getSpreadsheetTimeZone: () => 'UTC' }) };
    try {
      const table = CSAT_BY(column(5, 1), column(new Date(Date.UTC(2026, 0, 3)), new Date(Date.UTC(2026, 2, 3))));
      expect(table[0]).toEqual(['Grupa', 'Odpowiedzi', 'CSAT %', 'Dolna granica', 'Górna granica', 'Niezadowoleni %']);
      expect(table.map((row) => row[1])).toEqual(['Odpowiedzi', 1, 0, 1, 2]);
      expect(table[2].slice(1)).toEqual([0, '', '', '', '']);
      expect(table[4][0]).toBe('Razem');
    } finally {
      delete global.SpreadsheetApp;
    }
  });
});
