import { twoSidedCriticalValue } from './normalDistribution';

/**
 * The Wilson score interval for a share (E. B. Wilson, "Probable inference, the law of
 * succession, and statistical inference", JASA 22, 1927; recommended over the Wald interval
 * by R. G. Newcombe, "Two-sided confidence intervals for the single proportion", Statistics
 * in Medicine 17, 1998, and by A. Agresti & B. Coull, The American Statistician 52, 1998).
 * With x successes among n and p̂ = x/n:
 *
 *     centre = (p̂ + z²/(2n)) / (1 + z²/n)
 *     half   = z/(1 + z²/n) · √(p̂(1 − p̂)/n + z²/(4n²))
 *     interval = centre ± half, in points (×100); always within 0..100
 *
 * z = Φ⁻¹((1 + confidence)/2). Published checks (Newcombe 1998, Table II, 95%):
 * 81/263 → 0.2553–0.3662; 15/148 → 0.0624–0.1605; 0/20 → 0–0.1611; 1/29 → 0.0061–0.1718.
 */
export interface ShareInterval {
  readonly lower: number;
  readonly upper: number;
}

export function wilsonInterval(successes: number, n: number, confidence = 0.95): ShareInterval {
  if (!(n > 0)) throw new RangeError('a Wilson interval needs at least one answer');
  const z = twoSidedCriticalValue(confidence);
  const p = successes / n;
  const z2n = (z * z) / n;
  const centre = (p + z2n / 2) / (1 + z2n);
  const half = (z / (1 + z2n)) * Math.sqrt((p * (1 - p)) / n + z2n / (4 * n));
  // At x = 0 the lower end is exactly 0 and at x = n the upper exactly 100 (centre = half
  // there); the subtraction would leave rounding dust such as 2.8e-15 instead.
  return {
    lower: successes === 0 ? 0 : Math.max(0, 100 * (centre - half)),
    upper: successes === n ? 100 : Math.min(100, 100 * (centre + half)),
  };
}
