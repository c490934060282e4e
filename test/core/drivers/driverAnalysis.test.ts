import fc from 'fast-check';
import { analyseDrivers } from '../../../src/core/drivers/driverAnalysis';
import { DriversError, DriversProblem } from '../../../src/core/drivers/driversProblem';
import { olsRSquared, referenceAnalysis } from '../../helpers/relativeWeightsReference';

type Column = (number | undefined)[];

function analyse(outcome: Column, ratings: Column[], labels = ratings.map((_, j) => `D${j + 1}`)) {
  const rows = outcome.length;
  const k = ratings.length;
  const y = Float64Array.from(outcome, (v) => (v === undefined ? NaN : v));
  const x = new Float64Array(rows * k);
  for (let i = 0; i < rows; i++) for (let j = 0; j < k; j++) x[i * k + j] = ratings[j][i] ?? NaN;
  return analyseDrivers(y, x, rows, labels);
}

function problemOf(call: () => unknown): DriversProblem {
  try {
    call();
  } catch (error) {
    if (error instanceof DriversError) return error.problem;
    throw error;
  }
  throw new Error('expected a DriversError');
}

// mtcars (R's datasets; Henderson & Velleman 1981): mpg, cyl, disp, hp, gear for the 32 cars.
const MTCARS = [
  [21, 6, 160, 110, 4], [21, 6, 160, 110, 4], [22.8, 4, 108, 93, 4], [21.4, 6, 258, 110, 3], [18.7, 8, 360, 175, 3],
  [18.1, 6, 225, 105, 3], [14.3, 8, 360, 245, 3], [24.4, 4, 146.7, 62, 4], [22.8, 4, 140.8, 95, 4], [19.2, 6, 167.6, 123, 4],
  [17.8, 6, 167.6, 123, 4], [16.4, 8, 275.8, 180, 3], [17.3, 8, 275.8, 180, 3], [15.2, 8, 275.8, 180, 3], [10.4, 8, 472, 205, 3],
  [10.4, 8, 460, 215, 3], [14.7, 8, 440, 230, 3], [32.4, 4, 78.7, 66, 4], [30.4, 4, 75.7, 52, 4], [33.9, 4, 71.1, 65, 4],
  [21.5, 4, 120.1, 97, 3], [15.5, 8, 318, 150, 3], [15.2, 8, 304, 150, 3], [13.3, 8, 350, 245, 3], [19.2, 8, 400, 175, 3],
  [27.3, 4, 79, 66, 4], [26, 4, 120.3, 91, 5], [30.4, 4, 95.1, 113, 5], [15.8, 8, 351, 264, 5], [19.7, 6, 145, 175, 5],
  [15, 8, 301, 335, 5], [21.4, 4, 121, 109, 4],
];

describe('analyseDrivers', () => {
  it('reproduces the rwa package README example: mtcars, mpg ~ cyl + disp + hp + gear', () => {
    // martinctc/rwa README: rsquare 0.7791896; Raw.RelWeight cyl 0.2284797, disp 0.2221469,
    // hp 0.2321744, gear 0.0963886; Rescaled 29.32274, 28.50999, 29.79691, 12.37037.
    const columns = [1, 2, 3, 4].map((c) => MTCARS.map((car) => car[c]));
    const analysis = analyse(MTCARS.map((car) => car[0]), columns, ['cyl', 'disp', 'hp', 'gear']);
    expect(analysis.rSquared).toBeCloseTo(0.7791896, 7);
    expect(analysis.responses).toBe(32);
    expect(analysis.drivers.map((d) => d.label)).toEqual(['hp', 'cyl', 'disp', 'gear']);
    const byLabel = Object.fromEntries(analysis.drivers.map((d) => [d.label, d]));
    expect(byLabel.cyl.weight).toBeCloseTo(0.2284797, 7);
    expect(byLabel.disp.weight).toBeCloseTo(0.2221469, 7);
    expect(byLabel.hp.weight).toBeCloseTo(0.2321744, 7);
    expect(byLabel.gear.weight).toBeCloseTo(0.0963886, 7);
    expect(byLabel.cyl.importance).toBeCloseTo(29.32274, 5);
    expect(byLabel.gear.importance).toBeCloseTo(12.37037, 5);
    expect(byLabel.hp.mean).toBeCloseTo(4694 / 32, 12); // Σ hp = 4694
    expect(byLabel.cyl.correlation).toBeCloseTo(-0.852162, 6); // cor(mtcars$mpg, mtcars$cyl)
    // On complete data R² is the least-squares R² of mpg on the four.
    expect(analysis.rSquared).toBeCloseTo(olsRSquared(MTCARS.map((car) => car.slice(1)), MTCARS.map((car) => car[0])), 10);
  });

  it('gives each driver its responses, correlation and mean over the rows with an outcome, pairwise', () => {
    const outcome: Column = [10, 9, 3, 7, undefined, 8, 2, 6, 9, 5];
    const a: Column = [5, 4, 2, 4, 1, undefined, 1, 3, 5, 2];
    const b: Column = [4, 5, 3, undefined, 5, 4, 2, 2, 4, 3];
    const c: Column = [3, undefined, 2, 4, 4, 5, 1, 4, 3, 3];
    const analysis = analyse(outcome, [a, b, c], ['A', 'B', 'C']);
    const reference = referenceAnalysis(outcome, [a, b, c]);
    expect(analysis.responses).toBe(9);
    expect(Math.abs(analysis.rSquared - reference.rSquared)).toBeLessThan(1e-9);
    for (const driver of analysis.drivers) {
      const expected = reference.drivers[driver.column];
      expect(driver.responses).toBe(expected.responses);
      expect(driver.correlation).toBeCloseTo(expected.correlation, 12);
      expect(driver.mean).toBeCloseTo(expected.mean, 12);
      expect(Math.abs(driver.importance - expected.importance)).toBeLessThan(1e-7);
    }
    // A: 5 4 2 4 1 3 5 2 on the rows with an outcome → 8 answers, mean 26/8.
    expect(analysis.drivers.find((d) => d.label === 'A')).toMatchObject({ responses: 8, mean: 26 / 8 });
  });

  it('orders drivers by importance, ties by name, and places each by importance × performance', () => {
    // Uncorrelated drivers (orthogonal ±1 patterns) and y = 2A + B + 2C + 2E, E orthogonal to all:
    // r = 2/√13, 1/√13, 2/√13, weights r² = 4/13, 1/13, 4/13, R² = 9/13, importance 400/9, 100/9, 400/9 %.
    const A = [1, 1, -1, -1, 1, 1, -1, -1];
    const B = [1, -1, 1, -1, 1, -1, 1, -1];
    const C = [1, 1, 1, 1, -1, -1, -1, -1];
    const E = [1, -1, -1, 1, -1, 1, 1, -1]; // orthogonal to A, B, C: the unexplained part
    const y = A.map((_, i) => 2 * A[i] + B[i] + 2 * C[i] + 2 * E[i]);
    // Means: Zeta (C) 4, Alpha (A) 2, B 3.5 → average 19/6; Zeta and B perform, Alpha does not.
    const analysis = analyse(y, [C.map((v) => 4 + v), A.map((v) => 2 + v), B.map((v) => 3.5 + v)], ['Zeta', 'Alpha', 'Beta']);
    expect(analysis.drivers.map((d) => [d.label, d.priority])).toEqual([
      ['Alpha', 'concentrate'], // 44.4 % ≥ 100/3, mean 2 < 19/6; tied with Zeta, first by name
      ['Zeta', 'keepUp'], // 44.4 %, mean 4
      ['Beta', 'overkill'], // 11.1 % < 100/3, mean 3.5
    ]);
    expect(analysis.drivers.map((d) => d.importance)).toEqual([expect.closeTo(400 / 9, 10), expect.closeTo(400 / 9, 10), expect.closeTo(100 / 9, 10)]);
    expect(analysis.rSquared).toBeCloseTo(9 / 13, 12); // (4 + 1 + 4) / (4 + 1 + 4 + 4)
    expect(analysis.drivers[0].correlation).toBeCloseTo(2 / Math.sqrt(13), 12);
  });

  it('changes nothing when a driver is scaled or shifted (its mean follows), and permutes with the drivers', () => {
    const data = fc.integer({ min: 1, max: 4 }).chain((k) =>
      fc.record({
        k: fc.constant(k),
        rows: fc.array(fc.tuple(fc.integer({ min: 0, max: 10 }), fc.array(fc.integer({ min: 1, max: 5 }), { minLength: k, maxLength: k })), { minLength: k + 6, maxLength: 60 }),
        scale: fc.double({ min: 0.01, max: 100, noNaN: true }),
        shift: fc.double({ min: -1000, max: 1000, noNaN: true }),
        which: fc.nat(),
        rotate: fc.nat(),
      }),
    );
    fc.assert(
      fc.property(data, ({ k, rows, scale, shift, which, rotate }) => {
        const y = rows.map(([o]) => o);
        const columns = Array.from({ length: k }, (_, j) => rows.map(([, r]) => r[j]));
        const labels = columns.map((_, j) => `D${j}`);
        let base;
        try {
          base = analyse(y, columns, labels);
        } catch (error) {
          if (error instanceof DriversError) return; // constant or collinear random data
          throw error;
        }
        const importance = (analysis: typeof base) => Object.fromEntries(analysis.drivers.map((d) => [d.label, d.importance]));
        const j = which % k;
        const changed = analyse(y, columns.map((c, i) => (i === j ? c.map((v) => v * scale + shift) : c)), labels);
        expect(Math.abs(changed.rSquared - base.rSquared)).toBeLessThan(1e-9);
        for (const [label, value] of Object.entries(importance(base))) expect(Math.abs(importance(changed)[label] - value)).toBeLessThan(1e-6);
        const mean = (a: typeof base) => a.drivers.find((d) => d.column === j)!.mean;
        expect(mean(changed)).toBeCloseTo(mean(base) * scale + shift, 6);
        const order = columns.map((_, i) => (i + rotate) % k);
        const permuted = analyse(y, order.map((i) => columns[i]), order.map((i) => labels[i]));
        for (const [label, value] of Object.entries(importance(base))) expect(Math.abs(importance(permuted)[label] - value)).toBeLessThan(1e-9);
        for (const driver of base.drivers) expect(driver.weight).toBeGreaterThanOrEqual(0);
        expect(base.drivers.reduce((s, d) => s + d.importance, 0)).toBeCloseTo(100, 9);
      }),
      { numRuns: 200 },
    );
  }, 60_000);

  describe('refuses data it cannot analyse, naming what is missing or the drivers involved', () => {
    const y = [1, 5, 3, 8, 6, 2, 9, 4];
    const a = [1, 3, 2, 5, 4, 1, 5, 2];
    const b = [2, 4, 4, 3, 5, 1, 4, 3];

    it('fewer rows with an outcome and a rating than drivers + 2', () => {
      expect(problemOf(() => analyse([1, 2, 3, undefined], [[1, 2, 3, 4], [2, 1, 3, 3]]))).toEqual({ kind: 'tooFewRows', rows: 3, drivers: 2 });
      expect(problemOf(() => analyse([undefined, 2], [[1, undefined]]))).toEqual({ kind: 'tooFewRows', rows: 0, drivers: 1 });
    });

    it('a driver with fewer than 3 answers, or always the same', () => {
      expect(problemOf(() => analyse(y, [a, [5, undefined, undefined, undefined, 4, undefined, undefined, undefined]], ['A', 'Hotline']))).toEqual({ kind: 'tooFewAnswers', driver: 'Hotline', answers: 2 });
      expect(problemOf(() => analyse(y, [a, b.map(() => 4)], ['A', 'Flat']))).toEqual({ kind: 'constantDriver', driver: 'Flat', value: 4 });
    });

    it('an outcome that never varies', () => {
      expect(problemOf(() => analyse(y.map(() => 9), [a, b]))).toEqual({ kind: 'constantOutcome', value: 9 });
    });

    it('two drivers answered together fewer than 3 times, or not varying there', () => {
      const first = [1, 2, 3, 4, 5, undefined, undefined, undefined];
      const last = [undefined, undefined, undefined, 3, 5, 1, 2, 4];
      expect(problemOf(() => analyse(y, [first, last], ['Web', 'Store']))).toEqual({ kind: 'tooFewPairAnswers', drivers: ['Web', 'Store'], rows: 2 });
      const flatWhereBoth = [1, 2, 3, 4, 4, 4, undefined, undefined];
      const other = [undefined, undefined, undefined, 3, 5, 1, 2, 4];
      expect(problemOf(() => analyse(y, [flatWhereBoth, other], ['Web', 'Store']))).toEqual({ kind: 'pairWithoutVariation', drivers: ['Web', 'Store'], rows: 3 });
    });

    it('an outcome that never varies where a driver is answered', () => {
      const outcome = [7, 7, 7, 7, 1, 2, 3, 4];
      expect(problemOf(() => analyse(outcome, [[1, 2, 3, 4, 1, 2, 3, 4], [3, 1, 2, undefined, undefined, undefined, undefined, undefined]], ['A', 'Early']))).toEqual({
        kind: 'outcomeConstantForDriver',
        driver: 'Early',
        rows: 3,
      });
    });

    it('a duplicated or mirrored driver column, both named', () => {
      expect(problemOf(() => analyse(y, [a, b, a], ['Delivery', 'Hotline', 'Delivery copy']))).toEqual({ kind: 'duplicate', drivers: ['Delivery', 'Delivery copy'], rows: 8, negative: false });
      expect(problemOf(() => analyse(y, [a, b.map((v) => 6 - v)].concat([b]), ['A', 'Reversed', 'B']))).toEqual({ kind: 'duplicate', drivers: ['Reversed', 'B'], rows: 8, negative: true });
      // A duplicate with blanks of its own is still r = 1 on the rows both have.
      const gappy = a.map((v, i) => (i % 3 === 0 ? undefined : v));
      expect(problemOf(() => analyse(y, [a, b, gappy], ['A', 'B', 'A again']))).toMatchObject({ kind: 'duplicate', drivers: ['A', 'A again'] });
    });

    it('collinear drivers: one a linear combination of others (singular), all named', () => {
      const sum = a.map((v, i) => v + b[i]);
      const c = [3, 3, 1, 2, 5, 4, 2, 1];
      expect(problemOf(() => analyse(y, [a, c, b, sum], ['A', 'C', 'B', 'A + B']))).toEqual({ kind: 'singular', drivers: ['A', 'B', 'A + B'] });
    });

    it('pairwise blanks that make the correlations contradict each other (not positive definite)', () => {
      // A and B agree on rows 1–6, B and C on rows 7–12, A and C disagree on rows 13–18.
      const up = [1, 2, 3, 4, 5, 6];
      const down = [6, 5, 4, 3, 2, 1];
      const none = [undefined, undefined, undefined, undefined, undefined, undefined];
      const A = [...up, ...none, ...up];
      const B = [...up.map((v) => v + 0.3 * (v % 2)), ...up, ...none];
      const C = [...none, ...up.map((v) => v + 0.3 * (v % 2)), ...down.map((v) => v + 0.4 * (v % 2))];
      const outcome = [...up, ...up, ...up];
      expect(problemOf(() => analyse(outcome, [A, B, C], ['A', 'B', 'C']))).toEqual({ kind: 'notPositiveDefinite', drivers: ['A', 'B', 'C'] });
    });

    it("outcome correlations that contradict the drivers' (R² above 1), from pairwise blanks", () => {
      // Rows 1–4: A ⟂ B, y = A + B − 3. Rows 5–10: y = A (B blank). Rows 11–16: y = B (A blank).
      // So r(A, B) = 0 while r(A, y) and r(B, y) both exceed 1/√2: R² = r_A² + r_B² > 1.
      const A = [4, 4, 2, 2, 1, 2, 3, 4, 5, 6, ...Array(6).fill(undefined)];
      const B = [4, 2, 4, 2, ...Array(6).fill(undefined), 1, 2, 3, 4, 5, 6];
      const outcome = [5, 3, 3, 1, 1, 2, 3, 4, 5, 6, 1, 2, 3, 4, 5, 6];
      const problem = problemOf(() => analyse(outcome, [A, B], ['A', 'B']));
      expect(problem.kind).toBe('rSquaredAboveOne');
      expect((problem as { rSquared: number }).rSquared).toBeGreaterThan(1);
    });

    it('drivers that explain nothing (every correlation with the outcome exactly 0)', () => {
      expect(problemOf(() => analyse([3, 1, 3, 1], [[2, 2, 0, 0]]))).toEqual({ kind: 'nothingExplained' });
    });

    it('every problem reads as a sentence that names what it is about', () => {
      expect(() => analyse(y, [a, b, a], ['Delivery', 'Hotline', 'Delivery copy'])).toThrow(
        '"Delivery" and "Delivery copy" are perfectly correlated (r = 1 on the 8 rows where both are answered): one duplicates the other; leave one of them out',
      );
      expect(() => analyse([1, 2, 3], [[1, 2, 3], [3, 1, 2]])).toThrow('only 3 rows have an outcome and a rating; 2 drivers need at least 4 (the number of drivers + 2)');
    });
  });
});
