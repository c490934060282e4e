/**
 * A number to 12 significant digits: what decimal numbers as a person types them add up to,
 * without the binary rounding error of floating point (0.7 + 0.1 = 0.7999999999999999 → 0.8;
 * 0.3 / 3 = 0.09999999999999999 → 0.1). Sheets shows 15 digits at most, and no CX figure —
 * a cost, an impact, a reach — carries more than a few, so nothing real is lost; what is won
 * is that a value on a split line is on it, and equal ratios are equal (DESIGN §4: on the
 * line counts on the favourable side and is flagged; ties go by name).
 */
export function decimalRound(x: number): number {
  return Number.isFinite(x) ? Number(x.toPrecision(12)) : x;
}

/**
 * The whole number a computed value stands for when it misses it only by floating-point
 * rounding (=0.1*3*10 gives 3.0000000000000004, which Sheets shows as 3), else undefined.
 * A true fraction such as 7.5 is never a whole number. Called only for values that failed
 * the plain check, so whole columns of whole scores pay nothing for it.
 */
export function nearWhole(value: number): number | undefined {
  const whole = Math.round(value);
  return Math.abs(value - whole) <= 1e-12 * Math.max(1, Math.abs(whole)) ? whole + 0 : undefined;
}
