import { CES_SCALE_SIZES, cesScale } from '../core/survey/ces';
import { meanInterval } from '../core/survey/meanInterval';
import { answerSlots, countByGroup } from '../core/survey/scoreGroups';
import { readConfidence } from './npsMoe';
import { readNumberChoice } from './optionalArgument';
import { groupedRows, readGroupedScores, TableCell } from './scoreTable';
import { SheetsArgument } from './sheetsArgument';

/**
 * CES by segment or over time, as a table that spills: a header row, one row per group, then a
 * Total row. Each row gives the number of valid answers, the mean effort score, the bounds of its
 * Student t confidence interval (mean ± t·s/√n with n − 1 degrees of freedom, clipped to the scale;
 * blank below two answers), the % easy (5–7, on a 5-point scale 4–5), the % difficult (1–3, on a
 * 5-point scale 1–2) and the net easy (% easy − % difficult). Groups and periods as NPS_BY: sorted
 * as a pivot table sorts them, dates grouped by period on the spreadsheet's calendar with every
 * period from the first to the last included (an empty one shows 0 responses and blanks), a text
 * group that reads like another row's label shown in double quotes. Headers follow the
 * spreadsheet's language.
 *
 * @param scores The 1–7 (or 1–5) answers to "The company made it easy for me to handle my issue", e.g. C2:C.
 * @param groups The segment or date of each answer, a range of the same shape as scores, e.g. B2:B.
 * @param period How dates are grouped: "day", "week", "month" (default), "quarter" or "year"; no effect on other groups.
 * @param scale The number of points of the scale: 7 (default) or 5.
 * @param confidence The confidence level of the interval, between 0 and 1 (default 0.95).
 * @return A table with the header Group, Responses, Mean, CI low, CI high, Easy %, Difficult %, Net easy; one row per group, then Total.
 * @example =CES_BY({5;6;7;2}, {"Web";"Web";"Web";"Store"}) returns {"Group","Responses","Mean","CI low","CI high","Easy %","Difficult %","Net easy";"Store",1,2,"","",0,100,-100;"Web",3,6,≈3.52,7,100,0,100;"Total",4,5,≈1.56,7,75,25,50} (Web: mean 6, s = 1, t(0.975, 2) = 4.303: 6 ± 2.484, clipped at 7)
 * @example =CES_BY(C2:C, A2:A, "quarter") gives one row per quarter of the response dates in A, then Total
 * @throws when a score is not a whole number on the scale, when there is no score, when groups has a different shape from scores, when a group is an error value, when text sits among dates, when the dates span more than 1,000 periods, or when period, scale or confidence is not allowed
 * @customfunction
 */
export function CES_BY(scores: SheetsArgument, groups: SheetsArgument, period?: SheetsArgument, scale?: SheetsArgument, confidence?: SheetsArgument): TableCell[][] {
  const size = readNumberChoice('CES_BY', 'scale', scale, CES_SCALE_SIZES, 7);
  const level = readConfidence('CES_BY', confidence);
  const grouped = readGroupedScores({ fn: 'CES_BY', scores, groups, groupsName: 'groups', period, scale: cesScale(size) });
  const easyFrom = size === 7 ? 5 : 4;
  const difficultTo = size === 7 ? 3 : 2;
  // Counts per answer 1..size: the sums, the sum of squares and the shares all follow exactly.
  const counts = countByGroup(grouped.cells.values, grouped.groups, size, answerSlots(size));
  const w = grouped.words;
  const table: TableCell[][] = [[w.group, w.responses, w.mean, w.ciLow, w.ciHigh, w.easy, w.difficult, w.netEasy]];
  for (const row of groupedRows(grouped, counts, size, true)) {
    if (row.counts === undefined) {
      table.push([row.label, 0, '', '', '', '', '', '']);
      continue;
    }
    let n = 0;
    let sum = 0;
    let squares = 0;
    let easy = 0;
    let difficult = 0;
    row.counts.forEach((count, slot) => {
      const answer = slot + 1;
      n += count;
      sum += count * answer;
      squares += count * answer * answer;
      if (answer >= easyFrom) easy += count;
      else if (answer <= difficultTo) difficult += count;
    });
    const interval = meanInterval(n, sum, squares, level, 1, size);
    table.push([
      row.label,
      n,
      sum / n,
      interval === undefined ? '' : interval.lower,
      interval === undefined ? '' : interval.upper,
      (100 * easy) / n,
      (100 * difficult) / n,
      (100 * (easy - difficult)) / n,
    ]);
  }
  return table;
}
