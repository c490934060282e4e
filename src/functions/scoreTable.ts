import { Period, PERIODS } from '../core/survey/datePeriod';
import { groupScores, ScoreGroups, summaryRows, SummaryRow } from '../core/survey/scoreGroups';
import { ScoreScale } from '../core/survey/scoreScale';
import { SURVEY_TABLE_WORDS, SurveyTableWords } from '../core/survey/surveyTableWords';
import { OutputLocale, outputLocaleOf } from '../core/tabs/outputLocale';
import { spreadsheetLocale } from '../sheets/spreadsheetLocale';
import { readTextChoice } from './optionalArgument';
import { SheetCalendar } from './sheetCalendar';
import { asRows, describeShape, noScoresError, readScores, ScoreCells, SheetsArgument } from './sheetsArgument';

/**
 * The shared front of the table functions NPS_BY, NPS_TREND, CSAT_BY and CES_BY: reads the
 * scores and the parallel groups (or dates), finds each score's group or period with the one
 * grouping of core/survey/scoreGroups, and words the table in the spreadsheet's language.
 * Each function adds only its metric: its counts per group and how a row of counts reads.
 */
export type TableCell = string | number | boolean | Date;

export interface GroupedScores {
  readonly cells: ScoreCells;
  readonly groups: ScoreGroups;
  readonly period: Period;
  readonly calendar: SheetCalendar;
  readonly words: SurveyTableWords;
  /** The spreadsheet's language: its headers and labels, and the alphabetical order of text groups. */
  readonly locale: OutputLocale;
  readonly fn: string;
  readonly groupsName: string;
}

export interface GroupedScoresRequest {
  readonly fn: string;
  readonly scores: SheetsArgument;
  readonly groups: SheetsArgument;
  /** "groups", or "dates" for a function that takes only dates. */
  readonly groupsName: 'groups' | 'dates';
  readonly period: SheetsArgument;
  readonly scale: ScoreScale;
}

/** The headers and labels in the spreadsheet's language (English unless its locale is pl_*). */
export function tableWords(): SurveyTableWords {
  return SURVEY_TABLE_WORDS[outputLocaleOf(spreadsheetLocale())];
}

export function readGroupedScores(request: GroupedScoresRequest): GroupedScores {
  const { fn, groupsName } = request;
  const period = readTextChoice(fn, 'period', request.period, PERIODS, 'month');
  const cells = readScores(fn, 'scores', request.scores, request.scale);
  const groupRows = asRows(request.groups);
  const groupColumns = groupRows.length === 0 ? 0 : groupRows[0].length;
  if (groupRows.length !== cells.rows || groupColumns !== cells.columns) {
    throw new Error(
      `${fn}: ${groupsName} is ${describeShape(groupRows.length, groupColumns)} but scores is ${describeShape(cells.rows, cells.columns)}; ` +
        `give one ${groupsName === 'dates' ? 'date' : 'group'} per score (parallel ranges of the same shape)`,
    );
  }
  if (cells.count === 0) throw noScoresError(fn, 'scores', request.scale);
  const calendar = new SheetCalendar();
  const groups = groupScores(cells.values, groupRows, cells.rows, cells.columns, { fn, argName: groupsName, period, calendar, datesOnly: groupsName === 'dates' });
  if (groupsName === 'dates' && !groups.dated) {
    throw new Error(`${fn}: no score has a date beside it in ${groupsName} (rows with a blank date are left out); allowed: dates`);
  }
  const locale = outputLocaleOf(spreadsheetLocale());
  return { cells, groups, period, calendar, words: SURVEY_TABLE_WORDS[locale], locale, fn, groupsName };
}

/** The table's rows in order, periods filled, labels unambiguous, then a total row if asked. */
export function groupedRows(grouped: GroupedScores, counts: Float64Array, slots: number, withTotal: boolean): SummaryRow[] {
  return summaryRows(grouped.groups, counts, slots, {
    fn: grouped.fn,
    argName: grouped.groupsName,
    period: grouped.period,
    calendar: grouped.calendar,
    words: grouped.words,
    locale: grouped.locale,
    total: withTotal,
  });
}
