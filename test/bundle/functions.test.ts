import vm from 'node:vm';
import fc from 'fast-check';
import stdlibNormalCdf from '@stdlib/stats-base-dists-normal-cdf';
import stdlibNormalQuantile from '@stdlib/stats-base-dists-normal-quantile';
import { loadBundle, thrownMessage } from '../helpers/bundle';
import { referenceAnalysis } from '../helpers/relativeWeightsReference';

// Every custom function through its top-level stub in dist/Code.js, in a bare V8 context, on
// data generated here (never seen by the unit tests), against references written from the
// definitions in DESIGN §2 with a different route: per-respondent coding and @stdlib's normal
// distribution for the statistics.
const bundle = loadBundle();

type Cell = number | string | boolean | null;
const asColumn = (cells: Cell[]) => cells.map((cell) => [cell]);
const valid = (cells: Cell[]): number[] =>
  cells.flatMap((cell) => (typeof cell === 'number' ? [cell] : typeof cell === 'string' && /^\s*\d+(,\d+)?\s*$/.test(cell) ? [Number(cell.replace(',', '.'))] : []));

/** A survey column as Sheets passes it: scores, numeric text with spaces and commas, blanks, "don't know". */
const surveyColumn = (min: number, max: number) =>
  fc.array(
    fc.oneof(
      { weight: 8, arbitrary: fc.integer({ min, max }) },
      { weight: 1, arbitrary: fc.integer({ min, max }).map((n) => ` ${n},0 `) },
      { weight: 1, arbitrary: fc.constantFrom<Cell>('', null, "don't know", 'n/a') },
    ),
    { minLength: 1, maxLength: 400 },
  );

function referenceNps(scores: number[]) {
  const coded: number[] = scores.map((s) => (s >= 9 ? 1 : s >= 7 ? 0 : -1));
  const n = coded.length;
  const mean = coded.reduce((a: number, b) => a + b, 0) / n;
  const variance = coded.reduce((a, x) => a + (x - mean) ** 2, 0) / n;
  return { n, nps: 100 * mean, se: 100 * Math.sqrt(variance / n) };
}

describe('custom functions through dist/Code.js on unseen data', () => {
  it('NPS_MOE agrees with an independent implementation to 1e-6', () => {
    fc.assert(
      fc.property(surveyColumn(0, 10), fc.double({ min: 0.5, max: 0.995, noNaN: true }), (cells, confidence) => {
        const scores = valid(cells);
        fc.pre(scores.length > 0);
        const ref = referenceNps(scores);
        const z = stdlibNormalQuantile(1 - (1 - confidence) / 2, 0, 1);
        expect(Math.abs(bundle.NPS_MOE(asColumn(cells), confidence) - z * ref.se)).toBeLessThan(1e-6);
        expect(Math.abs(bundle.NPS_MOE(asColumn(cells)) - stdlibNormalQuantile(0.975, 0, 1) * ref.se)).toBeLessThan(1e-6);
      }),
      { numRuns: 300 },
    );
  });

  it('NPS_TEST agrees with an independent implementation to 1e-6', () => {
    fc.assert(
      fc.property(surveyColumn(0, 10), surveyColumn(0, 10), (cellsA, cellsB) => {
        const a = valid(cellsA);
        const b = valid(cellsB);
        fc.pre(a.length > 0 && b.length > 0);
        const ra = referenceNps(a);
        const rb = referenceNps(b);
        fc.pre(ra.se + rb.se > 0);
        const z = (ra.nps - rb.nps) / Math.sqrt(ra.se ** 2 + rb.se ** 2);
        const p = 2 * stdlibNormalCdf(-Math.abs(z), 0, 1);
        expect(Math.abs(bundle.NPS_TEST(asColumn(cellsA), asColumn(cellsB)) - p)).toBeLessThan(1e-6);
      }),
      { numRuns: 300 },
    );
  });

  it('NPS_BY gives per-group and total NPS, MOE and shares as the definition does', () => {
    const groupCell = fc.constantFrom<Cell>('Online', 'online', 'Store', 'Phone ', '', 7, true);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 10 }), groupCell), { minLength: 1, maxLength: 300 }), (pairs) => {
        const table = bundle.NPS_BY(
          pairs.map(([s]) => [s]),
          pairs.map(([, g]) => [g]),
        );
        const key = (g: Cell) => (g === '' ? '(blank)' : typeof g === 'string' ? g.trim().toLowerCase() : g);
        const order = [7, 'online', 'phone', 'store', true, '(blank)'];
        const expectedGroups = order.filter((k) => pairs.some(([, g]) => key(g) === k));
        expect(table.slice(1, -1).map((row: Cell[]) => key(row[0]))).toEqual(expectedGroups);
        for (const row of table.slice(1)) {
          const scores = row[0] === 'Total' ? pairs.map(([s]) => s) : pairs.filter(([, g]) => key(g) === key(row[0])).map(([s]) => s);
          const ref = referenceNps(scores);
          expect(row[1]).toBe(ref.n);
          expect(Math.abs(row[2] - ref.nps)).toBeLessThan(1e-9);
          expect(Math.abs(row[3] - stdlibNormalQuantile(0.975, 0, 1) * ref.se)).toBeLessThan(1e-6);
          expect(row[4]).toBeCloseTo((100 * scores.filter((s) => s >= 9).length) / ref.n, 9);
          expect(row[5]).toBeCloseTo((100 * scores.filter((s) => s === 7 || s === 8).length) / ref.n, 9);
          expect(row[6]).toBeCloseTo((100 * scores.filter((s) => s <= 6).length) / ref.n, 9);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('NPS_BY buckets dates made in the Apps Script realm and returns real dates of that realm', () => {
    const dates = vm.runInContext('[new Date(2026, 4, 31, 22), new Date(2026, 5, 1, 8), new Date(2026, 5, 3)]', bundle);
    const table = bundle.NPS_BY([[10], [0], [8]], [[dates[0]], [dates[1]], [dates[2]]], 'week');
    // Sun 2026-05-31 → Mon 2026-05-25; Mon 2026-06-01 and Wed 2026-06-03 → Mon 2026-06-01.
    expect(table.slice(1, -1).map((row: unknown[]) => [(row[0] as Date).getDate(), (row[0] as Date).getMonth() + 1, row[1]])).toEqual([
      [25, 5, 1],
      [1, 6, 2],
    ]);
    expect(table[1][0] instanceof vm.runInContext('Date', bundle)).toBe(true); // a Date of the script's own realm
    expect(table[3]).toEqual(['Total', 3, 0, expect.any(Number), 100 / 3, 100 / 3, 100 / 3]);
  });

  it('CES and CSAT agree with their definitions', () => {
    fc.assert(
      fc.property(surveyColumn(1, 5), (cells) => {
        const s = valid(cells);
        fc.pre(s.length > 0);
        const share = (f: (x: number) => boolean) => (100 * s.filter(f).length) / s.length;
        expect(bundle.CES(asColumn(cells), 5)).toBeCloseTo(s.reduce((a, b) => a + b, 0) / s.length, 9);
        expect(bundle.CES(asColumn(cells), 5, 'easy')).toBeCloseTo(share((x) => x >= 4), 9);
        expect(bundle.CES(asColumn(cells), 5, 'net')).toBeCloseTo(share((x) => x >= 4) - share((x) => x <= 2), 9);
        expect(bundle.CES(asColumn(cells), 7, 'net')).toBeCloseTo(share((x) => x >= 5) - share((x) => x <= 3), 9);
        expect(bundle.CSAT(asColumn(cells))).toBeCloseTo(share((x) => x >= 4), 9);
        expect(bundle.CSAT(asColumn(cells), 5, 2)).toBeCloseTo(share((x) => x >= 2), 9);
      }),
      { numRuns: 200 },
    );
  });

  it('TOUCHPOINT_VALUE and TOUCHPOINT_GAP agree with their definitions', () => {
    fc.assert(
      fc.property(surveyColumn(1, 7), (cells) => {
        const s = valid(cells);
        fc.pre(s.length > 0);
        const mean = s.reduce((a, b) => a + b, 0) / s.length;
        expect(bundle.TOUCHPOINT_VALUE(asColumn(cells), 1, 7)).toBeCloseTo(-2 + (4 * (mean - 1)) / 6, 9);
      }),
      { numRuns: 200 },
    );
    const level = fc.oneof(fc.integer({ min: -2, max: 2 }), fc.constant(''));
    fc.assert(
      fc.property(fc.array(fc.tuple(level, level), { minLength: 1, maxLength: 50 }), (pairs) => {
        const gaps = bundle.TOUCHPOINT_GAP(
          pairs.map(([v]) => [v]),
          pairs.map(([, t]) => [t]),
        );
        pairs.forEach(([v, t], i) => {
          const target = t === '' ? (v !== '' && v < 0 ? 0 : v) : t;
          expect(gaps[i][0]).toBe(v === '' ? '' : (target as number) - v);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('names the function, value and position of bad input through the stubs', () => {
    expect(thrownMessage(() => bundle.NPS_MOE([[9], [12]]))).toBe('NPS_MOE: 12 (row 2 of scores) is not a 0–10 score; allowed: whole numbers from 0 to 10');
    expect(thrownMessage(() => bundle.NPS_MOE([[9]], 1.2))).toContain('NPS_MOE: confidence 1.2 is not allowed; allowed: a number between 0 and 1');
    expect(thrownMessage(() => bundle.NPS_TEST([[9]], [['#N/A']]))).toBe('NPS_TEST: #N/A (scores_b) is an error value, not a 0–10 score; fix the cell it comes from');
    expect(thrownMessage(() => bundle.NPS_BY([[9]], [['A']], 'fortnight'))).toBe('NPS_BY: period "fortnight" is not allowed; allowed: day, week, month, quarter, year');
    expect(thrownMessage(() => bundle.CES([[5]], 6))).toBe('CES: scale 6 is not allowed; allowed: 5, 7');
    expect(thrownMessage(() => bundle.CSAT([[5, 6]]))).toBe('CSAT: 6 (column 2 of scores) is not a 1–5 satisfaction score; allowed: whole numbers from 1 to 5');
    expect(thrownMessage(() => bundle.TOUCHPOINT_GAP([[1], [2]], [[0]]))).toContain('TOUCHPOINT_GAP: targets is 1 row × 1 column but valuations is 2 rows × 1 column');
    expect(thrownMessage(() => bundle.TOUCHPOINT_VALUE([[3]], 5, 1))).toBe('TOUCHPOINT_VALUE: scale_max 1 is not allowed; allowed: numbers above scale_min (5)');
  });
});

describe('DRIVERS through dist/Code.js on unseen survey data', () => {
  /** A rating as a survey export holds it: a number, numeric text, a blank or "don't know". */
  const asSurveyCell = (value: number, roll: number): { cell: Cell; value: number | undefined } =>
    roll < 0.1 ? { cell: '', value: undefined } : roll < 0.14 ? { cell: "don't know", value: undefined } : roll < 0.2 ? { cell: ` ${value},0 `, value } : { cell: value, value };

  /** Respondents with a latent satisfaction; each driver is that plus its own noise, NPS leans on some drivers. */
  const survey = fc
    .record({
      k: fc.integer({ min: 2, max: 6 }),
      n: fc.integer({ min: 40, max: 250 }),
      seed: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
    })
    .map(({ k, n, seed }) => {
      let state = seed >>> 0; // mulberry32
      const random = () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = Math.imul(state ^ (state >>> 15), state | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
      };
      const loadings = Array.from({ length: k }, () => random());
      const outcome: Cell[][] = [];
      const ratings: Cell[][] = [];
      const y: (number | undefined)[] = [];
      const x: (number | undefined)[][] = Array.from({ length: k }, () => []);
      for (let i = 0; i < n; i++) {
        const latent = random() * 2 - 1;
        const row: Cell[] = [];
        const levels = loadings.map((_, j) => Math.max(1, Math.min(5, Math.round(3 + 1.5 * latent + (random() - 0.5) * (1 + j)))));
        levels.forEach((level, j) => {
          const { cell, value } = asSurveyCell(level, random());
          row.push(cell);
          x[j].push(value);
        });
        const nps = Math.max(0, Math.min(10, Math.round(6 + levels.reduce((s, level, j) => s + loadings[j] * (level - 3), 0) + (random() - 0.5) * 6)));
        const { cell, value } = asSurveyCell(nps, random());
        outcome.push([cell]);
        ratings.push(row);
        y.push(value);
      }
      return { k, outcome, ratings, y, x };
    });

  it('gives Responses, Correlation, Importance %, Mean, Priority and R² as an independent implementation, ordered by importance', () => {
    fc.assert(
      fc.property(survey, ({ k, outcome, ratings, y, x }) => {
        const labels = Array.from({ length: k }, (_, j) => `CSAT Touchpoint ${j + 1}`);
        const reference = referenceAnalysis(y, x);
        if (reference.rSquared > 1) {
          // Pairwise blanks can make the correlations contradict each other: said, not computed.
          expect(thrownMessage(() => bundle.DRIVERS(outcome, ratings, [labels]))).toMatch(/^DRIVERS: the outcome's correlations with the drivers contradict/);
          return;
        }
        const table = bundle.DRIVERS(outcome, ratings, [labels]);
        const averageMean = reference.drivers.reduce((s, d) => s + d.mean, 0) / k;
        fc.pre(reference.drivers.every((d) => Math.abs(d.importance - 100 / k) > 1e-6 && Math.abs(d.mean - averageMean) > 1e-9));
        expect(table[0]).toEqual(['Driver', 'Responses', 'Correlation', 'Importance %', 'Mean', 'Priority']);
        expect(table).toHaveLength(k + 2);
        const rows = table.slice(1, -1);
        for (const row of rows) {
          const expected = reference.drivers[labels.indexOf(row[0])];
          const important = expected.importance >= 100 / k;
          const performing = expected.mean >= averageMean;
          const priority = important ? (performing ? 'Keep up the good work' : 'Concentrate here') : performing ? 'Possible overkill' : 'Low priority';
          expect(row[1]).toBe(expected.responses);
          expect(Math.abs(row[2] - expected.correlation)).toBeLessThan(1e-6);
          expect(Math.abs(row[3] - expected.importance)).toBeLessThan(1e-6);
          expect(Math.abs(row[4] - expected.mean)).toBeLessThan(1e-6);
          expect(row[5]).toBe(priority);
        }
        for (let i = 1; i < rows.length; i++) expect(rows[i - 1][3]).toBeGreaterThanOrEqual(rows[i][3]);
        const last = table[table.length - 1];
        expect([last[0], last[1], last[2], last[4], last[5]]).toEqual(['R²', reference.responses, '', '', '']);
        expect(Math.abs(last[3] - reference.rSquared * 100)).toBeLessThan(1e-6);
      }),
      { numRuns: 150 },
    );
  }, 60_000); // property tests over whole analyses: generous under a loaded machine

  it('says why too few rows or a duplicated column cannot be analysed, naming the duplicate', () => {
    expect(thrownMessage(() => bundle.DRIVERS([[9], [7], [3]], [[5, 4], [4, 4], [2, 1]]))).toBe(
      'DRIVERS: only 3 rows have an outcome and a rating; 2 drivers need at least 4 (the number of drivers + 2)',
    );
    const rows = [[10, 5, 4, 5], [9, 4, '', 4], [3, 2, 3, 2], [7, 4, 2, ''], [8, 3, 5, 3], [2, 1, 2, 1], [6, 3, 1, 3]];
    expect(thrownMessage(() => bundle.DRIVERS(rows.map((r) => [r[0]]), rows.map((r) => r.slice(1)), [['CSAT Delivery', 'CSAT Hotline', 'Delivery again']]))).toBe(
      'DRIVERS: "CSAT Delivery" and "Delivery again" are perfectly correlated (r = 1 on the 6 rows where both are answered): one duplicates the other; leave one of them out',
    );
  });

  it('speaks Polish when the spreadsheet does', () => {
    const polish = loadBundle({ SpreadsheetApp: { getActiveSpreadsheet: () => ({ getSpreadsheetLocale: () => 'pl_PL' }) } });
    const table = polish.DRIVERS([[10], [4], [2], [4]], [[3, 4], [3, 2], [1, 4], [1, 2]]);
    expect(table.map((row: Cell[]) => [row[0], row[5]])).toEqual([
      ['Czynnik', 'Priorytet'],
      ['Czynnik 1', 'Skup się tutaj'],
      ['Czynnik 2', 'Możliwy nadmiar'],
      ['R²', ''],
    ]);
  });
});
