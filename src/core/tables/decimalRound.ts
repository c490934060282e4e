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
