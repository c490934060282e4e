import { ScoreScale } from '../survey/scoreScale';

/**
 * Touchpoint valuation (DESIGN §1.3): each touchpoint of the journey is valued on −2..+2,
 * where 0 is what customers expect, +1/+2 better and −1/−2 worse than expected.
 *
 * The recommendation rule (DESIGN §1.4) gives every touchpoint a target: raise each
 * negative touchpoint to 0 first; otherwise keep it where it is, unless the team sets a
 * target, e.g. +2 for a chosen differentiator. So the default target is
 *
 *     target = 0 when current < 0, else current      (no gap unless the team asks for one)
 *     gap    = target − current                       (negative gap: over-served)
 *
 * Any number in −2..+2 is a valuation here (a mean survey score mapped by
 * TOUCHPOINT_VALUE is fractional); the Touchpoints table asks for whole levels.
 */
export const VALUATION_SCALE: ScoreScale = { min: -2, max: 2, wholePoints: false, name: '−2..+2 valuation' };

/** The five levels of the emotion grid, best first. */
export const VALUATION_LEVELS: readonly number[] = [2, 1, 0, -1, -2];

/** The target when the team has not set one: 0 for a negative touchpoint, else where it is. */
export function defaultTarget(current: number): number {
  return current < 0 ? 0 : current;
}

/** The team's target when set, otherwise the default target. */
export function effectiveTarget(current: number, target: number | undefined): number {
  return target === undefined ? defaultTarget(current) : target;
}

/** How far a touchpoint must move to reach its target: target − current (negative: over-served). */
export function touchpointGap(current: number, target: number | undefined): number {
  return effectiveTarget(current, target) - current;
}

/**
 * The valuation a mean survey score maps to (TOUCHPOINT_VALUE): linear from the scale's
 * minimum (−2) through its midpoint (0) to its maximum (+2),
 *
 *     valuation = −2 + 4 · (mean − min) / (max − min)
 *
 * so on a 1–5 scale a mean of 1 → −2, 3 → 0, 4 → +1, 5 → +2. Requires min < max.
 */
export function valuationFromMeanScore(mean: number, scaleMin: number, scaleMax: number): number {
  if (!(scaleMin < scaleMax)) throw new RangeError(`scale minimum ${scaleMin} must be below maximum ${scaleMax}`);
  return -2 + (4 * (mean - scaleMin)) / (scaleMax - scaleMin);
}

/** The mean of validated scores, skipping NaN (no score); undefined when there is none. */
export function meanScore(scores: ArrayLike<number>): number | undefined {
  let sum = 0;
  let count = 0;
  for (let i = 0; i < scores.length; i++) {
    const score = scores[i];
    if (score !== score) continue; // NaN: a cell with no score
    sum += score;
    count++;
  }
  return count === 0 ? undefined : sum / count;
}
