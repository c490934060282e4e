/**
 * Eigen-decomposition of a real symmetric matrix, A = V·diag(λ)·Vᵀ with V orthogonal, by
 * the cyclic Jacobi method (Jacobi 1846; Rutishauser's formulation as in Golub & Van Loan,
 * *Matrix Computations*, §8.5, and Press et al., *Numerical Recipes*, §11.1).
 *
 * Each step picks an off-diagonal entry a_pq ≠ 0 and applies the plane rotation J(p, q, θ)
 * that zeroes it: with ϑ = (a_qq − a_pp) / (2·a_pq), t = sign(ϑ) / (|ϑ| + √(ϑ² + 1)) (the
 * smaller root of t² + 2ϑt − 1 = 0, so |θ| ≤ π/4), c = 1/√(t² + 1), s = t·c:
 *
 *   a'_pp = a_pp − t·a_pq,  a'_qq = a_qq + t·a_pq,  a'_pq = 0,
 *   a'_rp = c·a_rp − s·a_rq,  a'_rq = s·a_rp + c·a_rq  (r ≠ p, q),
 *   V ← V·J (the same rotation on V's columns p and q).
 *
 * Sweeps visit every pair (p < q) in row order; the off-diagonal mass falls quadratically,
 * and the loop stops when it is below 1e-15 of the matrix's norm (in practice 5–10 sweeps
 * for the correlation matrices of a driver analysis). Jacobi is slower than QR for large
 * matrices but small, robust, and accurate for small eigenvalues, which matter here:
 * they are how collinear drivers are told apart.
 */
export interface SymmetricEigen {
  /** The eigenvalues, in ascending order. */
  readonly values: Float64Array;
  /** n × n row-major; column j (vectors[i·n + j], i = 0..n−1) is the unit eigenvector of values[j]. */
  readonly vectors: Float64Array;
}

const MAX_SWEEPS = 100;
const TOLERANCE = 1e-15;

/** `matrix` is n × n, row-major and symmetric (only that is read); it is not changed. */
export function symmetricEigen(matrix: ArrayLike<number>, n: number): SymmetricEigen {
  if (matrix.length !== n * n) throw new Error(`symmetricEigen: expected ${n * n} entries, got ${matrix.length}`);
  const a = Float64Array.from(matrix);
  const v = new Float64Array(n * n);
  for (let i = 0; i < n; i++) v[i * n + i] = 1;

  let norm = 0;
  for (let i = 0; i < n * n; i++) norm += a[i] * a[i];
  if (!Number.isFinite(norm)) throw new Error('symmetricEigen: the matrix has an entry that is not a finite number');
  const threshold = TOLERANCE * TOLERANCE * norm;

  for (let sweep = 0; ; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += a[p * n + q] * a[p * n + q];
    if (off <= threshold) break;
    if (sweep === MAX_SWEEPS) throw new Error(`symmetricEigen: no convergence after ${MAX_SWEEPS} sweeps`);
    for (let p = 0; p < n - 1; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = a[p * n + q];
        if (apq === 0) continue;
        const app = a[p * n + p];
        const aqq = a[q * n + q];
        const theta = (aqq - app) / (2 * apq);
        // For a huge ϑ, ϑ² would overflow; t → 1/(2ϑ) there.
        const t = Math.abs(theta) > 1e150 ? 1 / (2 * theta) : (theta >= 0 ? 1 : -1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        a[p * n + p] = app - t * apq;
        a[q * n + q] = aqq + t * apq;
        a[p * n + q] = 0;
        a[q * n + p] = 0;
        for (let r = 0; r < n; r++) {
          if (r !== p && r !== q) {
            const arp = a[r * n + p];
            const arq = a[r * n + q];
            const rp = c * arp - s * arq;
            const rq = s * arp + c * arq;
            a[r * n + p] = rp;
            a[p * n + r] = rp;
            a[r * n + q] = rq;
            a[q * n + r] = rq;
          }
          const vrp = v[r * n + p];
          const vrq = v[r * n + q];
          v[r * n + p] = c * vrp - s * vrq;
          v[r * n + q] = s * vrp + c * vrq;
        }
      }
    }
  }

  const order = Array.from({ length: n }, (_, i) => i).sort((i, j) => a[i * n + i] - a[j * n + j]);
  const values = new Float64Array(n);
  const vectors = new Float64Array(n * n);
  order.forEach((from, to) => {
    values[to] = a[from * n + from];
    for (let r = 0; r < n; r++) vectors[r * n + to] = v[r * n + from];
  });
  return { values, vectors };
}
