import fc from 'fast-check';
import { pairCorrelation, pairCount, pairwiseMoments, variableMean } from '../../../src/core/drivers/pairwiseMoments';
import { pairwiseR } from '../../helpers/relativeWeightsReference';

/** Columns (undefined = no number) → the row-major arrays the core reads. */
function arrays(outcome: (number | undefined)[], ratings: (number | undefined)[][]) {
  const rows = outcome.length;
  const k = ratings.length;
  const y = Float64Array.from(outcome, (v) => (v === undefined ? NaN : v));
  const x = new Float64Array(rows * k);
  for (let i = 0; i < rows; i++) for (let j = 0; j < k; j++) x[i * k + j] = ratings[j][i] === undefined ? NaN : ratings[j][i]!;
  return { y, x, rows, k };
}

describe('pairwiseMoments', () => {
  it('counts, means and correlates over the rows where both have a number, worked by hand', () => {
    // Rows: outcome, A, B. Row 4 has no outcome (left out), row 5 has no rating (not used).
    const outcome = [1, 2, 3, undefined, 4, 5];
    const a = [1, 3, 2, 9, undefined, 4];
    const b = [2, undefined, 6, 9, undefined, 8];
    const { y, x, rows, k } = arrays(outcome, [a, b]);
    const m = pairwiseMoments(y, x, rows, k);
    expect(m.rowsUsed).toBe(4); // rows 1, 2, 3, 6
    expect(pairCount(m, 0, 0)).toBe(4);
    expect(pairCount(m, 1, 1)).toBe(4);
    expect(pairCount(m, 2, 2)).toBe(3);
    expect(pairCount(m, 1, 2)).toBe(3);
    expect(pairCount(m, 2, 1)).toBe(3);
    expect(variableMean(m, 1)).toBeCloseTo(10 / 4, 14); // 1 + 3 + 2 + 4
    expect(variableMean(m, 2)).toBeCloseTo(16 / 3, 14);
    // outcome–A on rows 1, 2, 3, 6: y = 1 2 3 5, a = 1 3 2 4; means 2.75, 2.5;
    // Σdy·da = (−1.75)(−1.5) + (−0.75)(0.5) + (0.25)(−0.5) + (2.25)(1.5) = 5.5;
    // Σdy² = 3.0625 + 0.5625 + 0.0625 + 5.0625 = 8.75; Σda² = 2.25 + 0.25 + 0.25 + 2.25 = 5.
    expect(pairCorrelation(m, 0, 1)).toBeCloseTo(5.5 / Math.sqrt(8.75 * 5), 14);
    // A–B on rows 1, 3, 6: a = 1 2 4, b = 2 6 8, means 7/3 and 16/3, from the centred values.
    const ab = pairCorrelation(m, 1, 2)!;
    const [ma, mb] = [7 / 3, 16 / 3];
    const da = [1 - ma, 2 - ma, 4 - ma];
    const db = [2 - mb, 6 - mb, 8 - mb];
    const dot = (u: number[], v: number[]) => u.reduce((s, ui, i) => s + ui * v[i], 0);
    expect(ab).toBeCloseTo(dot(da, db) / Math.sqrt(dot(da, da) * dot(db, db)), 14);
    expect(pairCorrelation(m, 2, 1)).toBe(ab);
  });

  it('agrees with a two-pass correlation per pair on survey data with blanks', () => {
    const cell = fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined, freq: 4 });
    const data = fc.integer({ min: 1, max: 5 }).chain((k) =>
      fc.array(fc.tuple(fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined, freq: 6 }), fc.array(cell, { minLength: k, maxLength: k })), { minLength: 3, maxLength: 80 }),
    );
    fc.assert(
      fc.property(data, (rowsData) => {
        const outcome = rowsData.map(([y]) => y);
        const k = rowsData[0][1].length;
        const ratings = Array.from({ length: k }, (_, j) => rowsData.map(([, r]) => r[j]));
        const { y, x, rows } = arrays(outcome, ratings);
        const m = pairwiseMoments(y, x, rows, k);
        const used = rowsData.filter(([o, r]) => o !== undefined && r.some((v) => v !== undefined)).length;
        expect(m.rowsUsed).toBe(used);
        const kept = (column: (number | undefined)[]) => column.map((v, i) => (outcome[i] === undefined ? undefined : v));
        const columns = [outcome, ...ratings.map(kept)];
        for (let a = 0; a <= k; a++) {
          for (let b = a + 1; b <= k; b++) {
            const reference = pairwiseR(columns[a], columns[b]);
            expect(pairCount(m, a, b)).toBe(reference.n);
            const r = pairCorrelation(m, a, b);
            if (Number.isFinite(reference.r) && Math.abs(reference.r) <= 1 + 1e-12) expect(r).toBeCloseTo(reference.r, 10);
            else expect(r).toBeUndefined(); // fewer than 2 rows, or no variation: no r
          }
        }
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('stays accurate far from zero: 1e9 + x and 1e11 + 1000·x correlate as x does', () => {
    const base = [3, 1, 4, 1, 5, 9, 2, 6];
    const other = [2, 7, 1, 8, 2, 8, 1, 8];
    const near = arrays(base, [other]);
    const far = arrays(base.map((v) => 1e9 + v), [other.map((v) => 1e11 + 1000 * v)]);
    const r = pairCorrelation(pairwiseMoments(near.y, near.x, near.rows, 1), 0, 1)!;
    expect(pairCorrelation(pairwiseMoments(far.y, far.x, far.rows, 1), 0, 1)).toBeCloseTo(r, 12);
    expect(r).toBeCloseTo(pairwiseR(base, other).r, 14);
  });

  it('reads every cell once: one pass, no re-scan per pair', () => {
    const { y, x, rows, k } = arrays([1, 2, 3, 4, 5], [[1, 2, 3, 4, 4], [2, 1, 2, 1, 2], [5, 5, 4, 3, 1]]);
    const reads = new Map<string, number>();
    const counting = (array: Float64Array, name: string) =>
      new Proxy(array, {
        get(target, key) {
          if (typeof key === 'string' && /^\d+$/.test(key)) reads.set(`${name}${key}`, (reads.get(`${name}${key}`) ?? 0) + 1);
          return Reflect.get(target, key);
        },
      });
    pairwiseMoments(counting(y, 'y'), counting(x, 'x'), rows, k);
    expect(reads.size).toBe(5 + 15);
    expect(Math.max(...reads.values())).toBe(1);
  });

  it('tells a variable that never varies: no correlation', () => {
    const { y, x, rows, k } = arrays([1, 2, 3], [[4, 4, 4]]);
    const m = pairwiseMoments(y, x, rows, k);
    expect(pairCorrelation(m, 0, 1)).toBeUndefined();
    expect(m.min[1]).toBe(4);
    expect(m.max[1]).toBe(4);
    expect(m.min[0]).toBe(1);
    expect(m.max[0]).toBe(3);
  });
});
