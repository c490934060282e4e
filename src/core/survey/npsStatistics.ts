import { NpsCounts, npsFromCounts } from './nps';
import { twoSidedCriticalValue } from './normalDistribution';

/**
 * The confidence interval of the Net Promoter Score, and its margin.
 *
 * Each respondent scores +1 (promoter), 0 (passive) or −1 (detractor); the NPS is 100 × the
 * mean. With P promoters and D detractors among n answers:
 *
 * **Adjusted Wald** (the default; B. Rocks, "Interval estimation for the Net Promoter Score",
 * The American Statistician 70(4), 2016, 365–372; J. Sauro & J. R. Lewis, MeasuringU,
 * "Confidence intervals for Net Promoter Scores"): add ¾ of a promoter, ¾ of a detractor and
 * 1½ passives, i.e. 3 answers split 1 : 2 : 1 across the +1/0/−1 scores:
 *
 *     p̃ = (P + ¾)/(n + 3),  d̃ = (D + ¾)/(n + 3),  NPS̃ = p̃ − d̃
 *     ṽ = p̃ + d̃ − (p̃ − d̃)²                      (variance of one +1/0/−1 answer)
 *     margin   = z·√(ṽ/(n + 3))·100               (unclipped half-width, in points)
 *     interval = (NPS̃ ± z·√(ṽ/(n + 3)))·100, clipped to −100..100
 *
 * with z = Φ⁻¹((1 + confidence)/2). The interval is centred on the adjusted NPS̃, not on the
 * NPS, so "NPS ± margin" is not the interval; tabs show the bounds. The adjustment is
 * calibrated for 95%: measured exactly (scripts/coverage.ts) it covers the true NPS 91–98% of
 * the time from n = 10 up at most shares (about 88% at n = 10 with 80% promoters and no
 * detractors); at lower confidence levels small samples under-cover.
 *
 * **Wald** (`method = "wald"`, the textbook interval): v = p + d − (p − d)² with p = P/n,
 * d = D/n, margin = z·√(v/n)·100 around the NPS, clipped. It under-covers badly at small n
 * and extreme scores (40% of a nominal 95% at n = 10 with 95% promoters), and a sample whose
 * answers are all in one class gets a margin of exactly 0.
 *
 * Published check (Wald, Rocks 2016): p = 0.5, d = 0.2, n = 400 → NPS 30, SE 3.905 points,
 * margin 7.65 at 95%.
 */
export const NPS_INTERVAL_METHODS = ['adjusted', 'wald'] as const;
export type NpsIntervalMethod = (typeof NPS_INTERVAL_METHODS)[number];

/** Pseudo-answers the adjusted-Wald method adds: ¾ promoter, 1½ passives, ¾ detractor. */
const ADDED_ANSWERS = 3;
const ADDED_PROMOTERS = 0.75;
const ADDED_DETRACTORS = 0.75;

/** The centre of the interval and the sampling variance behind its width, in shares. */
export interface NpsEstimate {
  /** The NPS the interval is centred on, as a share −1..1: NPS̃ (adjusted) or the NPS (Wald). */
  readonly centre: number;
  /** The variance of one +1/0/−1 answer: ṽ or v. */
  readonly variance: number;
  /** The number of answers the variance is divided by: n + 3 or n. */
  readonly size: number;
}

/** Variance of a +1/0/−1 answer with promoter share p and detractor share d: p + d − (p − d)² (≥ 0). */
function trinomialVariance(p: number, d: number): number {
  // Clamp rounding: p + d − (p − d)² ≥ 0 exactly, but a few ulps may go below.
  return Math.max(0, p + d - (p - d) * (p - d));
}

export function npsEstimate(counts: NpsCounts, method: NpsIntervalMethod = 'adjusted'): NpsEstimate {
  if (counts.responses === 0) throw new Error('an NPS interval needs at least one response');
  if (method === 'wald') {
    const p = counts.promoters / counts.responses;
    const d = counts.detractors / counts.responses;
    return { centre: p - d, variance: trinomialVariance(p, d), size: counts.responses };
  }
  const size = counts.responses + ADDED_ANSWERS;
  const p = (counts.promoters + ADDED_PROMOTERS) / size;
  const d = (counts.detractors + ADDED_DETRACTORS) / size;
  return { centre: p - d, variance: trinomialVariance(p, d), size };
}

/** The standard error in points: 100·√(ṽ/(n + 3)) (adjusted) or 100·√(v/n) (Wald). */
export function npsStandardError(counts: NpsCounts, method: NpsIntervalMethod = 'adjusted'): number {
  const { variance, size } = npsEstimate(counts, method);
  return 100 * Math.sqrt(variance / size);
}

/** The margin in points at a two-sided confidence level in (0, 1): the unclipped half-width of the interval. */
export function npsMarginOfError(counts: NpsCounts, confidence = 0.95, method: NpsIntervalMethod = 'adjusted'): number {
  return twoSidedCriticalValue(confidence) * npsStandardError(counts, method);
}

export interface NpsInterval {
  /** The NPS of the answers, in points. */
  readonly nps: number;
  /** The interval's centre in points: NPS̃·100 (adjusted) or the NPS (Wald). */
  readonly centre: number;
  /** The unclipped half-width in points. */
  readonly margin: number;
  /** The bounds in points, clipped to −100..100. */
  readonly lower: number;
  readonly upper: number;
}

export function npsInterval(counts: NpsCounts, confidence = 0.95, method: NpsIntervalMethod = 'adjusted'): NpsInterval {
  const { centre, variance, size } = npsEstimate(counts, method);
  const margin = twoSidedCriticalValue(confidence) * 100 * Math.sqrt(variance / size);
  const middle = 100 * centre;
  return {
    nps: npsFromCounts(counts),
    centre: middle,
    margin,
    lower: Math.max(-100, middle - margin),
    upper: Math.min(100, middle + margin),
  };
}
