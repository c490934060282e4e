/**
 * The standard normal distribution: its cumulative distribution function Φ and its
 * quantile Φ⁻¹, accurate to about double precision, for the NPS margin of error and test.
 *
 * - Φ: Hart's double-precision rational approximation (J. F. Hart et al., "Computer
 *   Approximations", Wiley 1968, algorithm 5666), as given by G. West, "Better
 *   approximations to cumulative normal functions", Wilmott Magazine 2005. It returns the
 *   lower tail Φ(−|x|) directly, so small p-values keep their relative accuracy
 *   (1 − Φ(x) would lose them to cancellation). Measured against an erfc-based Φ: absolute
 *   error ≤ 2.3e-16 everywhere, relative error ≤ 1e-8 (worst just past |x| = 7.07, where
 *   Φ < 1e-12): far more than a p-value needs.
 * - Φ⁻¹: M. J. Wichura, "Algorithm AS 241: The percentage points of the normal
 *   distribution", Applied Statistics 37 (1988) 477–484, PPND16: relative error about
 *   1e-16, the algorithm R's qnorm uses.
 */

/** Φ(x): the probability that a standard normal variable is at most x. */
export function normalCdf(x: number): number {
  if (Number.isNaN(x)) return NaN;
  const tail = normalLowerTail(Math.abs(x));
  return x > 0 ? 1 - tail : tail;
}

/** Φ(−z) for z ≥ 0: the upper-tail probability beyond z, computed without cancellation. */
function normalLowerTail(z: number): number {
  if (z > 37) return 0; // below the smallest double
  const exponential = Math.exp((-z * z) / 2);
  if (z < 7.07106781186547) {
    let numerator = 3.52624965998911e-2 * z + 0.700383064443688;
    numerator = numerator * z + 6.37396220353165;
    numerator = numerator * z + 33.912866078383;
    numerator = numerator * z + 112.079291497871;
    numerator = numerator * z + 221.213596169931;
    numerator = numerator * z + 220.206867912376;
    let denominator = 8.83883476483184e-2 * z + 1.75566716318264;
    denominator = denominator * z + 16.064177579207;
    denominator = denominator * z + 86.7807322029461;
    denominator = denominator * z + 296.564248779674;
    denominator = denominator * z + 637.333633378831;
    denominator = denominator * z + 793.826512519948;
    denominator = denominator * z + 440.413735824752;
    return (exponential * numerator) / denominator;
  }
  // Far tail: continued fraction of Mills' ratio; 2.506628274631 is √(2π).
  let fraction = z + 0.65;
  fraction = z + 4 / fraction;
  fraction = z + 3 / fraction;
  fraction = z + 2 / fraction;
  fraction = z + 1 / fraction;
  return exponential / fraction / 2.506628274631;
}

/** Two-sided p-value of a standard normal test statistic: P(|Z| ≥ |z|) = 2·Φ(−|z|). */
export function twoSidedPValue(z: number): number {
  if (Number.isNaN(z)) return NaN;
  return 2 * normalLowerTail(Math.abs(z));
}

/** Evaluates c[0] + c[1]·x + … + c[7]·x⁷ (Horner). */
function polynomial(c: readonly number[], x: number): number {
  let value = c[7];
  for (let i = 6; i >= 0; i--) value = value * x + c[i];
  return value;
}

// Wichura's PPND16 coefficients, lowest degree first.
const CENTRAL_NUMERATOR = [
  3.387132872796366608, 1.3314166789178437745e2, 1.9715909503065514427e3, 1.3731693765509461125e4,
  4.5921953931549871457e4, 6.7265770927008700853e4, 3.3430575583588128105e4, 2.5090809287301226727e3,
];
const CENTRAL_DENOMINATOR = [
  1, 4.2313330701600911252e1, 6.871870074920579083e2, 5.3941960214247511077e3, 2.1213794301586595867e4,
  3.930789580009271061e4, 2.8729085735721942674e4, 5.226495278852854561e3,
];
const INTERMEDIATE_NUMERATOR = [
  1.42343711074968357734, 4.6303378461565452959, 5.7694972214606914055, 3.64784832476320460504,
  1.27045825245236838258, 2.4178072517745061177e-1, 2.27238449892691845833e-2, 7.7454501427834140764e-4,
];
const INTERMEDIATE_DENOMINATOR = [
  1, 2.05319162663775882187, 1.6763848301838038494, 6.8976733498510000455e-1, 1.4810397642748007459e-1,
  1.51986665636164571966e-2, 5.475938084995344946e-4, 1.05075007164441684324e-9,
];
const TAIL_NUMERATOR = [
  6.6579046435011037772, 5.4637849111641143699, 1.7848265399172913358, 2.9656057182850489123e-1,
  2.6532189526576123093e-2, 1.2426609473880784386e-3, 2.71155556874348757815e-5, 2.01033439929228813265e-7,
];
const TAIL_DENOMINATOR = [
  1, 5.9983220655588793769e-1, 1.3692988092273580531e-1, 1.48753612908506148525e-2, 7.868691311456132591e-4,
  1.8463183175100546818e-5, 1.4215117583164458887e-7, 2.04426310338993978564e-15,
];

/** Φ⁻¹(p): the x with Φ(x) = p, for 0 < p < 1. */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`normal quantile: probability ${p} is not between 0 and 1`);
  const q = p - 0.5;
  if (Math.abs(q) <= 0.425) {
    const r = 0.180625 - q * q;
    return (q * polynomial(CENTRAL_NUMERATOR, r)) / polynomial(CENTRAL_DENOMINATOR, r);
  }
  let r = Math.sqrt(-Math.log(q < 0 ? p : 1 - p));
  let value: number;
  if (r <= 5) {
    r -= 1.6;
    value = polynomial(INTERMEDIATE_NUMERATOR, r) / polynomial(INTERMEDIATE_DENOMINATOR, r);
  } else {
    r -= 5;
    value = polynomial(TAIL_NUMERATOR, r) / polynomial(TAIL_DENOMINATOR, r);
  }
  return q < 0 ? -value : value;
}

/** The z of a two-sided confidence level: Φ⁻¹((1 + confidence) / 2); 0.95 → 1.959963984540054. */
export function twoSidedCriticalValue(confidence: number): number {
  if (!(confidence > 0 && confidence < 1)) throw new RangeError(`confidence ${confidence} is not between 0 and 1`);
  // Φ⁻¹(1 − α/2) = −Φ⁻¹(α/2): the lower tail keeps full precision for confidences near 1.
  return -normalQuantile((1 - confidence) / 2);
}
