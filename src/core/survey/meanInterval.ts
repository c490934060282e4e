import { studentTCriticalValue } from './studentT';

/**
 * The t interval for a mean (W. S. Gosset, "The probable error of a mean", Biometrika 6,
 * 1908; any statistics text, e.g. Sauro & Lewis, "Quantifying the User Experience", 2nd ed.,
 * ch. 3): with n answers, their sum S and sum of squares Q,
 *
 *     mean = S/n,   s² = (Q − S²/n)/(n − 1)   (the sample variance)
 *     interval = mean ± t·s/√n,   t = the two-sided Student t critical value, n − 1 df
 *
 * clipped to the answer scale (a mean of 1–7 answers cannot be below 1 or above 7). Below two
 * answers there is no variance to estimate: no interval (undefined), which tables show blank.
 * Example: 5, 6, 7 on 1–7 → mean 6, s = 1, t(0.975, 2) = 4.3027, interval 6 ± 2.4841 →
 * 3.5159 to 8.4841, clipped to 3.5159 to 7.
 */
export interface MeanInterval {
  readonly lower: number;
  readonly upper: number;
}

export function meanInterval(n: number, sum: number, sumOfSquares: number, confidence: number, scaleMin: number, scaleMax: number): MeanInterval | undefined {
  if (n < 2) return undefined;
  const mean = sum / n;
  // Rounding can leave a few ulps below 0 when every answer is the same.
  const variance = Math.max(0, (sumOfSquares - (sum * sum) / n) / (n - 1));
  const half = studentTCriticalValue(confidence, n - 1) * Math.sqrt(variance / n);
  return { lower: Math.max(scaleMin, mean - half), upper: Math.min(scaleMax, mean + half) };
}
