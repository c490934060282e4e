import { countByGroup } from '../core/survey/scoreGroups';
import { npsTrendRows, NPS_SLOTS } from '../core/survey/npsTrendRows';
import { NPS_SCALE } from '../core/survey/scoreScale';
import { readConfidence } from './npsMoe';
import { groupedRows, readGroupedScores, TableCell } from './scoreTable';
import { SheetsArgument } from './sheetsArgument';

/**
 * NPS over time, period by period, with whether each change is more than chance: a header row,
 * then one row per day, week, month, quarter or year from the first to the last response date
 * (read on the calendar of the spreadsheet's time zone; an empty period shows 0 responses and
 * blanks). Each row gives the responses, the NPS and its confidence interval (as NPS_CI, adjusted
 * Wald), then the change from the previous period that has answers (this NPS minus that one), the
 * p-value of the two-sample adjusted-Wald test of the two (as NPS_TEST), and Significant: TRUE when
 * the p-value is below 1 − confidence. The first period and empty ones have no change. The
 * adjustment is calibrated for 95%: at lower confidence levels small periods under-cover. Rows with
 * a blank date are left out; a date column with text or numbers in it is an error. Headers follow
 * the spreadsheet's language (Okres, Odpowiedzi, …, Istotna in Polish).
 *
 * @param scores The 0–10 answers to "How likely are you to recommend us?", e.g. B2:B.
 * @param dates The date of each answer, a range of the same shape as scores, e.g. A2:A.
 * @param period The length of a period: "day", "week" (ISO, from Monday), "month" (default), "quarter" or "year".
 * @param confidence The confidence level of the intervals and of Significant, between 0 and 1 (default 0.95; the adjustment is calibrated for 95%).
 * @return A table with the header Period, Responses, NPS, CI low, CI high, Change, p-value, Significant; one row per period, oldest first, each period shown as its first day.
 * @example =NPS_TREND({10;9;0;10;7;0}, {DATE(2026,1,5);DATE(2026,1,20);DATE(2026,1,21);DATE(2026,3,3);DATE(2026,3,4);DATE(2026,3,9)}) returns {"Period","Responses","NPS","CI low","CI high","Change","p-value","Significant";DATE(2026,1,1),3,≈33.33,≈-51.33,≈84.67,"","","";DATE(2026,2,1),0,"","","","","","";DATE(2026,3,1),3,0,≈-61.11,≈61.11,≈-33.33,≈0.721,FALSE} (February has no answer; March vs January: NPS̃ 0 vs 1/6, z = 0.357)
 * @example =NPS_TREND(B2:B, A2:A) gives one row per month from the first to the last response date in A
 * @example =NPS_TREND(B2:B, A2:A, "quarter", 0.9) compares quarters, Significant at 90%
 * @throws when a score is not a whole number from 0 to 10, when there is no score, when dates has a different shape from scores, when a non-blank cell of dates is not a date, when no score has a date, when the dates span more than 1,000 periods, or when period or confidence is not allowed
 * @customfunction
 */
export function NPS_TREND(scores: SheetsArgument, dates: SheetsArgument, period?: SheetsArgument, confidence?: SheetsArgument): TableCell[][] {
  const level = readConfidence('NPS_TREND', confidence);
  const grouped = readGroupedScores({ fn: 'NPS_TREND', scores, groups: dates, groupsName: 'dates', period, scale: NPS_SCALE });
  const counts = countByGroup(grouped.cells.values, grouped.groups, 3, NPS_SLOTS);
  const w = grouped.words;
  const table: TableCell[][] = [[w.period, w.responses, 'NPS', w.ciLow, w.ciHigh, w.change, w.pValue, w.significant]];
  for (const row of npsTrendRows(groupedRows(grouped, counts, 3, false), level)) {
    if (row.counts === undefined || row.interval === undefined) {
      table.push([row.label, 0, '', '', '', '', '', '']);
      continue;
    }
    const line: TableCell[] = [row.label, row.counts.responses, row.interval.nps, row.interval.lower, row.interval.upper];
    if (row.comparison === undefined) line.push('', '', '');
    else line.push(row.comparison.difference, row.comparison.pValue, row.significant === true);
    table.push(line);
  }
  return table;
}
