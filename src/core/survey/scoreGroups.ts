import { isoDay, nextPeriodStart, Period, periodsBetween } from './datePeriod';
import { GroupLabel, groupLabelOrder } from './groupOrder';
import { OutputLocale } from '../tabs/outputLocale';
import { positionIn } from '../tables/cellPosition';
import { describeCellValue, isDateCell } from '../tables/cellValue';
import { isErrorValue } from '../tables/errorValue';
import { parseNumericText } from '../tables/numericText';

/**
 * The groups and periods of the table functions (NPS_BY, NPS_TREND, CSAT_BY, CES_BY): one
 * implementation that every metric plugs into (DESIGN §2).
 *
 * 1. `groupScores` makes one pass over the scored cells and gives each its group: text
 *    (trimmed, ignoring case: "North" and "north " are one group), numbers, TRUE/FALSE,
 *    blank, or — when the groups are dates — the calendar period the date falls in, read on
 *    the spreadsheet's calendar. Dates and other groups do not mix: beside dates a non-date
 *    is an error, and a blank date leaves its row out.
 * 2. A metric counts its scores per group in its own single loop over `groupOf` (`countByGroup`
 *    helps), so its counts are additive: a total is the sum of the groups'.
 * 3. `summaryRows` orders the groups as a pivot table does (groupOrder), fills every period
 *    from the first to the last scored one (an empty one has no counts), refuses more than
 *    1,000 periods, adds the total row, and labels each row so that no two rows read alike:
 *    a text group that would read like another row's label (the total's, the blank group's,
 *    a number's, TRUE/FALSE) is shown in double quotes, and so is text already in quotes.
 */
export interface PeriodCalendar {
  /** The first day (days from 1970-01-01) of the period the date falls in, on the calendar the user sees. */
  periodOf(date: Date, period: Period): number;
  /** The Date that shows as that day in the spreadsheet. */
  dateOf(days: number): Date;
}

export interface GroupingOptions {
  /** The function, for messages: "NPS_BY". */
  readonly fn: string;
  /** The argument that holds the groups, for messages: "groups" or "dates". */
  readonly argName: string;
  readonly period: Period;
  readonly calendar: PeriodCalendar;
  /** Only dates (NPS_TREND): any other non-blank group is an error. */
  readonly datesOnly: boolean;
}

export interface ScoreGroups {
  readonly labels: readonly GroupLabel[];
  /** Per cell (row-major, as the scores): its group's index in `labels`, or −1 (no score, or left out). */
  readonly groupOf: Int32Array;
  /** Whether the groups are dates (periods). */
  readonly dated: boolean;
}

/** More distinct instants than days in ten years: a column of date-times, not of dates. */
const INSTANT_CACHE_LIMIT = 4096;

/**
 * Finds each scored cell's group (step 1). `scores` has NaN where a cell holds no score;
 * `groupRows` is the parallel range, of the same shape (the caller checks it). One pass and
 * no per-cell allocation: each cell's group is found through a map keyed by the cell's own
 * value; text is trimmed and folded only the first time a spelling is seen.
 */
export function groupScores(scores: Float64Array, groupRows: readonly (readonly unknown[])[], rowCount: number, columnCount: number, options: GroupingOptions): ScoreGroups {
  const { fn, argName, period, calendar, datesOnly } = options;
  const labels: GroupLabel[] = [];
  const groupOf = new Int32Array(rowCount * columnCount).fill(-1);
  const newGroup = (label: GroupLabel): number => labels.push(label) - 1;
  const bySpelling = new Map<string, number>();
  const byFoldedText = new Map<string, number>();
  const byNumber = new Map<number, number>();
  const byDay = new Map<number, number>();
  // Date columns repeat the same instants (a date without a time is the day's start), so the
  // group of an instant is remembered, until it is clear the instants do not repeat (date-times).
  let byInstant: Map<number, number> | undefined = new Map<number, number>();
  const byBoolean = new Map<boolean, number>();
  let blank = -1;
  let firstDate = -1; // cell index of the first date, for messages
  let firstOther = -1; // cell index of the first non-blank, non-date group
  const where = (i: number) => positionIn(argName, rowCount, columnCount, Math.floor(i / columnCount), i % columnCount);

  for (let r = 0, i = 0; r < rowCount; r++) {
    const row = groupRows[r];
    for (let c = 0; c < columnCount; c++, i++) {
      const score = scores[i];
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
              throw new Error(`${fn}: ${trimmed} (${where(i)}) is an error value, not ${datesOnly ? 'a date' : 'a group'}; fix the cell it comes from`);
            }
            const folded = trimmed.toLowerCase();
            group = byFoldedText.get(folded);
            if (group === undefined) byFoldedText.set(folded, (group = newGroup({ kind: 'text', value: trimmed })));
          }
          bySpelling.set(cell, group);
        }
        if (group !== blank && firstOther < 0) firstOther = i;
      } else if (typeof cell === 'number') {
        group = byNumber.get(cell);
        if (group === undefined) byNumber.set(cell, (group = newGroup({ kind: 'number', value: cell })));
        if (firstOther < 0) firstOther = i;
      } else if (cell === null || cell === undefined) {
        group = blank < 0 ? (blank = newGroup({ kind: 'blank' })) : blank;
      } else if (typeof cell === 'boolean') {
        group = byBoolean.get(cell);
        if (group === undefined) byBoolean.set(cell, (group = newGroup({ kind: 'boolean', value: cell })));
        if (firstOther < 0) firstOther = i;
      } else if (isDateCell(cell)) {
        const time = cell.getTime();
        group = byInstant === undefined ? undefined : byInstant.get(time);
        if (group === undefined) {
          if (time !== time) throw new Error(`${fn}: ${describeCellValue(cell)} (${where(i)}) is not a valid date`);
          const day = calendar.periodOf(cell, period);
          group = byDay.get(day);
          if (group === undefined) byDay.set(day, (group = newGroup({ kind: 'date', day })));
          if (byInstant !== undefined) {
            byInstant.set(time, group);
            if (byInstant.size > INSTANT_CACHE_LIMIT) byInstant = undefined; // date-times: every instant differs
          }
        }
        if (firstDate < 0) firstDate = i;
      } else {
        throw new Error(
          datesOnly
            ? `${fn}: ${describeCellValue(cell)} (${where(i)}) is not a date; allowed: dates, or blank to leave the row out`
            : `${fn}: ${describeCellValue(cell)} (${where(i)}) cannot be a group; allowed: text, numbers, dates, TRUE/FALSE or blank`,
        );
      }
      if (datesOnly && firstOther >= 0) throw notADate(firstOther);
      groupOf[i] = group;
    }
  }

  function cellAt(i: number): unknown {
    return groupRows[Math.floor(i / columnCount)][i % columnCount];
  }
  function notADate(i: number): Error {
    const cell = cellAt(i);
    const beside = firstDate >= 0 ? ` but ${argName} holds dates (${isoDay(calendar.periodOf(cellAt(firstDate) as Date, 'day'))} in ${where(firstDate)})` : '';
    return new Error(`${fn}: ${describeCellValue(cell)} (${where(i)}) is not a date${beside}; allowed: dates, or blank to leave the row out`);
  }

  const dated = firstDate >= 0;
  if (dated && firstOther >= 0) throw notADate(firstOther);
  if (dated && blank >= 0) {
    // A blank date leaves its row out: the table is about periods.
    for (let i = 0; i < groupOf.length; i++) if (groupOf[i] === blank) groupOf[i] = -1;
  }
  return { labels, groupOf, dated };
}

/**
 * Counts per group for a metric whose counts are "how many scores fall in slot k": the
 * metric gives the slot of each whole score as a table indexed by the score (NPS: 0–6 → 2
 * detractor, 7–8 → 1 passive, 9–10 → 0 promoter; CSAT and CES: answer a → a − 1), so the
 * loop is a lookup and an increment per cell, with no call. Returns `slots` counts per group,
 * group g at g·slots.
 */
export function countByGroup(scores: Float64Array, groups: ScoreGroups, slots: number, slotOfScore: ArrayLike<number>): Float64Array {
  const counts = new Float64Array(groups.labels.length * slots);
  const groupOf = groups.groupOf;
  for (let i = 0; i < groupOf.length; i++) {
    const group = groupOf[i];
    if (group >= 0) counts[group * slots + slotOfScore[scores[i]]]++;
  }
  return counts;
}

/** The slot table of answers 1..size counted one slot each (answer a → slot a − 1). */
export function answerSlots(size: number): Int8Array {
  const table = new Int8Array(size + 1);
  for (let answer = 1; answer <= size; answer++) table[answer] = answer - 1;
  return table;
}

export type SummaryCell = string | number | boolean | Date;

export interface SummaryRow {
  /** What the row's first cell shows. */
  readonly label: SummaryCell;
  /** The row's counts (`slots` numbers), or undefined for a period with no answers. */
  readonly counts: Float64Array | undefined;
  readonly isTotal: boolean;
}

export interface SummaryWords {
  readonly total: string;
  readonly blank: string;
}

export interface SummaryOptions {
  readonly fn: string;
  readonly argName: string;
  readonly period: Period;
  readonly calendar: PeriodCalendar;
  readonly words: SummaryWords;
  /** The alphabetical order of text groups: the spreadsheet's language's (default English). */
  readonly locale?: OutputLocale;
  /** Whether a total row comes last. */
  readonly total: boolean;
}

/** DESIGN §2: more periods than this is an error that suggests a longer period. */
export const MAX_PERIODS = 1000;
const LONGER: Record<Period, string> = { day: '"week" or "month"', week: '"month" or "quarter"', month: '"quarter" or "year"', quarter: '"year"', year: 'a narrower range of dates' };

/** The rows of the table (step 3), from the groups and the metric's counts per group. */
export function summaryRows(groups: ScoreGroups, counts: Float64Array, slots: number, options: SummaryOptions): SummaryRow[] {
  const { labels } = groups;
  const countsOf = (g: number) => counts.subarray(g * slots, (g + 1) * slots);
  const rows: SummaryRow[] = [];
  const total = new Float64Array(slots);
  const addToTotal = (g: number) => {
    for (let k = 0; k < slots; k++) total[k] += counts[g * slots + k];
  };
  if (groups.dated) {
    const byDay = new Map<number, number>();
    labels.forEach((label, g) => {
      if (label.kind === 'date') byDay.set(label.day, g);
    });
    const days = [...byDay.keys()].sort((a, b) => a - b);
    const first = days[0];
    const last = days[days.length - 1];
    const periods = periodsBetween(first, last, options.period);
    if (periods > MAX_PERIODS) {
      throw new Error(
        `${options.fn}: the dates of ${options.argName} run from ${isoDay(first)} to ${isoDay(last)}, ${periods.toLocaleString('en-US')} periods of a ${options.period}; ` +
          `at most ${MAX_PERIODS.toLocaleString('en-US')} fit a table: choose a longer period (${LONGER[options.period]})`,
      );
    }
    for (let day = first; day <= last; day = nextPeriodStart(day, options.period)) {
      const g = byDay.get(day);
      if (g !== undefined) addToTotal(g);
      rows.push({ label: options.calendar.dateOf(day), counts: g === undefined ? undefined : countsOf(g), isTotal: false });
    }
  } else {
    const compare = groupLabelOrder(options.locale ?? 'en');
    const order = labels.map((_, g) => g).sort((a, b) => compare(labels[a], labels[b]));
    const shown = new LabelReader(labels, options.words, options.total);
    for (const g of order) {
      addToTotal(g);
      rows.push({ label: shown.cell(labels[g]), counts: countsOf(g), isTotal: false });
    }
  }
  if (options.total) rows.push({ label: options.words.total, counts: total, isTotal: true });
  return rows;
}

const fold = (text: string) => text.trim().toLowerCase();

/** Labels of non-date groups, with text quoted where it would read like another row's label. */
class LabelReader {
  private readonly taken = new Set<string>();
  private readonly numbers = new Set<number>();

  constructor(labels: readonly GroupLabel[], private readonly words: SummaryWords, withTotal: boolean) {
    if (withTotal) this.taken.add(fold(words.total));
    this.taken.add(fold(words.blank));
    for (const label of labels) {
      if (label.kind === 'number') this.numbers.add(label.value);
      if (label.kind === 'boolean') {
        // Sheets shows a boolean as TRUE/FALSE (PRAWDA/FAŁSZ in Polish).
        for (const word of label.value ? ['true', 'prawda'] : ['false', 'fałsz']) this.taken.add(word);
      }
    }
  }

  cell(label: GroupLabel): SummaryCell {
    switch (label.kind) {
      case 'number':
      case 'boolean':
        return label.value;
      case 'blank':
        return this.words.blank;
      case 'date':
        return label.day; // not reached: dated groups are labelled by the calendar
      case 'text': {
        const text = label.value;
        const number = parseNumericText(text);
        const alreadyQuoted = text.length >= 2 && text.startsWith('"') && text.endsWith('"');
        const clash = alreadyQuoted || this.taken.has(fold(text)) || (number !== undefined && this.numbers.has(number));
        return clash ? `"${text}"` : text;
      }
    }
  }
}
