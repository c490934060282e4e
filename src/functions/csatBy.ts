import { CSAT_SCALE_SIZES, csatScale, topTwoBoxFrom } from '../core/survey/csat';
import { answerSlots, countByGroup } from '../core/survey/scoreGroups';
import { wilsonInterval } from '../core/survey/wilsonInterval';
import { readConfidence } from './npsMoe';
import { readNumberChoice, readNumberSetting } from './optionalArgument';
import { groupedRows, readGroupedScores, TableCell } from './scoreTable';
import { SheetsArgument } from './sheetsArgument';

/** Answers 1–2 are dissatisfied whatever satisfied_from is: the share of customers a problem touches. */
const DISSATISFIED_TO = 2;

/**
 * CSAT by segment or over time, as a table that spills: a header row, one row per group, then a
 * Total row. Each row gives the number of valid answers, the CSAT (% of answers at or above
 * satisfied_from, by default the top two boxes), the bounds of its Wilson score confidence interval
 * (Wilson 1927; Newcombe 1998), and the % dissatisfied (answers 1–2, whatever satisfied_from is).
 * Groups and periods as NPS_BY: sorted as a pivot table sorts them, dates grouped by period on the
 * spreadsheet's calendar with every period from the first to the last included (an empty one shows
 * 0 responses and blanks), a text group that reads like another row's label shown in double quotes.
 * Headers follow the spreadsheet's language.
 *
 * @param scores The answers, from 1 to the scale's number of points, e.g. D2:D.
 * @param groups The segment or date of each answer, a range of the same shape as scores, e.g. C2:C.
 * @param period How dates are grouped: "day", "week", "month" (default), "quarter" or "year"; no effect on other groups.
 * @param scale The number of points of the scale: 5 (default), 7 or 10.
 * @param satisfied_from The lowest answer that counts as satisfied, a whole number on the scale (default: scale − 1, the top two boxes).
 * @param confidence The confidence level of the interval, between 0 and 1 (default 0.95).
 * @return A table with the header Group, Responses, CSAT %, CI low, CI high, Dissatisfied %; one row per group, then Total.
 * @example =CSAT_BY({5;4;2;5;3}, {"Web";"Web";"Web";"Store";"Store"}) returns {"Group","Responses","CSAT %","CI low","CI high","Dissatisfied %";"Store",2,50,≈9.45,≈90.55,0;"Web",3,≈66.67,≈20.77,≈93.85,≈33.33;"Total",5,60,≈23.07,≈88.24,20} (Store: 1 of 2 satisfied, Wilson 0.5 ± 1.96/(1 + 1.96²/2) × √(0.125 + 1.96²/16))
 * @example =CSAT_BY(D2:D, A2:A, "month") gives one row per month of the response dates in A, then Total
 * @throws when a score is not a whole number on the scale, when there is no score, when groups has a different shape from scores, when a group is an error value, when text sits among dates, when the dates span more than 1,000 periods, or when period, scale, satisfied_from or confidence is not allowed
 * @customfunction
 */
export function CSAT_BY(
  scores: SheetsArgument,
  groups: SheetsArgument,
  period?: SheetsArgument,
  scale?: SheetsArgument,
  satisfied_from?: SheetsArgument,
  confidence?: SheetsArgument,
): TableCell[][] {
  const size = readNumberChoice('CSAT_BY', 'scale', scale, CSAT_SCALE_SIZES, 5);
  const threshold = readNumberSetting(
    'CSAT_BY',
    'satisfied_from',
    satisfied_from,
    topTwoBoxFrom(size),
    (value) => Number.isInteger(value) && value >= 1 && value <= size,
    `whole numbers from 1 to ${size} (the scale)`,
  );
  const level = readConfidence('CSAT_BY', confidence);
  const grouped = readGroupedScores({ fn: 'CSAT_BY', scores, groups, groupsName: 'groups', period, scale: csatScale(size) });
  // Counts per answer 1..size, from which every column follows.
  const counts = countByGroup(grouped.cells.values, grouped.groups, size, answerSlots(size));
  const w = grouped.words;
  const table: TableCell[][] = [[w.group, w.responses, 'CSAT %', w.ciLow, w.ciHigh, w.dissatisfied]];
  for (const row of groupedRows(grouped, counts, size, true)) {
    if (row.counts === undefined) {
      table.push([row.label, 0, '', '', '', '']);
      continue;
    }
    let n = 0;
    let satisfied = 0;
    let dissatisfied = 0;
    row.counts.forEach((count, slot) => {
      const answer = slot + 1;
      n += count;
      if (answer >= threshold) satisfied += count;
      if (answer <= DISSATISFIED_TO) dissatisfied += count;
    });
    const interval = wilsonInterval(satisfied, n, level);
    table.push([row.label, n, (100 * satisfied) / n, interval.lower, interval.upper, (100 * dissatisfied) / n]);
  }
  return table;
}
