import { NpsCounts, npsFromCounts } from './nps';
import { twoSidedCriticalValue, twoSidedPValue } from './normalDistribution';

/**
 * Sampling error of the Net Promoter Score.
 *
 * Each respondent scores +1 (promoter), 0 (passive) or −1 (detractor), and the NPS is 100 ×
 * their mean. With p and d the promoter and detractor shares, that trinomial variable has
 *
 *     variance per respondent  = (p + d) − (p − d)²
 *     standard error (points)  = 100 · √(variance / n)
 *     margin of error (points) = z · standard error,   z = Φ⁻¹((1 + confidence) / 2)
 *
 * (B. Rocks, "Interval estimation for the Net Promoter Score", The American Statistician 70,
 * 2016: the Wald interval). The variance divides by n, as the formula does, not by n − 1.
 * Published check: p = 0.5, d = 0.2, n = 400 → NPS 30, SE 3.905 points, ±7.65 at 95%.
 *
 * Two samples are compared with the Wald test of NPS(a) = NPS(b):
 *
 *     z = (NPS_a − NPS_b) / √(SE_a² + SE_b²),   p-value = 2·Φ(−|z|)   (two-sided)
 *
 * When every answer of a sample falls in one class (all promoters, say, or a single answer)
 * its variance is 0 and so is its margin of error: the Wald formula has nothing to spread.
 * That is the formula's value, not certainty; such samples are too small or too uniform for
 * this interval to mean much.
 */

/** Variance of one respondent's +1/0/−1 score: (p + d) − (p − d)², in (share)². */
export function npsVariance(counts: NpsCounts): number {
  if (counts.responses === 0) throw new Error('NPS variance needs at least one response');
  const p = counts.promoters / counts.responses;
  const d = counts.detractors / counts.responses;
  // Clamp rounding: (p + d) − (p − d)² ≥ 0 exactly, but a few ulps may go below.
  return Math.max(0, p + d - (p - d) * (p - d));
}

/** Standard error of the NPS in points: 100 · √(variance / n). */
export function npsStandardError(counts: NpsCounts): number {
  return 100 * Math.sqrt(npsVariance(counts) / counts.responses);
}

/** Margin of error of the NPS in points at a two-sided confidence level in (0, 1). */
export function npsMarginOfError(counts: NpsCounts, confidence = 0.95): number {
  return twoSidedCriticalValue(confidence) * npsStandardError(counts);
}

export interface NpsWaldTest {
  /** NPS(a) − NPS(b) in points. */
  readonly difference: number;
  readonly z: number;
  /** Two-sided p-value of NPS(a) = NPS(b). */
  readonly pValue: number;
}

/**
 * The two-sample Wald test of NPS(a) = NPS(b). Throws when both samples have variance 0
 * (each has all its answers in one class): the statistic is then 0/0 or ±∞, and a p-value
 * of exactly 0 or 1 from so little spread would claim more than the data show.
 */
export function npsWaldTest(a: NpsCounts, b: NpsCounts): NpsWaldTest {
  const difference = npsFromCounts(a) - npsFromCounts(b);
  const seA = npsStandardError(a);
  const seB = npsStandardError(b);
  const pooled = Math.sqrt(seA * seA + seB * seB);
  if (pooled === 0) {
    throw new Error('the NPS test needs spread: in both samples every answer is in the same class (promoter, passive or detractor)');
  }
  const z = difference / pooled;
  return { difference, z, pValue: twoSidedPValue(z) };
}
