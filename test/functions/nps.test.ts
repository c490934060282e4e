import { NPS } from '../../src/functions/nps';

const column = (...cells: unknown[]) => cells.map((cell) => [cell]) as never;

describe('NPS custom function: argument shapes', () => {
  it('reads a single cell', () => {
    expect(NPS(9)).toBe(100);
    expect(NPS('3')).toBe(-100);
  });

  it('reads a column, skipping blanks and text, counting numeric text', () => {
    // Valid: 9, 10, 0, 7 → (2 promoters − 1 detractor) / 4 = 25.
    expect(NPS(column(9, 10, 0, '', 'n/a', '7,0'))).toBe(25);
  });

  it('reads a row and a block', () => {
    expect(NPS([[9, 6, 8]] as never)).toBe(0);
    // 10, 10, 2, blank, 9, "8" → 3 promoters, 1 passive, 1 detractor of 5 → 40.
    expect(NPS([[10, 10], [2, ''], [9, '8']] as never)).toBe(40);
  });

  it('counts every valid score of a long column (none dropped)', () => {
    const cells = Array.from({ length: 10_000 }, (_, i) => [i % 10 === 0 ? '' : i % 3 === 0 ? 10 : 5]);
    // Rows i = 1..9999 that are not multiples of 10: 9000; of those, multiples of 3 (not of 10): 3333 − 333 = 3000 promoters.
    // NPS = (3000 − 6000) / 9000 = −33.33…
    expect(NPS(cells as never)).toBeCloseTo(-100 / 3, 10);
  });
});

describe('NPS custom function: errors', () => {
  it('names the value and its row when a score is off the scale', () => {
    expect(() => NPS(column(9, 9, 9, 9, 9, 9, 11))).toThrow('NPS: 11 (row 7 of scores) is not a 0–10 score; allowed: whole numbers from 0 to 10');
  });

  it('reads a computed score that misses a whole point only by rounding as that point (=0.1*3*10 shows 3)', () => {
    // 3.0000000000000004 is a detractor, 9.000000000000002 a promoter: (1 − 1) / 2 = 0.
    expect(NPS(column(0.1 * 3 * 10, (0.1 + 0.2) * 30))).toBe(0);
    expect(() => NPS(column(10.000000001))).toThrow('NPS: 10.000000001 (scores) is not a 0–10 score');
  });

  it('rejects half points, negative scores and off-scale numeric text', () => {
    expect(() => NPS(column(7.5))).toThrow('NPS: 7.5 (scores) is not a 0–10 score');
    expect(() => NPS(column(3, -1))).toThrow('NPS: -1 (row 2 of scores) is not a 0–10 score');
    expect(() => NPS(column(' 12 '))).toThrow('NPS: "12" (scores) is not a 0–10 score');
  });

  it('rejects booleans and dates with their position in a row or block', () => {
    expect(() => NPS([[9, true]] as never)).toThrow('NPS: TRUE (column 2 of scores) is a checkbox or TRUE/FALSE value, not a 0–10 score');
    expect(() => NPS([[9, 9], [9, new Date(Date.UTC(2026, 2, 1))]] as never)).toThrow(
      'NPS: 2026-03-01 (row 2, column 2 of scores) is a date, not a 0–10 score',
    );
  });

  it('reports an error value in the range instead of skipping it', () => {
    expect(() => NPS(column(9, '#N/A'))).toThrow('NPS: #N/A (row 2 of scores) is an error value');
  });

  it('says so when there is no score at all', () => {
    expect(() => NPS(column('', 'n/a'))).toThrow('NPS: scores has no 0–10 scores (blank cells and text are skipped)');
    expect(() => NPS([] as never)).toThrow('NPS: scores has no 0–10 scores');
  });

  it('counts labelled answers as their score, and the typographic minus nowhere breaks it', () => {
    // 10, 0, 5, 9 → 2 promoters, 2 detractors: NPS 0; "5 - 7" and "9 points" are not scores.
    expect(NPS(column('10 - Extremely likely', '0 – Not at all likely', '5: Neutral', '9 (Likely)', '5 - 7', '9 points'))).toBe(0);
    expect(() => NPS(column('\u22121'))).toThrow('NPS: "−1" (scores) is not a 0–10 score'); // read as −1, which is off the scale
  });

  it('names a date in an error as the day the spreadsheet shows, in its own time zone', () => {
    const global = globalThis as { SpreadsheetApp?: unknown };
    global.SpreadsheetApp = { getActiveSpreadsheet: () => ({ getSpreadsheetTimeZone: () => 'Asia/Tokyo' }) };
    try {
      // Tokyo's 1 March starts at 28 February 15:00 UTC: the script's (UTC) calendar would say 28 February.
      expect(() => NPS(column(9, new Date(Date.UTC(2026, 1, 28, 15))))).toThrow('NPS: 2026-03-01 (row 2 of scores) is a date, not a 0–10 score');
    } finally {
      delete global.SpreadsheetApp;
    }
  });
});
