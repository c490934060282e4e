/**
 * A survey answer scale: the range of numbers an answer may take and whether only whole
 * points exist. Every metric states its scale so that an impossible answer (11 on a 0–10
 * question, 7.5 where only whole points exist) is reported instead of silently counted.
 */
export interface ScoreScale {
  readonly min: number;
  readonly max: number;
  readonly wholePoints: boolean;
  /** What one answer is called in messages, e.g. "0–10 score". */
  readonly name: string;
}

export function isOnScale(scale: ScoreScale, value: number): boolean {
  // `% 1` rather than Number.isInteger: this runs once per cell of a whole column, and a
  // global lookup per cell is slow where globals are intercepted (Node's vm, which the
  // local runtime and the bundle tests use). Same result for every finite number.
  return value >= scale.min && value <= scale.max && (!scale.wholePoints || value % 1 === 0);
}

/** The allowed values in words, for error messages: "whole numbers from 0 to 10". */
export function describeScale(scale: ScoreScale): string {
  if (scale.min === -Infinity && scale.max === Infinity) return 'any number';
  return `${scale.wholePoints ? 'whole numbers' : 'numbers'} from ${scale.min} to ${scale.max}`;
}

/** The 0–10 likelihood-to-recommend question of the Net Promoter Score. */
export const NPS_SCALE: ScoreScale = { min: 0, max: 10, wholePoints: true, name: '0–10 score' };

/** Any number at all: an outcome or rating of unknown scale (DRIVERS reads NPS, CSAT, revenue alike). */
export const ANY_NUMBER: ScoreScale = { min: -Infinity, max: Infinity, wholePoints: false, name: 'number' };
