import { civilFromDays, Period, periodStart, PERIODS } from '../core/survey/datePeriod';
import { isErrorValue } from '../core/tables/errorValue';
import { compareGroupLabels, GroupLabel } from '../core/survey/groupOrder';
import { countNps, NpsCounts, npsFromCounts } from '../core/survey/nps';
import { npsMarginOfError } from '../core/survey/npsStatistics';
import { NPS_SCALE } from '../core/survey/scoreScale';
import { readTextChoice } from './optionalArgument';
import { describeCellValue, isDateCell } from '../core/tables/cellValue';
import { ZonedCalendar, zonedCalendar } from '../core/survey/zonedCalendar';
import { spreadsheetTimeZone } from '../sheets/spreadsheetTimeZone';
import { asRows, describeShape, noScoresError, positionIn, readScores, SheetsArgument } from './sheetsArgument';

export const NPS_BY_HEADER = ['Group', 'Responses', 'NPS', '±MOE', 'Promoters %', 'Passives %', 'Detractors %'] as const;
const BLANK_GROUP = '(blank)';
const TOTAL = 'Total';
/** More distinct instants than days in ten years: a column of date-times, not of dates. */
const INSTANT_CACHE_LIMIT = 4096;

type TableCell = string | number | boolean | Date;

/**
 * NPS by segment or over time, as a table that spills: a header row, one row per group, then a
 * Total row. Each row gives the number of valid answers, the NPS, its margin of error at 95%
 * (as NPS_MOE), and the shares of promoters, passives and detractors in points. Groups are
 * sorted as a pivot table sorts them: numbers, dates in time order, text (ignoring case; "North"
 * and "north " are one group), FALSE/TRUE, and blank groups last as "(blank)". Dates are grouped
 * by period and shown as the period's first day (weeks start on Monday, ISO 8601), read on the
 * calendar of the spreadsheet's time zone (File › Settings). Only rows with a valid score count, so a group whose rows
 * hold no score does not appear.
 *
 * @param scores The 0–10 answers to "How likely are you to recommend us?", e.g. B2:B.
 * @param groups The segment of each answer, a range of the same shape as scores, e.g. C2:C (region, channel) or A2:A (response dates).
 * @param period How dates are grouped: "day", "week", "month" (default), "quarter" or "year"; no effect on other groups.
 * @return A table with the header Group, Responses, NPS, ±MOE, Promoters %, Passives %, Detractors %; one row per group, then Total.
 * @example =NPS_BY({10;0;9;10}, {"North";"South";"north";"North"}) returns {"Group","Responses","NPS","±MOE","Promoters %","Passives %","Detractors %";"North",3,100,0,100,0,0;"South",1,-100,0,0,0,100;"Total",4,50,≈84.87,75,0,25} (Total ±MOE 1.96 × 100 × √(0.75/4))
 * @example =NPS_BY(B2:B, A2:A, "quarter") gives one row per quarter of the response dates in A, oldest first
 * @throws when a score is not a whole number from 0 to 10, when there is no score, when groups has a different shape from scores, when a group is an error value, or when period is not allowed
 * @customfunction
 */
export function NPS_BY(scores: SheetsArgument, groups: SheetsArgument, period?: SheetsArgument): TableCell[][] {
  const bucket = readTextChoice('NPS_BY', 'period', period, PERIODS, 'month');
  const cells = readScores('NPS_BY', 'scores', scores, NPS_SCALE);
  const groupRows = asRows(groups);
  const groupColumns = groupRows.length === 0 ? 0 : groupRows[0].length;
  if (groupRows.length !== cells.rows || groupColumns !== cells.columns) {
    throw new Error(
      `NPS_BY: groups is ${describeShape(groupRows.length, groupColumns)} but scores is ${describeShape(cells.rows, cells.columns)}; ` +
        'give one group per score (parallel ranges of the same shape)',
    );
  }
  if (cells.count === 0) throw noScoresError('NPS_BY', 'scores', NPS_SCALE);
  const calendar = new SheetCalendar();
  const tally = tallyByGroup(cells.values, groupRows, cells.rows, cells.columns, bucket, calendar);

  const order = tally.labels.map((_, index) => index).sort((a, b) => compareGroupLabels(tally.labels[a], tally.labels[b]));
  const table: TableCell[][] = [[...NPS_BY_HEADER]];
  for (const index of order) {
    table.push(npsRow(groupCell(tally.labels[index], calendar), countsOf(tally, index)));
  }
  table.push(npsRow(TOTAL, countNps(cells.values)));
  return table;
}

interface GroupTally {
  readonly labels: GroupLabel[];
  /** Per group index g: promoters at 3g, passives at 3g + 1, detractors at 3g + 2. */
  readonly counts: number[];
}

function countsOf(tally: GroupTally, index: number): NpsCounts {
  const promoters = tally.counts[3 * index];
  const passives = tally.counts[3 * index + 1];
  const detractors = tally.counts[3 * index + 2];
  return { promoters, passives, detractors, responses: promoters + passives + detractors };
}

/**
 * One pass over the scored cells: finds each one's group through a map keyed by the cell's own
 * value (no per-cell allocation; text is folded to its trimmed lower case only the first time a
 * spelling is seen) and counts the answer into it.
 */
/**
 * Calendar days as the spreadsheet shows them: in its time zone when it can be read (asked
 * once, and only when a date turns up), else in the script's own zone.
 */
class SheetCalendar {
  private zoned: ZonedCalendar | null | undefined;

  private get zone(): ZonedCalendar | null {
    if (this.zoned === undefined) {
      const timeZone = spreadsheetTimeZone();
      try {
        this.zoned = timeZone === undefined ? null : zonedCalendar(timeZone);
      } catch {
        this.zoned = null; // a zone name this runtime's Intl does not know
      }
    }
    return this.zoned;
  }

  /** The first day (days from 1970-01-01) of the period the date falls in. */
  periodOf(date: Date, period: Period): number {
    const zone = this.zone;
    if (zone === null) return periodStart(date.getFullYear(), date.getMonth(), date.getDate(), period);
    const { year, monthIndex, day } = civilFromDays(zone.dayOf(date.getTime()));
    return periodStart(year, monthIndex, day, period);
  }

  /** The Date Sheets shows as that day: the day's start in the spreadsheet's zone. */
  dateOf(days: number): Date {
    const zone = this.zone;
    if (zone !== null) return zone.startOf(days);
    const { year, monthIndex, day } = civilFromDays(days);
    const date = new Date(year, monthIndex, day);
    if (year >= 0 && year < 100) date.setFullYear(year); // Date(y, …) reads 0–99 as 1900–1999
    return date;
  }
}

function tallyByGroup(values: Float64Array, groupRows: unknown[][], rowCount: number, columnCount: number, period: Period, calendar: SheetCalendar): GroupTally {
  const labels: GroupLabel[] = [];
  const counts: number[] = [];
  const newGroup = (label: GroupLabel): number => {
    labels.push(label);
    counts.push(0, 0, 0);
    return labels.length - 1;
  };
  const bySpelling = new Map<string, number>();
  const byFoldedText = new Map<string, number>();
  const byNumber = new Map<number, number>();
  const byDay = new Map<number, number>();
  // Date columns repeat the same instants (a date without a time is local midnight), so the
  // group of an instant is remembered, until it is clear the instants do not repeat (date-times).
  let byInstant: Map<number, number> | undefined = new Map<number, number>();
  const byBoolean = new Map<boolean, number>();
  let blank = -1;

  for (let r = 0, i = 0; r < rowCount; r++) {
    const row = groupRows[r];
    for (let c = 0; c < columnCount; c++, i++) {
      const score = values[i];
      if (score !== score) continue; // no score: the row adds nothing
      const cell = row[c];
      let group: number | undefined;
      if (typeof cell === 'string') {
        group = bySpelling.get(cell);
        if (group === undefined) {
          const trimmed = cell.trim();
          if (trimmed === '') {
            group = blank < 0 ? (blank = newGroup({ kind: 'blank' })) : blank;
          } else {
            if (isErrorValue(trimmed)) {
              throw new Error(`NPS_BY: ${trimmed} (${positionIn('groups', rowCount, columnCount, r, c)}) is an error value, not a group; fix the cell it comes from`);
            }
            const folded = trimmed.toLowerCase();
            group = byFoldedText.get(folded);
            if (group === undefined) byFoldedText.set(folded, (group = newGroup({ kind: 'text', value: trimmed })));
          }
          bySpelling.set(cell, group);
        }
      } else if (typeof cell === 'number') {
        group = byNumber.get(cell);
        if (group === undefined) byNumber.set(cell, (group = newGroup({ kind: 'number', value: cell })));
      } else if (cell === null || cell === undefined) {
        group = blank < 0 ? (blank = newGroup({ kind: 'blank' })) : blank;
      } else if (typeof cell === 'boolean') {
        group = byBoolean.get(cell);
        if (group === undefined) byBoolean.set(cell, (group = newGroup({ kind: 'boolean', value: cell })));
      } else if (isDateCell(cell)) {
        const time = cell.getTime();
        group = byInstant === undefined ? undefined : byInstant.get(time);
        if (group === undefined) {
          if (time !== time) {
            throw new Error(`NPS_BY: ${describeCellValue(cell)} (${positionIn('groups', rowCount, columnCount, r, c)}) is not a valid date`);
          }
          const day = calendar.periodOf(cell, period);
          group = byDay.get(day);
          if (group === undefined) byDay.set(day, (group = newGroup({ kind: 'date', day })));
          if (byInstant !== undefined) {
            byInstant.set(time, group);
            if (byInstant.size > INSTANT_CACHE_LIMIT) byInstant = undefined; // date-times: every instant differs
          }
        }
      } else {
        throw new Error(`NPS_BY: ${describeCellValue(cell)} (${positionIn('groups', rowCount, columnCount, r, c)}) cannot be a group; allowed: text, numbers, dates, TRUE/FALSE or blank`);
      }
      counts[3 * group + (score >= 9 ? 0 : score >= 7 ? 1 : 2)]++;
    }
  }
  return { labels, counts };
}

/** The group's first cell: a real Date (the start of the period's first day) for dates. */
function groupCell(label: GroupLabel, calendar: SheetCalendar): TableCell {
  switch (label.kind) {
    case 'number':
    case 'text':
    case 'boolean':
      return label.value;
    case 'date':
      return calendar.dateOf(label.day);
    case 'blank':
      return BLANK_GROUP;
  }
}

function npsRow(group: TableCell, counts: NpsCounts): TableCell[] {
  const share = (count: number) => (100 * count) / counts.responses;
  return [
    group,
    counts.responses,
    npsFromCounts(counts),
    npsMarginOfError(counts, 0.95),
    share(counts.promoters),
    share(counts.passives),
    share(counts.detractors),
  ];
}
