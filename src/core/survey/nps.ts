/**
 * Net Promoter Score (Reichheld, "The One Number You Need to Grow", HBR 2003).
 *
 * Answers to "How likely is it that you would recommend us to a friend or colleague?"
 * on a 0–10 scale fall into promoters (9–10), passives (7–8) and detractors (0–6):
 *
 *     NPS = 100 · (promoters − detractors) / responses
 *
 * in points from −100 (all detractors) to +100 (all promoters). Passives count in the
 * number of responses only.
 */
export interface NpsCounts {
  readonly promoters: number;
  readonly passives: number;
  readonly detractors: number;
  readonly responses: number;
}

/**
 * Counts promoters, passives and detractors among 0–10 scores. NaN entries (cells that
 * held no score) are skipped; the scores must already be validated as 0–10.
 */
export function countNps(scores: ArrayLike<number>): NpsCounts {
  let promoters = 0;
  let passives = 0;
  let detractors = 0;
  for (let i = 0; i < scores.length; i++) {
    const score = scores[i];
    if (score >= 9) promoters++;
    else if (score >= 7) passives++;
    else if (score >= 0) detractors++;
    // NaN fails every comparison: a skipped cell.
  }
  return { promoters, passives, detractors, responses: promoters + passives + detractors };
}

/** NPS in points from counts. Throws when there are no responses: an NPS of nobody is undefined. */
export function npsFromCounts(counts: NpsCounts): number {
  if (counts.responses === 0) throw new Error('NPS needs at least one response');
  return (100 * (counts.promoters - counts.detractors)) / counts.responses;
}
