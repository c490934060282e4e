import { logGamma, regularizedIncompleteBeta } from './incompleteBeta';
import { normalQuantile } from './normalDistribution';

/**
 * Student's t distribution with ν degrees of freedom: the upper tail, the density and the
 * two-sided critical value, for the t interval of a mean (meanInterval.ts).
 *
 *     P(T > t) = ½·I_{ν/(ν+t²)}(ν/2, ½)   for t ≥ 0     (Abramowitz & Stegun 26.7.1, 26.5.27)
 *     f(t) = Γ((ν+1)/2) / (√(νπ) Γ(ν/2)) · (1 + t²/ν)^−(ν+1)/2
 *
 * The quantile solves P(T > t) = α: exactly for ν = 1 (t = cot(πα)) and ν = 2
 * (t = (1 − 2α)/√(2α(1 − α))); otherwise from G. W. Hill's approximation (Algorithm 396,
 * "Student's t-quantiles", Comm. ACM 13(10), 1970, 619–620, as R's qt starts from it),
 * refined by Newton steps on the exact tail, kept inside a bracket so that they always
 * converge. Checked against R's qt() (e.g. qt(0.975, 10) = 2.228138851986274) and by
 * integrating the density (test/core/survey/studentT.test.ts).
 */

/** P(T > t) for t ≥ 0 (for t < 0, 1 − P(T > −t)). */
export function studentTUpperTail(t: number, df: number): number {
  const t2 = t * t; // the same for t and −t
  const upper = 0.5 * regularizedIncompleteBeta(df / (df + t2), df / 2, 0.5, t2 / (df + t2));
  return t < 0 ? 1 - upper : upper;
}

/** The density f(t). */
export function studentTDensity(t: number, df: number): number {
  const logNorm = logGamma((df + 1) / 2) - logGamma(df / 2) - 0.5 * Math.log(df * Math.PI);
  return Math.exp(logNorm - ((df + 1) / 2) * Math.log1p((t * t) / df));
}

/** Hill's (1970) approximation of the t with P(|T| > t) = P, 0 < P < 1, ν > 2. */
function hillStart(P: number, df: number): number {
  const a = 1 / (df - 0.5);
  const b = 48 / (a * a);
  let c = (((20700 * a) / b - 98) * a - 16) * a + 96.36;
  const d = ((94.5 / (b + c) - 3) / b + 1) * Math.sqrt((a * Math.PI) / 2) * df;
  let y = Math.pow(d * P, 2 / df);
  if (y > 0.05 + a) {
    const x = normalQuantile(0.5 * P);
    y = x * x;
    if (df < 5) c += 0.3 * (df - 4.5) * (x + 0.6);
    c = (((0.05 * d * x - 5) * x - 7) * x - 2) * x + b + c;
    y = (((((0.4 * y + 6.3) * y + 36) * y + 94.5) / c - y - 3) / b + 1) * x;
    y = Math.expm1(a * y * y);
  } else {
    y = ((1 / (((df + 6) / (df * y) - 0.089 * d - 0.822) * (df + 2) * 3) + 0.5 / (df + 4)) * y - 1) * ((df + 1) / (df + 2)) + 1 / y;
  }
  return Math.sqrt(df * y);
}

/** The t > 0 with P(T > t) = α, for 0 < α < ½ and ν ≥ 1. */
export function studentTUpperQuantile(alpha: number, df: number): number {
  if (!(alpha > 0 && alpha < 0.5)) throw new RangeError(`t quantile: tail ${alpha} is not between 0 and 0.5`);
  if (!(df >= 1)) throw new RangeError(`t quantile: ${df} degrees of freedom (at least 1 needed)`);
  if (df === 1) return 1 / Math.tan(Math.PI * alpha);
  if (df === 2) return (1 - 2 * alpha) / Math.sqrt(2 * alpha * (1 - alpha));
  let t = hillStart(2 * alpha, df);
  if (!(t > 0 && Number.isFinite(t))) t = -normalQuantile(alpha);
  // Bracket [lo, hi] with P(T > lo) > α > P(T > hi); Newton inside it, bisection if a step leaves it.
  let lo = 0;
  let hi = Infinity;
  for (let i = 0; i < 200; i++) {
    const excess = studentTUpperTail(t, df) - alpha; // falls as t grows
    if (excess === 0) return t;
    if (excess > 0) lo = t;
    else hi = t;
    let next = t + excess / studentTDensity(t, df);
    if (!(next > lo && next < hi)) next = hi === Infinity ? 2 * t + 1 : (lo + hi) / 2;
    if (Math.abs(next - t) <= 1e-15 * t) return next;
    t = next;
  }
  return t;
}

/** The two-sided critical value t with P(|T| > t) = 1 − confidence. */
export function studentTCriticalValue(confidence: number, df: number): number {
  if (!(confidence > 0 && confidence < 1)) throw new RangeError(`confidence ${confidence} is not between 0 and 1`);
  return studentTUpperQuantile((1 - confidence) / 2, df);
}
