import fc from 'fast-check';
import { symmetricEigen } from '../../../src/core/drivers/symmetricEigen';

/** Checks A·v = λ·v for every pair, VᵀV = I, and ascending order (largest error against the tolerance). */
function expectDecomposition(a: number[], n: number, tolerance: number) {
  const { values, vectors } = symmetricEigen(a, n);
  const scale = Math.max(1, ...a.map(Math.abs));
  let residual = 0;
  let orthogonality = 0;
  let unordered = 0;
  for (let j = 0; j < n; j++) {
    if (j > 0 && values[j] < values[j - 1]) unordered++;
    for (let i = 0; i < n; i++) {
      let av = 0;
      for (let l = 0; l < n; l++) av += a[i * n + l] * vectors[l * n + j];
      residual = Math.max(residual, Math.abs(av - values[j] * vectors[i * n + j]) / scale);
    }
    for (let l = 0; l < n; l++) {
      let dot = 0;
      for (let i = 0; i < n; i++) dot += vectors[i * n + j] * vectors[i * n + l];
      orthogonality = Math.max(orthogonality, Math.abs(dot - (j === l ? 1 : 0)));
    }
  }
  expect(unordered).toBe(0);
  expect(residual).toBeLessThan(tolerance);
  expect(orthogonality).toBeLessThan(tolerance);
  return values;
}

describe('symmetricEigen (cyclic Jacobi)', () => {
  it('gives the eigenvalues of a 2 × 2 correlation matrix, 1 ± ρ, with vectors (1, ∓1)/√2', () => {
    const { values, vectors } = symmetricEigen([1, 0.6, 0.6, 1], 2);
    expect(values[0]).toBeCloseTo(0.4, 14);
    expect(values[1]).toBeCloseTo(1.6, 14);
    expect(Math.abs(vectors[0 * 2 + 1])).toBeCloseTo(Math.SQRT1_2, 14);
    expect(vectors[0 * 2 + 1] * vectors[1 * 2 + 1]).toBeCloseTo(0.5, 14); // same sign for 1 + ρ
    expect(vectors[0 * 2 + 0] * vectors[1 * 2 + 0]).toBeCloseTo(-0.5, 14);
  });

  it('gives 2 − √2, 2, 2 + √2 for the tridiagonal [2 −1 0; −1 2 −1; 0 −1 2] (2 − 2cos(kπ/4))', () => {
    const values = expectDecomposition([2, -1, 0, -1, 2, -1, 0, -1, 2], 3, 1e-13);
    expect(values[0]).toBeCloseTo(2 - Math.SQRT2, 14);
    expect(values[1]).toBeCloseTo(2, 14);
    expect(values[2]).toBeCloseTo(2 + Math.SQRT2, 14);
  });

  it('leaves a diagonal matrix as it is and handles repeated eigenvalues', () => {
    expect(Array.from(symmetricEigen([3, 0, 0, 0, -1, 0, 0, 0, 3], 3).values)).toEqual([-1, 3, 3]);
    // All-ones 4 × 4 plus identity: eigenvalues 1, 1, 1 and 5.
    const values = expectDecomposition(Array.from({ length: 16 }, (_, i) => (i % 5 === 0 ? 2 : 1)), 4, 1e-13);
    expect(Array.from(values).map((v) => Math.round(v * 1e12) / 1e12)).toEqual([1, 1, 1, 5]);
  });

  it('finds the zero eigenvalue of a singular matrix (a duplicated column)', () => {
    // [1 1 ρ; 1 1 ρ; ρ ρ 1]: (1,−1,0)/√2 has eigenvalue 0.
    const { values, vectors } = symmetricEigen([1, 1, 0.3, 1, 1, 0.3, 0.3, 0.3, 1], 3);
    expect(Math.abs(values[0])).toBeLessThan(1e-15);
    expect(Math.abs(vectors[0])).toBeCloseTo(Math.SQRT1_2, 12);
    expect(vectors[0] + vectors[3]).toBeCloseTo(0, 12);
    expect(vectors[6]).toBeCloseTo(0, 12);
  });

  it('keeps the trace and the determinant (sum and product of the eigenvalues)', () => {
    const a = [4, 1, -2, 2, 1, 2, 0, 1, -2, 0, 3, -2, 2, 1, -2, -1];
    const { values } = symmetricEigen(a, 4);
    expect(values.reduce((s, v) => s + v, 0)).toBeCloseTo(4 + 2 + 3 - 1, 12);
    // The determinant by cofactor expansion, no eigenvalues involved.
    const det = (m: number[][]): number => (m.length === 1 ? m[0][0] : m[0].reduce((s, v, j) => s + (j % 2 ? -1 : 1) * v * det(m.slice(1).map((row) => row.filter((_, c) => c !== j))), 0));
    const rows = [0, 1, 2, 3].map((i) => a.slice(i * 4, i * 4 + 4));
    expect(values.reduce((p, v) => p * v, 1)).toBeCloseTo(det(rows), 10);
  });

  it('decomposes any symmetric matrix up to 12 × 12: A·V = V·Λ and VᵀV = I', () => {
    const matrix = fc.integer({ min: 1, max: 12 }).chain((n) =>
      fc.array(fc.double({ min: -100, max: 100, noNaN: true }), { minLength: n * n, maxLength: n * n }).map((entries) => {
        const a = entries.slice();
        for (let i = 0; i < n; i++) for (let j = 0; j < i; j++) a[i * n + j] = a[j * n + i];
        return { a, n };
      }),
    );
    fc.assert(fc.property(matrix, ({ a, n }) => void expectDecomposition(a, n, 1e-11)), { numRuns: 200 });
  }, 60_000);

  it('refuses a matrix of the wrong size or with a non-finite entry', () => {
    expect(() => symmetricEigen([1, 2, 3], 2)).toThrow('expected 4 entries');
    expect(() => symmetricEigen([1, NaN, NaN, 1], 2)).toThrow('not a finite number');
  });
});
