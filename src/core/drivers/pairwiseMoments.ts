/**
 * Pairwise-complete sums of an outcome and k drivers, gathered in ONE pass over the rows,
 * from which every Pearson correlation, count and mean of a driver analysis is read.
 *
 * Variable 0 is the outcome, variables 1..k the drivers. Only rows with an outcome take
 * part (DESIGN §2: rows with a blank outcome are left out); among them, each pair (a, b)
 * accumulates over the rows where both a and b have a number ("pairwise deletion", as R's
 * `cor(use = "pairwise.complete.obs")` and the `rwa` package do):
 *
 *   n_ab = Σ 1,  S_a|b = Σ a,  S_b|a = Σ b,  Q_a|b = Σ a²,  Q_b|a = Σ b²,  P_ab = Σ a·b
 *
 * and r_ab = (n·P − S_a·S_b) / √((n·Q_a − S_a²)(n·Q_b − S_b²)) (Pearson 1896), written
 * below as C_ab / √(V_a·V_b) with C = P − S_a·S_b/n and V_a = Q_a − S_a²/n.
 *
 * Numerically careful: every value is first shifted by its variable's first value in the
 * pass (x − x₀), so the sums are of deviations and the subtractions above do not cancel
 * catastrophically when values sit far from zero (1,000,000,001 and 1,000,000,002 correlate
 * as 1 and 2 do). Shifting changes no variance, covariance or correlation. Per-pair
 * re-scans of the data never happen: the cost is one pass over rows × pairs present.
 *
 * Only P needs a sum per pair and row. The other sums are kept per variable over the rows
 * used, and what a variable contributed on rows where another one is blank is kept aside
 * and subtracted: S_a|b = Σ_{a} a − Σ_{a, no b} a (likewise n and Q). Blanks are the
 * exception in survey data, so this is about a sixth of the work of six sums per pair.
 */
export interface PairwiseMoments {
  /** Number of drivers; variables are 0 (outcome) .. k. */
  readonly k: number;
  /** Rows with an outcome and at least one driver answered: the rows the analysis uses. */
  readonly rowsUsed: number;
  /** m × m (m = k + 1), row-major; n[a·m + b] = rows where both a and b have a number (symmetric; the diagonal counts a). */
  readonly n: Float64Array;
  /** s[a·m + b] = Σ (a − shift_a) over the rows where both a and b have a number (not symmetric). */
  readonly s: Float64Array;
  /** q[a·m + b] = Σ (a − shift_a)² over the same rows. */
  readonly q: Float64Array;
  /** p[a·m + b] (a < b) = Σ (a − shift_a)(b − shift_b) over the same rows. */
  readonly p: Float64Array;
  /** Each variable's shift: its first value in the pass (0 if it never had one). */
  readonly shift: Float64Array;
  /** Smallest and largest value of each variable over the rows used, to tell a constant one exactly. */
  readonly min: Float64Array;
  readonly max: Float64Array;
}

/**
 * One pass over `rows` rows. `outcome[i]` is row i's outcome; `ratings[i·k + j]` row i's
 * answer for driver j (row-major, as the function layer reads a range). NaN means no number.
 */
export function pairwiseMoments(outcome: Float64Array, ratings: Float64Array, rows: number, k: number): PairwiseMoments {
  const m = k + 1;
  // Per variable over the rows used: count, Σ and Σ² of its deviations, smallest and largest.
  const count = new Float64Array(m);
  const sum = new Float64Array(m);
  const squares = new Float64Array(m);
  const low = new Float64Array(m).fill(Infinity);
  const high = new Float64Array(m).fill(-Infinity);
  // What a's totals hold from rows where b has no number: gaps are rare, so correcting the
  // totals costs less than keeping six sums per pair, and P needs one product per pair.
  const gapCount = new Float64Array(m * m);
  const gapSum = new Float64Array(m * m);
  const gapSquares = new Float64Array(m * m);
  const p = new Float64Array(m * m);
  const shift = new Float64Array(m);
  const seen = new Uint8Array(m);
  const present = new Int32Array(m);
  const missing = new Int32Array(m);
  const x = new Float64Array(m);
  let rowsUsed = 0;

  for (let i = 0; i < rows; i++) {
    const y = outcome[i];
    if (y !== y) continue;
    let have = 0;
    let lack = 0;
    for (let v = 0; v < m; v++) {
      const value = v === 0 ? y : ratings[i * k + v - 1];
      if (value !== value) {
        missing[lack++] = v;
        continue;
      }
      if (seen[v] === 0) {
        seen[v] = 1;
        shift[v] = value;
      }
      present[have] = v;
      x[have] = value - shift[v];
      have++;
    }
    if (have < 2) continue; // the outcome alone: no pair, not a row the analysis uses
    rowsUsed++;
    for (let a = 0; a < have; a++) {
      const va = present[a];
      const da = x[a];
      const da2 = da * da;
      count[va]++;
      sum[va] += da;
      squares[va] += da2;
      if (da < low[va]) low[va] = da;
      if (da > high[va]) high[va] = da;
      const row = va * m;
      for (let b = a + 1; b < have; b++) p[row + present[b]] += da * x[b];
      for (let b = 0; b < lack; b++) {
        const at = row + missing[b];
        gapCount[at]++;
        gapSum[at] += da;
        gapSquares[at] += da2;
      }
    }
  }

  const n = new Float64Array(m * m);
  const s = new Float64Array(m * m);
  const q = new Float64Array(m * m);
  for (let a = 0; a < m; a++) {
    for (let b = 0; b < m; b++) {
      const at = a * m + b;
      n[at] = count[a] - gapCount[at];
      s[at] = sum[a] - gapSum[at];
      q[at] = squares[a] - gapSquares[at];
    }
  }
  // Back from deviations to values (a variable with no value keeps min > max).
  const min = low.map((d, v) => d + shift[v]);
  const max = high.map((d, v) => d + shift[v]);
  return { k, rowsUsed, n, s, q, p, shift, min, max };
}

/** Rows where both variables have a number (a = b: where a has one). */
export function pairCount(moments: PairwiseMoments, a: number, b: number): number {
  return moments.n[a * (moments.k + 1) + b];
}

/** The mean of variable a over the rows used where it has a number (NaN-free: 0 when it has none). */
export function variableMean(moments: PairwiseMoments, a: number): number {
  const at = a * (moments.k + 1) + a;
  const count = moments.n[at];
  return count === 0 ? 0 : moments.shift[a] + moments.s[at] / count;
}

/** Relative size under which a sum of squared deviations is rounding noise, not variation. */
const NO_VARIATION = 1e-12;

/**
 * Pearson's r of a and b over the rows where both have a number, or undefined when it does
 * not exist: fewer than 2 such rows, or one of them takes a single value on those rows.
 */
export function pairCorrelation(moments: PairwiseMoments, a: number, b: number): number | undefined {
  const m = moments.k + 1;
  const lo = Math.min(a, b);
  const hi = Math.max(a, b);
  const ab = lo * m + hi;
  const ba = hi * m + lo;
  const count = moments.n[ab];
  if (count < 2) return undefined;
  const sa = moments.s[ab];
  const sb = moments.s[ba];
  const qa = moments.q[ab];
  const qb = moments.q[ba];
  const va = qa - (sa * sa) / count;
  const vb = qb - (sb * sb) / count;
  if (!(va > NO_VARIATION * qa) || !(vb > NO_VARIATION * qb)) return undefined;
  const c = moments.p[ab] - (sa * sb) / count;
  const r = c / Math.sqrt(va * vb);
  return r > 1 ? 1 : r < -1 ? -1 : r;
}
