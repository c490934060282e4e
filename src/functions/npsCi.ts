import { npsInterval } from '../core/survey/npsStatistics';
import { readNpsCounts } from './nps';
import { readConfidence, readIntervalMethod } from './npsMoe';
import { SheetsArgument } from './sheetsArgument';

/**
 * The confidence interval of the Net Promoter Score: one row of two numbers, the lower and the
 * upper bound in points, clipped to −100..100. By default the adjusted-Wald interval (Rocks 2016;
 * Sauro & Lewis): add ¾ promoter, ¾ detractor and 1½ passives, p̃ = (P+¾)/(n+3), d̃ = (D+¾)/(n+3),
 * interval (p̃ − d̃ ± z·√(ṽ/(n+3)))·100 with ṽ = p̃ + d̃ − (p̃ − d̃)². Measured exactly, it covers
 * the true NPS 91–98% of the time from 10 answers up at most shares (about 88% at n = 10 with 80%
 * promoters and no detractors). The adjustment is calibrated for 95%: at lower confidence levels
 * small samples under-cover. method "wald" gives NPS ± z·√(v/n)·100, which under-covers badly at
 * small n and extreme scores (40% of a nominal 95% at n = 10 with 95% promoters).
 *
 * @param scores The 0–10 answers to "How likely are you to recommend us?", e.g. B2:B.
 * @param confidence The confidence level, between 0 and 1 (default 0.95, i.e. 95%; the adjustment is calibrated for 95%).
 * @param method "adjusted" (default, adjusted Wald) or "wald" (plain Wald).
 * @return One row: the lower and the upper bound of the interval, in NPS points from −100 to 100.
 * @example =NPS_CI({10;10;10;10;10;7;7;7;0;0}) returns {≈-19.05,≈65.20} (NPS̃ = 3/13 = 23.08 ± 42.13)
 * @example =NPS_CI({10;10;10;10;10;7;7;7;0;0}, 0.95, "wald") returns {≈-18.41,≈78.41} (30 ± 48.41)
 * @example =NPS_CI({10;9;10}) returns {≈-6.58,100} (NPS̃ = 50 ± 56.58, clipped at 100; Wald would give 100 to 100)
 * @throws when a score is not a whole number from 0 to 10, when there is no score, when confidence is not between 0 and 1, or when method is not "adjusted" or "wald"
 * @customfunction
 */
export function NPS_CI(scores: SheetsArgument, confidence?: SheetsArgument, method?: SheetsArgument): number[][] {
  const level = readConfidence('NPS_CI', confidence);
  const how = readIntervalMethod('NPS_CI', method);
  const interval = npsInterval(readNpsCounts('NPS_CI', 'scores', scores), level, how);
  return [[interval.lower, interval.upper]];
}
