import { npsMarginOfError } from '../core/survey/npsStatistics';
import { readNpsCounts } from './nps';
import { readNumberSetting } from './optionalArgument';
import { SheetsArgument } from './sheetsArgument';

/** Confidence levels are probabilities strictly between 0 and 1 (95% is 0.95). */
export function readConfidence(fn: string, confidence: SheetsArgument): number {
  return readNumberSetting(fn, 'confidence', confidence, 0.95, (c) => c > 0 && c < 1, 'a number between 0 and 1 (exclusive), e.g. 0.95 for 95%');
}

/**
 * Margin of error of the Net Promoter Score in points: z·√(((p+d) − (p−d)²)/n)·100, with p and d
 * the shares of promoters and detractors, n the number of answers and z the two-sided normal
 * quantile for the confidence level (1.96 at 95%). NPS ± this margin is the Wald confidence
 * interval. When every answer is in one class (all promoters, or a single answer) the variance,
 * and so the margin, is 0: too little spread for the interval to mean much.
 *
 * @param scores The 0–10 answers to "How likely are you to recommend us?", e.g. B2:B.
 * @param confidence The confidence level, between 0 and 1 (default 0.95, i.e. 95%).
 * @return The margin of error in NPS points (the half-width of the interval), not rounded.
 * @example =NPS_MOE({10;10;10;10;10;7;7;7;0;0}) returns ≈48.41 (p = 0.5, d = 0.2, n = 10: 1.96 × 100 × √(0.61/10))
 * @example =NPS_MOE({10;10;10;10;10;7;7;7;0;0}, 0.9) returns ≈40.625 (z = 1.645 at 90%)
 * @example =NPS_MOE(B2:B401) returns about 7.65 when 200 of 400 answers are promoters and 80 detractors
 * @throws when a score is not a whole number from 0 to 10, when there is no score, or when confidence is not between 0 and 1
 * @customfunction
 */
export function NPS_MOE(scores: SheetsArgument, confidence?: SheetsArgument): number {
  const level = readConfidence('NPS_MOE', confidence);
  return npsMarginOfError(readNpsCounts('NPS_MOE', 'scores', scores), level);
}
