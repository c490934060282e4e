import { countNps, NpsCounts, npsFromCounts } from '../core/survey/nps';
import { NPS_SCALE } from '../core/survey/scoreScale';
import { noScoresError, readScores, SheetsArgument } from './sheetsArgument';

/**
 * Net Promoter Score: the percentage of promoters (scores 9–10) minus the percentage of
 * detractors (scores 0–6), in points from −100 to 100. Blank cells and text such as
 * "don't know" are skipped; numeric text such as "9" or "7,0" counts.
 *
 * @param scores The 0–10 answers to "How likely are you to recommend us?", e.g. B2:B.
 * @return The NPS in points, from −100 to 100, not rounded.
 * @example =NPS({10;9;0;7}) returns 25 (2 promoters − 1 detractor, out of 4)
 * @throws when a score is not a whole number from 0 to 10, or when there is no score at all
 * @customfunction
 */
export function NPS(scores: SheetsArgument): number {
  return npsFromCounts(readNpsCounts('NPS', 'scores', scores));
}

/** The promoter/passive/detractor counts of one argument of 0–10 scores; an error when it has none. */
export function readNpsCounts(fn: string, argName: string, arg: SheetsArgument): NpsCounts {
  const cells = readScores(fn, argName, arg, NPS_SCALE);
  if (cells.count === 0) throw noScoresError(fn, argName, NPS_SCALE);
  return countNps(cells.values);
}
