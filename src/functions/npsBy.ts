import { countByGroup } from '../core/survey/scoreGroups';
import { NpsCounts } from '../core/survey/nps';
import { npsInterval } from '../core/survey/npsStatistics';
import { NPS_SLOTS, npsCountsOf } from '../core/survey/npsTrendRows';
import { NPS_SCALE } from '../core/survey/scoreScale';
import { SurveyTableWords } from '../core/survey/surveyTableWords';
import { readConfidence } from './npsMoe';
import { groupedRows, readGroupedScores, TableCell } from './scoreTable';
import { SheetsArgument } from './sheetsArgument';

/** NPS_BY's header in the spreadsheet's language. */
export function npsByHeader(words: SurveyTableWords): string[] {
  return [words.group, words.responses, 'NPS', words.ciLow, words.ciHigh, words.promoters, words.passives, words.detractors];
}

/** Shared with NPS_TREND and the Survey report (core/survey/npsTrendRows.ts). */
export { NPS_SLOTS, npsCountsOf };

/**
 * NPS by segment or over time, as a table that spills: a header row, one row per group, then a
 * Total row. Each row gives the number of valid answers, the NPS, the bounds of its confidence
 * interval (as NPS_CI: adjusted Wald, calibrated for 95%; at lower confidence levels small groups
 * under-cover), and the shares of promoters, passives and detractors in points. Groups are sorted
 * as a pivot table sorts them: numbers, text (ignoring case, in the alphabet of the spreadsheet's
 * language; "North" and "north " are one group),
 * FALSE/TRUE, and blank groups last as "(blank)"; a text group that reads like another row's
 * label ("Total", "(blank)", the text "1" beside the number 1) is shown in double quotes. Dates are
 * grouped by period, shown as the period's first day (weeks start on Monday, ISO 8601) on the
 * calendar of the spreadsheet's time zone (File › Settings), every period from the first to the
 * last included (an empty one shows 0 responses and blanks); a blank date leaves its row out, and
 * text beside dates is an error. Only rows with a valid score count. Headers follow the
 * spreadsheet's language (Polish for a Polish locale: Grupa, Odpowiedzi, …, Razem).
 *
 * @param scores The 0–10 answers to "How likely are you to recommend us?", e.g. B2:B.
 * @param groups The segment of each answer, a range of the same shape as scores, e.g. C2:C (region, channel) or A2:A (response dates).
 * @param period How dates are grouped: "day", "week", "month" (default), "quarter" or "year"; no effect on other groups.
 * @param confidence The confidence level of the interval, between 0 and 1 (default 0.95; the adjustment is calibrated for 95%).
 * @return A table with the header Group, Responses, NPS, CI low, CI high, Promoters %, Passives %, Detractors %; one row per group, then Total.
 * @example =NPS_BY({10;0;9;10}, {"North";"South";"north";"Total"}) returns {"Group","Responses","NPS","CI low","CI high","Promoters %","Passives %","Detractors %";"North",2,100,≈-24.41,100,100,0,0;"South",1,-100,≈-98.50,≈48.50,0,0,100;"""Total""",1,100,≈-48.50,≈98.50,100,0,0;"Total",4,50,≈-33.59,≈90.73,75,0,25} (North: 2 promoters of 2, NPS̃ = 2.75/5 − 0.75/5 = 40 ± 1.96 × 100 × √(0.54/5) = 40 ± 64.41, clipped at 100; the group named "Total" is quoted)
 * @example =NPS_BY(B2:B, A2:A, "quarter") gives one row per quarter from the first to the last response date in A
 * @throws when a score is not a whole number from 0 to 10, when there is no score, when groups has a different shape from scores, when a group is an error value, when text or a number sits among dates, when the dates span more than 1,000 periods, or when period or confidence is not allowed
 * @customfunction
 */
export function NPS_BY(scores: SheetsArgument, groups: SheetsArgument, period?: SheetsArgument, confidence?: SheetsArgument): TableCell[][] {
  const level = readConfidence('NPS_BY', confidence);
  const grouped = readGroupedScores({ fn: 'NPS_BY', scores, groups, groupsName: 'groups', period, scale: NPS_SCALE });
  const counts = countByGroup(grouped.cells.values, grouped.groups, 3, NPS_SLOTS);
  const table: TableCell[][] = [npsByHeader(grouped.words)];
  for (const row of groupedRows(grouped, counts, 3, true)) {
    table.push(row.counts === undefined ? [row.label, 0, '', '', '', '', '', ''] : npsRow(row.label, npsCountsOf(row.counts), level));
  }
  return table;
}

function npsRow(label: TableCell, counts: NpsCounts, confidence: number): TableCell[] {
  const share = (count: number) => (100 * count) / counts.responses;
  const interval = npsInterval(counts, confidence);
  return [label, counts.responses, interval.nps, interval.lower, interval.upper, share(counts.promoters), share(counts.passives), share(counts.detractors)];
}
