import { symmetricEigen } from './symmetricEigen';

/**
 * Johnson's relative weights (Johnson 2000, "A heuristic method for estimating the relative
 * weight of predictor variables in multiple regression", *Multivariate Behavioral Research*
 * 35:1–19; as practised in Tonidandel & LeBreton 2011, *Journal of Business and Psychology*
 * 26:1–9, and in Qualtrics Stats iQ's "relative importance").
 *
 * The drivers X are replaced by the orthonormal Z closest to them (least squares); the
 * outcome is regressed on Z, each Z on X, and each driver's weight collects the outcome
 * variance its Z's carry back to it. In correlation form, with R the drivers' correlation
 * matrix and r their correlations with the outcome:
 *
 *   R = V·Δ·Vᵀ                  (eigen-decomposition, Δ = diag(δ₁…δ_k), all δ > 0)
 *   Λ = V·Δ^½·Vᵀ                (= R^½: the regression of X on Z)
 *   β = Λ⁻¹·r = V·Δ^-½·Vᵀ·r     (the regression of the outcome on Z)
 *   ε_j = Σ_k Λ_jk²·β_k²        (driver j's raw relative weight, ≥ 0)
 *   R² = Σ_j ε_j                (= rᵀR⁻¹r, the ordinary least-squares R²: Σ_j Λ_jk² = 1 for each k)
 *
 * R must be positive definite. An eigenvalue ≤ 1e-10 × the largest means collinear drivers
 * (a singular R: one driver is a linear combination of others); a clearly negative one can
 * only come from correlations computed on different rows (pairwise deletion) that no data
 * set could produce together. Either way the eigenvector of that eigenvalue names the
 * drivers involved: those with a component ≥ 0.1 × its largest. With pairwise deletion
 * the outcome's correlations can also contradict the drivers' (R² > 1); that is reported too.
 */
export type RelativeWeightsResult =
  | { readonly ok: true; readonly weights: Float64Array; readonly rSquared: number }
  | { readonly ok: false; readonly kind: 'singular' | 'notPositiveDefinite'; readonly drivers: readonly number[]; readonly eigenvalue: number }
  | { readonly ok: false; readonly kind: 'rSquaredAboveOne'; readonly rSquared: number };

/** Below this × the largest eigenvalue, an eigenvalue is rounding noise around 0: R is singular. */
export const SINGULAR_TOLERANCE = 1e-10;
/** R² may exceed 1 by this much through rounding alone (as the rwa package allows √ε ≈ 1.5e-8). */
const R_SQUARED_TOLERANCE = 1e-8;
/** A driver belongs to a degenerate direction when its component is ≥ this × the largest. */
const INVOLVED = 0.1;

/** `correlations` is the k × k driver correlation matrix (row-major), `withOutcome` the k correlations with the outcome. */
export function relativeWeights(correlations: ArrayLike<number>, withOutcome: ArrayLike<number>, k: number): RelativeWeightsResult {
  const { values, vectors } = symmetricEigen(correlations, k);
  const largest = Math.max(values[k - 1], 0);
  const smallest = values[0];
  if (!(smallest > SINGULAR_TOLERANCE * largest)) {
    return {
      ok: false,
      kind: smallest < -SINGULAR_TOLERANCE * largest ? 'notPositiveDefinite' : 'singular',
      drivers: involvedIn(vectors, k, 0),
      eigenvalue: smallest,
    };
  }

  // u = Vᵀr, then β = V·Δ^-½·u; Λ = V·Δ^½·Vᵀ.
  const u = new Float64Array(k);
  for (let i = 0; i < k; i++) {
    let sum = 0;
    for (let j = 0; j < k; j++) sum += vectors[j * k + i] * withOutcome[j];
    u[i] = sum / Math.sqrt(values[i]);
  }
  const beta = new Float64Array(k);
  for (let j = 0; j < k; j++) {
    let sum = 0;
    for (let i = 0; i < k; i++) sum += vectors[j * k + i] * u[i];
    beta[j] = sum;
  }
  const rootValues = values.map(Math.sqrt);
  const weights = new Float64Array(k);
  let rSquared = 0;
  for (let j = 0; j < k; j++) {
    let weight = 0;
    for (let l = 0; l < k; l++) {
      let lambda = 0;
      for (let i = 0; i < k; i++) lambda += vectors[j * k + i] * rootValues[i] * vectors[l * k + i];
      weight += lambda * lambda * beta[l] * beta[l];
    }
    weights[j] = weight;
    rSquared += weight;
  }
  if (rSquared > 1 + R_SQUARED_TOLERANCE) return { ok: false, kind: 'rSquaredAboveOne', rSquared };
  return { ok: true, weights, rSquared };
}

/** The drivers (in column order) that carry the eigenvector in column `column`. */
function involvedIn(vectors: Float64Array, k: number, column: number): number[] {
  const size = (j: number) => Math.abs(vectors[j * k + column]);
  let largest = 0;
  for (let j = 0; j < k; j++) largest = Math.max(largest, size(j));
  return Array.from({ length: k }, (_, j) => j).filter((j) => size(j) >= INVOLVED * largest);
}
