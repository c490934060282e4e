import { twoSidedCriticalValue } from './normalDistribution';

/**
 * How many answers an NPS needs for its adjusted-Wald margin (npsStatistics) to be at most
 * `margin` points at a confidence level.
 *
 * With expected shares p (promoters) and d (detractors), n answers are expected to hold n·p
 * promoters and n·d detractors, so
 *
 *     p̃ = (n·p + ¾)/(n + 3),  d̃ = (n·d + ¾)/(n + 3),  ṽ = p̃ + d̃ − (p̃ − d̃)²
 *     margin(n) = z·√(ṽ/(n + 3))·100
 *
 * and the answer is the smallest n ≥ 1 with margin(n) ≤ margin, found by search: ṽ changes
 * with n, so no closed formula gives it (the closed z²·v/m² − 3 with the unadjusted v of the
 * shares under-counts: 70 instead of 120 answers for ±5 at 95% promoters). Without shares,
 * the worst case ṽ = 1 (half promoters, half detractors) gives the closed form
 *
 *     n = ⌈z²/(margin/100)² − 3⌉   (at least 1)
 *
 * which also bounds the search, since ṽ ≤ 1 for every p and d. The worst case at ±5 and 95%
 * is ⌈1.959964²/0.05² − 3⌉ = ⌈1536.6 − 3⌉ = 1534 answers.
 */
export interface ExpectedShares {
  readonly promoters: number;
  readonly detractors: number;
}

/** The adjusted-Wald margin in points of n answers split as the expected shares. */
export function expectedNpsMargin(n: number, shares: ExpectedShares, z: number): number {
  const size = n + 3;
  const p = (n * shares.promoters + 0.75) / size;
  const d = (n * shares.detractors + 0.75) / size;
  const variance = Math.max(0, p + d - (p - d) * (p - d));
  return z * 100 * Math.sqrt(variance / size);
}

/** The worst-case answer count for a margin in points: ⌈z²/(margin/100)² − 3⌉, at least 1. */
export function worstCaseNpsSampleSize(margin: number, confidence = 0.95): number {
  const z = twoSidedCriticalValue(confidence);
  const m = margin / 100;
  let n = Math.max(1, Math.ceil((z * z) / (m * m) - 3));
  // Guard the ceiling against rounding: the smallest n whose margin is within `margin`.
  while (n > 1 && z * 100 * Math.sqrt(1 / (n - 1 + 3)) <= margin) n--;
  while (z * 100 * Math.sqrt(1 / (n + 3)) > margin) n++;
  return n;
}

/** The smallest n ≥ 1 whose expected adjusted-Wald margin is at most `margin` points. */
export function npsSampleSize(margin: number, confidence = 0.95, shares?: ExpectedShares): number {
  if (!(margin > 0)) throw new RangeError(`NPS sample size: margin ${margin} is not above 0`);
  const worst = worstCaseNpsSampleSize(margin, confidence);
  if (shares === undefined) return worst;
  const z = twoSidedCriticalValue(confidence);
  // A linear scan: margin(n) need not fall monotonically at small n, and the smallest n is
  // asked for. It stops at the worst case, which always qualifies (ṽ ≤ 1).
  for (let n = 1; n < worst; n++) if (expectedNpsMargin(n, shares, z) <= margin) return n;
  return worst;
}
