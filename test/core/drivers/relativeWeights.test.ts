import fc from 'fast-check';
import { relativeWeights } from '../../../src/core/drivers/relativeWeights';
import { inverse, Matrix, olsRSquared, referenceWeights, weightsThroughData } from '../../helpers/relativeWeightsReference';

function weightsOf(correlations: Matrix, withOutcome: number[]) {
  const result = relativeWeights(correlations.flat(), withOutcome, withOutcome.length);
  if (!result.ok) throw new Error(`expected weights, got ${result.kind}`);
  return { weights: Array.from(result.weights), rSquared: result.rSquared };
}

/** A random correlation matrix that is surely positive definite: the correlations of X = L·Z, L random. */
const correlationProblem = fc.integer({ min: 1, max: 7 }).chain((k) =>
  fc
    .tuple(
      fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: (k + 1) * (k + 1), maxLength: (k + 1) * (k + 1) }),
      fc.array(fc.double({ min: 0.2, max: 1, noNaN: true }), { minLength: k + 1, maxLength: k + 1 }),
    )
    .map(([loadings, noise]) => {
      // Variables 0..k−1 are drivers, k the outcome: covariance = L·Lᵀ + diag(noise²) (positive definite).
      const m = k + 1;
      const cov = Array.from({ length: m }, (_, i) => Array.from({ length: m }, (_, j) => {
        let sum = i === j ? noise[i] ** 2 : 0;
        for (let l = 0; l < m; l++) sum += loadings[i * m + l] * loadings[j * m + l];
        return sum;
      }));
      const corr = cov.map((row, i) => row.map((v, j) => v / Math.sqrt(cov[i][i] * cov[j][j])));
      return { correlations: corr.slice(0, k).map((row) => row.slice(0, k)), withOutcome: corr.slice(0, k).map((row) => row[k]) };
    }),
);

describe("Johnson's relative weights", () => {
  it('reproduce the rwa package example on diamonds (price ~ depth + carat)', () => {
    // martinctc/rwa, reference/rwa.md: RXX, RXY as printed (7 digits) → Raw.RelWeight 0.000729149,
    // 0.849946308; rsquare 0.8506755; Rescaled 0.08571412, 99.91428588.
    const { weights, rSquared } = weightsOf([[1, 0.02822431], [0.02822431, 1]], [-0.0106474, 0.9215913]);
    expect(weights[0]).toBeCloseTo(0.000729149, 8);
    expect(weights[1]).toBeCloseTo(0.849946308, 6);
    expect(rSquared).toBeCloseTo(0.8506755, 6);
    expect((100 * weights[0]) / rSquared).toBeCloseTo(0.08571412, 5);
  });

  it('match the closed form for two drivers: Λ = R^½ = [a b; b a], β = R^-½·r', () => {
    fc.assert(
      fc.property(fc.double({ min: -0.95, max: 0.95, noNaN: true }), fc.double({ min: -1, max: 1, noNaN: true }), fc.double({ min: -1, max: 1, noNaN: true }), (rho, r1, r2) => {
        // R = [1 ρ; ρ 1] has eigenvalues 1 ± ρ on (1, ±1)/√2, so
        // R^½ = [a b; b a], a = (√(1+ρ) + √(1−ρ))/2, b = (√(1+ρ) − √(1−ρ))/2, and R^-½ likewise with 1/√.
        const [p, m] = [Math.sqrt(1 + rho), Math.sqrt(1 - rho)];
        const [a, b] = [(p + m) / 2, (p - m) / 2];
        const [c, d] = [(1 / p + 1 / m) / 2, (1 / p - 1 / m) / 2];
        const beta = [c * r1 + d * r2, d * r1 + c * r2];
        const expected = [a * a * beta[0] ** 2 + b * b * beta[1] ** 2, b * b * beta[0] ** 2 + a * a * beta[1] ** 2];
        const result = relativeWeights([1, rho, rho, 1], [r1, r2], 2);
        if (!result.ok) return; // r's that no data could give can make R² > 1: reported, tested below
        expect(result.weights[0]).toBeCloseTo(expected[0], 9);
        expect(result.weights[1]).toBeCloseTo(expected[1], 9);
      }),
      { numRuns: 500 },
    );
  }, 60_000);

  it('agree with an independent implementation (Denman–Beavers square roots, no eigenvectors) to 1e-9', () => {
    fc.assert(
      fc.property(correlationProblem, ({ correlations, withOutcome }) => {
        const ours = weightsOf(correlations, withOutcome);
        const reference = referenceWeights(correlations, withOutcome);
        ours.weights.forEach((w, j) => expect(Math.abs(w - reference.weights[j])).toBeLessThan(1e-9));
        expect(Math.abs(ours.rSquared - reference.rSquared)).toBeLessThan(1e-9);
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('give r² each when the drivers are uncorrelated', () => {
    const { weights, rSquared } = weightsOf([[1, 0, 0], [0, 1, 0], [0, 0, 1]], [0.5, -0.3, 0.1]);
    expect(weights[0]).toBeCloseTo(0.25, 14);
    expect(weights[1]).toBeCloseTo(0.09, 14);
    expect(weights[2]).toBeCloseTo(0.01, 14);
    expect(rSquared).toBeCloseTo(0.35, 14);
  });

  it('are ≥ 0, add up to R² = rᵀR⁻¹r, and are permuted with the drivers', () => {
    fc.assert(
      fc.property(correlationProblem, fc.integer({ min: 0, max: 1000 }), ({ correlations, withOutcome }, seed) => {
        const { weights, rSquared } = weightsOf(correlations, withOutcome);
        for (const w of weights) expect(w).toBeGreaterThanOrEqual(0);
        expect(Math.abs(weights.reduce((a, b) => a + b, 0) - rSquared)).toBeLessThan(1e-12);
        const k = withOutcome.length;
        // rᵀR⁻¹r by the reference's Gauss–Jordan inverse, no square roots.
        const rInverse = inverse(correlations);
        const quadratic = withOutcome.reduce((s, ri, i) => s + ri * rInverse[i].reduce((t, v, j) => t + v * withOutcome[j], 0), 0);
        expect(Math.abs(rSquared - quadratic)).toBeLessThan(1e-9);
        const order = Array.from({ length: k }, (_, j) => j).sort((a, b) => ((a * 7919 + seed) % 13) - ((b * 7919 + seed) % 13) || a - b);
        const permuted = weightsOf(order.map((i) => order.map((j) => correlations[i][j])), order.map((i) => withOutcome[i]));
        order.forEach((from, to) => expect(Math.abs(permuted.weights[to] - weights[from])).toBeLessThan(1e-10));
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it("equal Johnson's route through complete data, and R² equals the least-squares R²", () => {
    const row = (k: number) => fc.array(fc.integer({ min: -30, max: 30 }).map((v) => v / 10), { minLength: k + 2, maxLength: k + 2 });
    const data = fc.integer({ min: 1, max: 5 }).chain((k) => fc.array(row(k), { minLength: k + 8, maxLength: 60 }).map((rows) => ({ k, rows })));
    fc.assert(
      fc.property(data, ({ k, rows }) => {
        // Drivers share a common factor (column k + 1), so they correlate; y depends on them plus noise.
        const x = rows.map((r) => r.slice(0, k).map((v, j) => v + (j + 1) * 0.5 * r[k + 1]));
        const y = rows.map((r, i) => x[i].reduce((s, v, j) => s + (j % 2 ? -1 : 1) * (j + 1) * v, 0) + 2 * r[k]);
        const n = rows.length;
        const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / n;
        const sd = (v: number[]) => Math.sqrt(v.reduce((a, b) => a + (b - mean(v)) ** 2, 0));
        const cols = Array.from({ length: k }, (_, j) => x.map((r) => r[j]));
        fc.pre(cols.every((c) => sd(c) > 1e-3) && sd(y) > 1e-3);
        const corr = (a: number[], b: number[]) => a.reduce((s, v, i) => s + (v - mean(a)) * (b[i] - mean(b)), 0) / (sd(a) * sd(b));
        const correlations = cols.map((a) => cols.map((b) => corr(a, b)));
        // Nearly collinear drivers make both routes ill-conditioned: keep to data a survey gives.
        fc.pre(correlations.every((row, i) => row.every((r, j) => i === j || Math.abs(r) < 0.99)));
        const result = relativeWeights(correlations.flat(), cols.map((c) => corr(c, y)), k);
        fc.pre(result.ok);
        if (!result.ok) return;
        const throughData = weightsThroughData(x, y);
        throughData.forEach((w, j) => expect(Math.abs(result.weights[j] - w)).toBeLessThan(1e-7));
        expect(Math.abs(result.rSquared - olsRSquared(x, y))).toBeLessThan(1e-7);
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  it('report collinear drivers (singular R) with the drivers involved', () => {
    // Driver 2 duplicates driver 0; driver 1 is unrelated.
    const result = relativeWeights([1, 0.2, 1, 0.2, 1, 0.2, 1, 0.2, 1], [0.5, 0.1, 0.5], 3);
    expect(result).toMatchObject({ ok: false, kind: 'singular', drivers: [0, 2] });
    // x2 = (x0 + x1)/√2 with x0 ⟂ x1: all three are involved.
    const s = Math.SQRT1_2;
    expect(relativeWeights([1, 0, s, 0, 1, s, s, s, 1], [0.3, 0.2, 0.35], 3)).toMatchObject({ ok: false, kind: 'singular', drivers: [0, 1, 2] });
  });

  it('report correlations that no data could give together (not positive definite)', () => {
    // A ≈ B and B ≈ C but A ≈ −C: impossible with complete data, possible with pairwise blanks.
    const result = relativeWeights([1, 0.9, -0.9, 0.9, 1, 0.9, -0.9, 0.9, 1], [0.1, 0.1, 0.1], 3);
    expect(result).toMatchObject({ ok: false, kind: 'notPositiveDefinite', drivers: [0, 1, 2] });
  });

  it('report an R² above 1 from contradictory correlations with the outcome', () => {
    // Uncorrelated drivers cannot both correlate 0.8 with one outcome: 0.64 + 0.64 > 1.
    const result = relativeWeights([1, 0, 0, 1], [0.8, 0.8], 2);
    expect(result).toMatchObject({ ok: false, kind: 'rSquaredAboveOne' });
    expect((result as { rSquared: number }).rSquared).toBeCloseTo(1.28, 12);
  });
});
