/**
 * An independent implementation of Johnson's relative weights and of what surrounds them,
 * for tests only. It shares nothing with src/core/drivers and takes other routes:
 *
 * - correlations: per pair, two passes over the rows where both have a number (means, then
 *   centred cross-products), no shifted one-pass sums;
 * - R^½ and R^-½: the Denman–Beavers iteration (Y₀ = R, Z₀ = I; Y ← (Y + Z⁻¹)/2,
 *   Z ← (Z + Y⁻¹)/2 → R^½, R^-½; Denman & Beavers 1976, Higham 2008 §6.3) with Gauss–Jordan
 *   inverses — no eigen-decomposition anywhere;
 * - on complete data, Johnson's original route through the data: standardise X, form the
 *   orthonormal Z = X·(XᵀX)^-½, regress y on Z and X on Z, ε_j = Σ_k Λ_jk²·β_k²;
 * - ordinary least squares R² from the normal equations, solved by Gaussian elimination.
 */
export type Matrix = number[][];

export const identity = (n: number): Matrix => Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));

export function multiply(a: Matrix, b: Matrix): Matrix {
  return a.map((row) => b[0].map((_, j) => row.reduce((sum, value, k) => sum + value * b[k][j], 0)));
}

export const transpose = (a: Matrix): Matrix => a[0].map((_, j) => a.map((row) => row[j]));

/** Gauss–Jordan with partial pivoting. */
export function inverse(a: Matrix): Matrix {
  const n = a.length;
  const m = a.map((row, i) => [...row, ...identity(n)[i]]);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r][c]) > Math.abs(m[pivot][c])) pivot = r;
    [m[c], m[pivot]] = [m[pivot], m[c]];
    const p = m[c][c];
    if (p === 0) throw new Error('singular');
    for (let j = 0; j < 2 * n; j++) m[c][j] /= p;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = m[r][c];
      for (let j = 0; j < 2 * n; j++) m[r][j] -= f * m[c][j];
    }
  }
  return m.map((row) => row.slice(n));
}

/** Solves a·x = b by Gaussian elimination with partial pivoting. */
export function solve(a: Matrix, b: number[]): number[] {
  const n = a.length;
  const m = a.map((row, i) => [...row, b[i]]);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r][c]) > Math.abs(m[pivot][c])) pivot = r;
    [m[c], m[pivot]] = [m[pivot], m[c]];
    for (let r = c + 1; r < n; r++) {
      const f = m[r][c] / m[c][c];
      for (let j = c; j <= n; j++) m[r][j] -= f * m[c][j];
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let sum = m[r][n];
    for (let j = r + 1; j < n; j++) sum -= m[r][j] * x[j];
    x[r] = sum / m[r][r];
  }
  return x;
}

/** R^½ and R^-½ of a symmetric positive definite matrix by the Denman–Beavers iteration. */
export function squareRoots(r: Matrix): { root: Matrix; inverseRoot: Matrix } {
  let y = r.map((row) => [...row]);
  let z = identity(r.length);
  for (let iteration = 0; iteration < 100; iteration++) {
    const yInverse = inverse(y);
    const zInverse = inverse(z);
    const nextY = y.map((row, i) => row.map((value, j) => (value + zInverse[i][j]) / 2));
    const nextZ = z.map((row, i) => row.map((value, j) => (value + yInverse[i][j]) / 2));
    const change = Math.max(...nextY.flatMap((row, i) => row.map((value, j) => Math.abs(value - y[i][j]))));
    y = nextY;
    z = nextZ;
    if (change < 1e-15) break;
  }
  return { root: y, inverseRoot: z };
}

/**
 * The smallest Cholesky pivot of a symmetric matrix (R = L·Lᵀ; pivot_i = R_ii − Σ_{k<i} L_ik²),
 * or the first one that is not positive. R is positive definite exactly when every pivot is
 * positive (Golub & Van Loan 2013, §4.2) — a test that needs no eigenvalues.
 */
export function smallestCholeskyPivot(r: Matrix): number {
  const n = r.length;
  const l: Matrix = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  let smallest = Infinity;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = r[i][j];
      for (let k = 0; k < j; k++) sum -= l[i][k] * l[j][k];
      if (i === j) {
        smallest = Math.min(smallest, sum);
        if (sum <= 0) return sum;
        l[i][i] = Math.sqrt(sum);
      } else l[i][j] = sum / l[j][j];
    }
  }
  return smallest;
}

/** Johnson's weights from a correlation matrix and the correlations with the outcome. */
export function referenceWeights(correlations: Matrix, withOutcome: number[]): { weights: number[]; rSquared: number } {
  const { root, inverseRoot } = squareRoots(correlations);
  const beta = inverseRoot.map((row) => row.reduce((sum, value, k) => sum + value * withOutcome[k], 0));
  const weights = root.map((row) => row.reduce((sum, lambda, k) => sum + lambda * lambda * beta[k] * beta[k], 0));
  return { weights, rSquared: weights.reduce((a, b) => a + b, 0) };
}

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

/** Pearson r of two columns over the rows where both are numbers, two passes. */
export function pairwiseR(a: (number | undefined)[], b: (number | undefined)[]): { r: number; n: number } {
  const pairs = a.flatMap((x, i) => (x !== undefined && b[i] !== undefined ? [[x, b[i]!]] : []));
  const ma = mean(pairs.map(([x]) => x));
  const mb = mean(pairs.map(([, y]) => y));
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  for (const [x, y] of pairs) {
    sab += (x - ma) * (y - mb);
    saa += (x - ma) ** 2;
    sbb += (y - mb) ** 2;
  }
  return { r: sab / Math.sqrt(saa * sbb), n: pairs.length };
}

export interface ReferenceDriver {
  readonly column: number;
  readonly responses: number;
  readonly correlation: number;
  readonly weight: number;
  readonly importance: number;
  readonly mean: number;
}

/**
 * The smallest Cholesky pivot of the drivers' pairwise correlation matrix, on the rows
 * referenceAnalysis uses. Pairwise blanks can give correlations no complete data set could
 * (pivot ≤ 0): no weights exist then, and referenceAnalysis must not be asked for them.
 */
export function referenceCorrelationPivot(outcome: (number | undefined)[], ratings: (number | undefined)[][]): number {
  const keep = outcome.map((y, i) => y !== undefined && ratings.some((column) => column[i] !== undefined));
  const columns = ratings.map((column) => column.filter((_, i) => keep[i]));
  return smallestCholeskyPivot(columns.map((a, i) => columns.map((b, j) => (i === j ? 1 : pairwiseR(a, b).r))));
}

/**
 * The whole analysis of DESIGN §2 on survey columns (undefined = no number): rows without
 * an outcome left out, pairwise correlations, weights, importance, means over the rows
 * with an outcome; the rows used are those with an outcome and at least one rating.
 */
export function referenceAnalysis(outcome: (number | undefined)[], ratings: (number | undefined)[][]) {
  const keep = outcome.map((y, i) => y !== undefined && ratings.some((column) => column[i] !== undefined));
  const y = outcome.filter((_, i) => keep[i]);
  const columns = ratings.map((column) => column.filter((_, i) => keep[i]));
  const k = columns.length;
  const correlations = columns.map((a, i) => columns.map((b, j) => (i === j ? 1 : pairwiseR(a, b).r)));
  const withOutcome = columns.map((column) => pairwiseR(column, y).r);
  const { weights, rSquared } = referenceWeights(correlations, withOutcome);
  const drivers: ReferenceDriver[] = columns.map((column, j) => {
    const answered = column.filter((v): v is number => v !== undefined);
    return { column: j, responses: answered.length, correlation: withOutcome[j], weight: weights[j], importance: (100 * weights[j]) / rSquared, mean: mean(answered) };
  });
  return { drivers, rSquared, responses: y.length, k };
}

/** Johnson's route through complete data: Z = Xs·(XsᵀXs/n)^-½, β = ZᵀYs/n, Λ = ZᵀXs/n. */
export function weightsThroughData(x: Matrix, y: number[]): number[] {
  const n = y.length;
  const standardise = (values: number[]) => {
    const m = mean(values);
    const sd = Math.sqrt(values.reduce((a, v) => a + (v - m) ** 2, 0) / n);
    return values.map((v) => (v - m) / sd);
  };
  const xs = transpose(transpose(x).map(standardise));
  const ys = standardise(y);
  const gram = multiply(transpose(xs), xs).map((row) => row.map((v) => v / n));
  const z = multiply(xs, squareRoots(gram).inverseRoot);
  const beta = transpose(z).map((column) => column.reduce((a, v, i) => a + v * ys[i], 0) / n);
  const lambda = multiply(transpose(z), xs).map((row) => row.map((v) => v / n)); // Λ[k][j]: Z_k on X_j
  return xs[0].map((_, j) => lambda.reduce((sum, row, k) => sum + row[j] ** 2 * beta[k] ** 2, 0));
}

/** R² of the least-squares fit of y on x with an intercept, from the normal equations on centred data. */
export function olsRSquared(x: Matrix, y: number[]): number {
  const my = mean(y);
  const means = transpose(x).map(mean);
  const xc = x.map((row) => row.map((v, j) => v - means[j]));
  const yc = y.map((v) => v - my);
  const xtx = multiply(transpose(xc), xc);
  const xty = transpose(xc).map((column) => column.reduce((a, v, i) => a + v * yc[i], 0));
  const b = solve(xtx, xty);
  const residual = yc.reduce((a, v, i) => a + (v - xc[i].reduce((s, xv, j) => s + xv * b[j], 0)) ** 2, 0);
  return 1 - residual / yc.reduce((a, v) => a + v * v, 0);
}
