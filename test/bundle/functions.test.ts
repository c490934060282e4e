import vm from 'node:vm';
import fc from 'fast-check';
import stdlibNormalCdf from '@stdlib/stats-base-dists-normal-cdf';
import stdlibNormalQuantile from '@stdlib/stats-base-dists-normal-quantile';
import { loadBundle, thrownMessage } from '../helpers/bundle';
import { referenceAnalysis, referenceCorrelationPivot } from '../helpers/relativeWeightsReference';

// Every custom function through its top-level stub in dist/Code.js, in a bare V8 context, on
// data generated here (never seen by the unit tests), against references written from the
// definitions in DESIGN §2 with a different route: per-respondent coding and @stdlib's normal
// distribution for the statistics.
const bundle = loadBundle();

type Cell = number | string | boolean | null;
const asColumn = (cells: Cell[]) => cells.map((cell) => [cell]);
const valid = (cells: Cell[]): number[] =>
  cells.flatMap((cell) =>
    typeof cell === 'number'
      ? [cell]
      : typeof cell === 'string' && /^\s*\d+(,\d+)?\s*$/.test(cell)
        ? [Number(cell.replace(',', '.'))]
        : typeof cell === 'string' && /^\d+\s*[-–:]\s*[A-Z]/.test(cell)
          ? [Number(/^\d+/.exec(cell)![0])]
          : []);

/** A survey column as Sheets passes it: scores, numeric text with spaces and commas, blanks, "don't know". */
const surveyColumn = (min: number, max: number) =>
  fc.array(
    fc.oneof(
      { weight: 8, arbitrary: fc.integer({ min, max }) },
      { weight: 1, arbitrary: fc.integer({ min, max }).map((n) => ` ${n},0 `) },
      { weight: 1, arbitrary: fc.tuple(fc.integer({ min, max }), fc.constantFrom(' - Very likely', ' – Not at all', ': Satisfied')).map(([n, label]) => `${n}${label}`) },
      { weight: 1, arbitrary: fc.constantFrom<Cell>('5 - 7', '9 points') },
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

/** The adjusted-Wald (Rocks 2016) or Wald interval from the coded answers plus pseudo-answers. */
function referenceInterval(scores: number[], confidence: number, adjusted: boolean) {
  const coded = scores.map((s) => (s >= 9 ? 1 : s >= 7 ? 0 : -1));
  const weights: [number, number][] = coded.map((x) => [x, 1]);
  if (adjusted) weights.push([1, 0.75], [0, 1.5], [-1, 0.75]);
  const n = weights.reduce((a, [, w]) => a + w, 0);
  const mean = weights.reduce((a, [x, w]) => a + x * w, 0) / n;
  const variance = weights.reduce((a, [x, w]) => a + w * (x - mean) ** 2, 0) / n;
  const se = 100 * Math.sqrt(variance / n);
  const margin = stdlibNormalQuantile(1 - (1 - confidence) / 2, 0, 1) * se;
  return { centre: 100 * mean, se, margin, lower: Math.max(-100, 100 * mean - margin), upper: Math.min(100, 100 * mean + margin) };
}

const twoSided = (z: number) => 2 * stdlibNormalCdf(-Math.abs(z), 0, 1);

/** Wilson's score interval, from its quadratic: the p with (p̂ − p)² = z² p(1 − p)/n. */
function referenceWilson(x: number, n: number, confidence: number): [number, number] {
  const z = stdlibNormalQuantile(1 - (1 - confidence) / 2, 0, 1);
  const phat = x / n;
  // (1 + z²/n) p² − (2p̂ + z²/n) p + p̂² = 0
  const a = 1 + (z * z) / n;
  const b = -(2 * phat + (z * z) / n);
  const c = phat * phat;
  const root = Math.sqrt(Math.max(0, b * b - 4 * a * c));
  return [(100 * (-b - root)) / (2 * a), (100 * (-b + root)) / (2 * a)];
}

/** Student t critical value by bisection on the density integrated with Simpson's rule. */
const tCache = new Map<string, number>();
function referenceT(confidence: number, df: number): number {
  const key = `${confidence}:${df}`;
  const cached = tCache.get(key);
  if (cached !== undefined) return cached;
  // Γ((ν+1)/2)/Γ(ν/2) by its recursion r(ν+2) = r(ν)·(ν+1)/ν from r(1) = 1/√π, r(2) = √π/2.
  let ratio = df % 2 === 1 ? 1 / Math.sqrt(Math.PI) : Math.sqrt(Math.PI) / 2;
  for (let v = df % 2 === 1 ? 1 : 2; v < df; v += 2) ratio *= (v + 1) / v;
  const density = (x: number) => (ratio / Math.sqrt(df * Math.PI)) * Math.pow(1 + (x * x) / df, -(df + 1) / 2);
  const mass = (t: number) => {
    const steps = 4000;
    const h = t / steps;
    let sum = 0;
    for (let i = 0; i <= steps; i++) sum += (i === 0 || i === steps ? 1 : i % 2 === 1 ? 4 : 2) * density(i * h);
    return (sum * h) / 3;
  };
  let lo = 0;
  let hi = 200;
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (mass(mid) < confidence / 2) lo = mid;
    else hi = mid;
  }
  tCache.set(key, (lo + hi) / 2);
  return (lo + hi) / 2;
}

const close = (actual: unknown, expected: number) => expect(Math.abs((actual as number) - expected)).toBeLessThan(1e-6);

describe('custom functions through dist/Code.js on unseen data', () => {
  it('NPS_MOE and NPS_CI, adjusted and Wald, agree with an independent implementation to 1e-6', () => {
    fc.assert(
      fc.property(surveyColumn(0, 10), fc.double({ min: 0.5, max: 0.995, noNaN: true }), (cells, confidence) => {
        const scores = valid(cells);
        fc.pre(scores.length > 0);
        const adjusted = referenceInterval(scores, confidence, true);
        const wald = referenceInterval(scores, confidence, false);
        close(bundle.NPS_MOE(asColumn(cells), confidence), adjusted.margin);
        close(bundle.NPS_MOE(asColumn(cells)), referenceInterval(scores, 0.95, true).margin);
        close(bundle.NPS_MOE(asColumn(cells), confidence, 'wald'), wald.margin);
        const [[lower, upper]] = bundle.NPS_CI(asColumn(cells), confidence);
        close(lower, adjusted.lower);
        close(upper, adjusted.upper);
        const [[waldLower, waldUpper]] = bundle.NPS_CI(asColumn(cells), confidence, 'wald');
        close(waldLower, wald.lower);
        close(waldUpper, wald.upper);
      }),
      { numRuns: 300 },
    );
  });

  it('NPS_TEST, adjusted and Wald, agrees with an independent implementation to 1e-6', () => {
    fc.assert(
      fc.property(surveyColumn(0, 10), surveyColumn(0, 10), (cellsA, cellsB) => {
        const a = valid(cellsA);
        const b = valid(cellsB);
        fc.pre(a.length > 0 && b.length > 0);
        const [ra, rb] = [referenceInterval(a, 0.95, true), referenceInterval(b, 0.95, true)];
        close(bundle.NPS_TEST(asColumn(cellsA), asColumn(cellsB)), twoSided((ra.centre - rb.centre) / Math.sqrt(ra.se ** 2 + rb.se ** 2)));
        const [wa, wb] = [referenceInterval(a, 0.95, false), referenceInterval(b, 0.95, false)];
        const waldSe = Math.sqrt(wa.se ** 2 + wb.se ** 2);
        const waldP = waldSe === 0 ? (wa.centre === wb.centre ? 1 : 0) : twoSided((wa.centre - wb.centre) / waldSe);
        close(bundle.NPS_TEST(asColumn(cellsA), asColumn(cellsB), 'wald'), waldP);
      }),
      { numRuns: 300 },
    );
  });

  it('NPS_SAMPLE_SIZE agrees with a search written here, and with the worst-case formula', () => {
    fc.assert(
      fc.property(fc.double({ min: 3, max: 50, noNaN: true }), fc.double({ min: 0.8, max: 0.99, noNaN: true }), fc.nat(100), fc.nat(100), (margin, confidence, a, b) => {
        const p = a / 100;
        const d = (b / 100) * (1 - p);
        const z = stdlibNormalQuantile(1 - (1 - confidence) / 2, 0, 1);
        const marginAt = (n: number) => {
          const pt = (n * p + 0.75) / (n + 3);
          const dt = (n * d + 0.75) / (n + 3);
          return z * 100 * Math.sqrt((pt + dt - (pt - dt) ** 2) / (n + 3));
        };
        let n = 1;
        while (marginAt(n) > margin) n++;
        expect(bundle.NPS_SAMPLE_SIZE(margin, confidence, p, d)).toBe(n);
        const worst = Math.max(1, Math.ceil((z * z) / (margin / 100) ** 2 - 3));
        expect(Math.abs(bundle.NPS_SAMPLE_SIZE(margin, confidence) - worst)).toBeLessThanOrEqual(0); // exact
      }),
      { numRuns: 100 },
    );
  });

  it('NPS_BY gives per-group and total NPS, interval and shares as the definition does', () => {
    const groupCell = fc.constantFrom<Cell>('Online', 'online', 'Store', 'Phone ', '', 7, true);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 10 }), groupCell), { minLength: 1, maxLength: 300 }), fc.double({ min: 0.6, max: 0.99, noNaN: true }), (pairs, confidence) => {
        const table = bundle.NPS_BY(
          pairs.map(([s]) => [s]),
          pairs.map(([, g]) => [g]),
          '',
          confidence,
        );
        expect(table[0]).toEqual(['Group', 'Responses', 'NPS', 'CI low', 'CI high', 'Promoters %', 'Passives %', 'Detractors %']);
        const key = (g: Cell) => (g === '' ? '(blank)' : typeof g === 'string' ? g.trim().toLowerCase() : g);
        const order = [7, 'online', 'phone', 'store', true, '(blank)'];
        const expectedGroups = order.filter((k) => pairs.some(([, g]) => key(g) === k));
        expect(table.slice(1, -1).map((row: Cell[]) => key(row[0]))).toEqual(expectedGroups);
        for (const row of table.slice(1)) {
          const scores = row[0] === 'Total' ? pairs.map(([s]) => s) : pairs.filter(([, g]) => key(g) === key(row[0])).map(([s]) => s);
          const ref = referenceNps(scores);
          const interval = referenceInterval(scores, confidence, true);
          expect(row[1]).toBe(ref.n);
          close(row[2], ref.nps);
          close(row[3], interval.lower);
          close(row[4], interval.upper);
          close(row[5], (100 * scores.filter((s) => s >= 9).length) / ref.n);
          close(row[6], (100 * scores.filter((s) => s === 7 || s === 8).length) / ref.n);
          close(row[7], (100 * scores.filter((s) => s <= 6).length) / ref.n);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('NPS_TREND by month, with an empty month, agrees with an independent implementation to 1e-6', () => {
    // Months 0..5 of 2026, never month 2 (March): an empty month in the middle, always listed.
    const monthArb = fc.constantFrom(0, 1, 3, 4, 5);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 10 }), monthArb, fc.integer({ min: 1, max: 28 })), { minLength: 1, maxLength: 200 }), (answers) => {
        const dates = answers.map(([, m, d]) => [vm.runInContext(`new Date(2026, ${m}, ${d}, 10)`, bundle)]);
        const table = bundle.NPS_TREND(
          answers.map(([s]) => [s]),
          dates,
        );
        expect(table[0]).toEqual(['Period', 'Responses', 'NPS', 'CI low', 'CI high', 'Change', 'p-value', 'Significant']);
        const months = [...new Set(answers.map(([, m]) => m))].sort((a, b) => a - b);
        const expectedMonths = Array.from({ length: months[months.length - 1] - months[0] + 1 }, (_, i) => months[0] + i);
        expect(table.slice(1).map((row: unknown[]) => (row[0] as Date).getMonth())).toEqual(expectedMonths);
        let previous: number[] | undefined;
        for (const row of table.slice(1)) {
          const own = answers.filter(([, m]) => m === (row[0] as Date).getMonth()).map(([s]) => s);
          expect(row[1]).toBe(own.length);
          if (own.length === 0) {
            expect(row.slice(2)).toEqual(['', '', '', '', '', '']);
            continue;
          }
          const interval = referenceInterval(own, 0.95, true);
          close(row[2], referenceNps(own).nps);
          close(row[3], interval.lower);
          close(row[4], interval.upper);
          if (previous === undefined) {
            expect(row.slice(5)).toEqual(['', '', '']);
          } else {
            const before = referenceInterval(previous, 0.95, true);
            const p = twoSided((interval.centre - before.centre) / Math.sqrt(interval.se ** 2 + before.se ** 2));
            close(row[5], referenceNps(own).nps - referenceNps(previous).nps);
            close(row[6], p);
            expect(row[7]).toBe(p < 0.05);
          }
          previous = own;
        }
      }),
      { numRuns: 100 },
    );
  });

  it('CSAT_BY (Wilson) and CES_BY (t interval) rows agree with independent implementations to 1e-6', () => {
    const groupCell = fc.constantFrom<Cell>('Web', 'Store', 'web');
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 1, max: 5 }), groupCell), { minLength: 1, maxLength: 120 }), fc.double({ min: 0.8, max: 0.99, noNaN: true }), (pairs, confidence) => {
        const scores = pairs.map(([s]) => [s]);
        const groups = pairs.map(([, g]) => [g]);
        const csat = bundle.CSAT_BY(scores, groups, '', 5, 4, confidence);
        const ces = bundle.CES_BY(scores, groups, '', 5, confidence);
        expect(csat[0]).toEqual(['Group', 'Responses', 'CSAT %', 'CI low', 'CI high', 'Dissatisfied %']);
        expect(ces[0]).toEqual(['Group', 'Responses', 'Mean', 'CI low', 'CI high', 'Easy %', 'Difficult %', 'Net easy']);
        const own = (label: Cell) => (label === 'Total' ? pairs : pairs.filter(([, g]) => String(g).toLowerCase() === String(label).toLowerCase())).map(([s]) => s);
        for (const row of csat.slice(1)) {
          const s = own(row[0]);
          const satisfied = s.filter((x) => x >= 4).length;
          const [lower, upper] = referenceWilson(satisfied, s.length, confidence);
          expect(row[1]).toBe(s.length);
          close(row[2], (100 * satisfied) / s.length);
          close(row[3], lower);
          close(row[4], upper);
          close(row[5], (100 * s.filter((x) => x <= 2).length) / s.length);
        }
        for (const row of ces.slice(1)) {
          const s = own(row[0]);
          const n = s.length;
          const mean = s.reduce((a, b) => a + b, 0) / n;
          expect(row[1]).toBe(n);
          close(row[2], mean);
          if (n < 2) {
            expect([row[3], row[4]]).toEqual(['', '']);
          } else {
            const sd = Math.sqrt(s.reduce((a, x) => a + (x - mean) ** 2, 0) / (n - 1));
            const half = referenceT(confidence, n - 1) * (sd / Math.sqrt(n));
            close(row[3], Math.max(1, mean - half));
            close(row[4], Math.min(5, mean + half));
          }
          close(row[5], (100 * s.filter((x) => x >= 4).length) / n);
          close(row[6], (100 * s.filter((x) => x <= 2).length) / n);
          close(row[7], (100 * (s.filter((x) => x >= 4).length - s.filter((x) => x <= 2).length)) / n);
        }
      }),
      { numRuns: 60 },
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
    expect(table[3]).toEqual(['Total', 3, 0, expect.any(Number), expect.any(Number), 100 / 3, 100 / 3, 100 / 3]);
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

  it('orders NPS_BY\'s text groups in the spreadsheet\'s alphabet: Polish puts Ł after L and Ś after S', () => {
    const polish = loadBundle({ SpreadsheetApp: { getActiveSpreadsheet: () => ({ getSpreadsheetLocale: () => 'pl_PL' }) } });
    const groups = [['Śrem'], ['Szczecin'], ['Łódź'], ['Lublin']];
    const scores = [[9], [10], [3], [7]];
    expect(polish.NPS_BY(scores, groups).map((row: Cell[]) => row[0])).toEqual(['Grupa', 'Lublin', 'Łódź', 'Szczecin', 'Śrem', 'Razem']);
    // English ignores the accents: Łódź before Lublin (o < u), Śrem before Szczecin (r < z).
    expect(bundle.NPS_BY(scores, groups).map((row: Cell[]) => row[0])).toEqual(['Group', 'Łódź', 'Lublin', 'Śrem', 'Szczecin', 'Total']);
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
    expect(thrownMessage(() => bundle.TOUCHPOINT_VALUE([[5]], 5))).toBe(
      'TOUCHPOINT_VALUE: scale_min 5 is not allowed with the default scale_max 5; allowed: numbers below 5, or give scale_max too',
    );
    expect(thrownMessage(() => bundle.TOUCHPOINT_VALUE([[3]], 6))).toContain('TOUCHPOINT_VALUE: scale_min 6 is not allowed');
    expect(thrownMessage(() => bundle.NPS_MOE([[9]], 0.95, 'exact'))).toBe('NPS_MOE: method "exact" is not allowed; allowed: adjusted, wald');
    expect(thrownMessage(() => bundle.NPS_SAMPLE_SIZE(0.1))).toContain('NPS_SAMPLE_SIZE: margin 0.1 is not allowed');
    expect(thrownMessage(() => bundle.NPS_TREND([[9]], [['soon']]))).toContain('NPS_TREND: "soon" (dates) is not a date');
    expect(thrownMessage(() => bundle.CES_BY([[8]], [['a']]))).toContain('CES_BY: 8 (scores) is not a 1–7 effort score');
    expect(thrownMessage(() => bundle.CSAT_BY([[5]], [['#REF!']]))).toContain('CSAT_BY: #REF! (groups) is an error value');
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
        const pivot = referenceCorrelationPivot(y, x);
        if (pivot <= 0) {
          // Pairwise blanks can make the drivers' correlations contradict each other: said, not computed.
          expect(thrownMessage(() => bundle.DRIVERS(outcome, ratings, [labels]))).toMatch(/^DRIVERS: the correlations among .+ contradict each other/);
          return;
        }
        // Next to zero, whether rounding calls R singular or not is a coin toss: no verdict to test.
        fc.pre(pivot > 1e-8);
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
