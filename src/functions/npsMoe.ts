import { NPS_INTERVAL_METHODS, npsMarginOfError, NpsIntervalMethod } from '../core/survey/npsStatistics';
import { readNpsCounts } from './nps';
import { readNumberSetting, readTextChoice } from './optionalArgument';
import { SheetsArgument } from './sheetsArgument';

/** Confidence levels are probabilities strictly between 0 and 1 (95% is 0.95). */
export function readConfidence(fn: string, confidence: SheetsArgument): number {
  return readNumberSetting(fn, 'confidence', confidence, 0.95, (c) => c > 0 && c < 1, 'a number between 0 and 1 (exclusive), e.g. 0.95 for 95%');
}

/** The interval method of the NPS functions: "adjusted" (default) or "wald". */
export function readIntervalMethod(fn: string, method: SheetsArgument): NpsIntervalMethod {
  return readTextChoice(fn, 'method', method, NPS_INTERVAL_METHODS, 'adjusted');
}

/**
 * Margin of error of the Net Promoter Score in points. By default the adjusted-Wald margin
 * (Rocks 2016; Sauro & Lewis): add ¾ promoter, ¾ detractor and 1½ passives, p̃ = (P+¾)/(n+3),
 * d̃ = (D+¾)/(n+3), ṽ = p̃ + d̃ − (p̃ − d̃)², margin = z·√(ṽ/(n+3))·100, the half-width of NPS_CI's
 * interval around the adjusted NPS̃ = p̃ − d̃ (so NPS ± margin is not the interval: use NPS_CI for
 * the bounds). It never reads 0 for a small or uniform sample, and its interval covers the true
 * NPS about 95% of the time even at 10 answers. The adjustment is calibrated for 95%: at lower
 * confidence levels small samples under-cover. method "wald" gives the textbook z·√(v/n)·100,
 * v = p + d − (p − d)², which is 0 when every answer is in one class and under-covers at small n.
 *
 * @param scores The 0–10 answers to "How likely are you to recommend us?", e.g. B2:B.
 * @param confidence The confidence level, between 0 and 1 (default 0.95, i.e. 95%; the adjustment is calibrated for 95%).
 * @param method "adjusted" (default, adjusted Wald) or "wald" (plain Wald).
 * @return The margin of error in NPS points (the unclipped half-width of the interval), not rounded.
 * @example =NPS_MOE({10;10;10;10;10;7;7;7;0;0}) returns ≈42.13 (P = 5, D = 2, n = 10: p̃ = 5.75/13, d̃ = 2.75/13, 1.96 × 100 × √(0.6006/13))
 * @example =NPS_MOE({10;10;10;10;10;7;7;7;0;0}, 0.95, "wald") returns ≈48.41 (p = 0.5, d = 0.2: 1.96 × 100 × √(0.61/10))
 * @example =NPS_MOE({10;10;10;10;10;7;7;7;0;0}, 0.9) returns ≈35.35 (z = 1.645 at 90%)
 * @throws when a score is not a whole number from 0 to 10, when there is no score, when confidence is not between 0 and 1, or when method is not "adjusted" or "wald"
 * @customfunction
 */
export function NPS_MOE(scores: SheetsArgument, confidence?: SheetsArgument, method?: SheetsArgument): number {
  const level = readConfidence('NPS_MOE', confidence);
  const how = readIntervalMethod('NPS_MOE', method);
  return npsMarginOfError(readNpsCounts('NPS_MOE', 'scores', scores), level, how);
}
