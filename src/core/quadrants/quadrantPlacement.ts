/**
 * Placing an item on a 2×2 matrix (DESIGN §4: the cost-vs-satisfaction matrix, the
 * stakeholder map). Two split lines cut the plane: one across the x axis, one across the
 * y axis. Each line says on which side an item exactly on it counts — the favourable side
 * of the matrix (lower cost, higher impact) or simply "high" (influence 3 on a 1–5 scale
 * counts as high) — and the placement says when an item sat on a line, so a layout can
 * flag the close call.
 *
 *              x low         x high
 *   y high     topLeft       topRight
 *   y low      bottomLeft    bottomRight
 */
import { decimalRound } from '../tables/decimalRound';

/** A split line at `at`; an item exactly on it counts on the `onLine` side. */
export interface SplitLine {
  readonly at: number;
  readonly onLine: 'low' | 'high';
}

/** Which quadrant each corner of the plane is, y up and x to the right. */
export interface QuadrantCorners<Q> {
  readonly topLeft: Q;
  readonly topRight: Q;
  readonly bottomLeft: Q;
  readonly bottomRight: Q;
}

export interface QuadrantPlacement<Q> {
  readonly quadrant: Q;
  /** Whether the item counted as high on each axis. */
  readonly xHigh: boolean;
  readonly yHigh: boolean;
  /** The item sits exactly on the x split line (a vertical line) or the y split line. */
  readonly onXLine: boolean;
  readonly onYLine: boolean;
}

/**
 * Whether `value` is on the high side of the line: above it, or on it when the line counts
 * high. Both are compared as decimals (decimalRound), so a sum such as 0.7 + 0.1 is on a line
 * at 0.8.
 */
export function isHigh(value: number, line: SplitLine): boolean {
  const v = decimalRound(value);
  const at = decimalRound(line.at);
  return line.onLine === 'high' ? v >= at : v > at;
}

export function placeInQuadrant<Q>(x: number, y: number, xLine: SplitLine, yLine: SplitLine, corners: QuadrantCorners<Q>): QuadrantPlacement<Q> {
  const xHigh = isHigh(x, xLine);
  const yHigh = isHigh(y, yLine);
  const quadrant = yHigh ? (xHigh ? corners.topRight : corners.topLeft) : xHigh ? corners.bottomRight : corners.bottomLeft;
  return { quadrant, xHigh, yHigh, onXLine: decimalRound(x) === decimalRound(xLine.at), onYLine: decimalRound(y) === decimalRound(yLine.at) };
}
