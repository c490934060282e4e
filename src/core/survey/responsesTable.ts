import { CellParser, optionalText, wholeLevel } from '../tables/cellParsers';
import { PROBLEM_TEXTS, ProblemTexts } from '../tables/problemTexts';
import { isBlankCell, isDateCell } from '../tables/cellValue';
import { ColumnSpec, TableSchema } from '../tables/tableSchema';

/**
 * The Responses source table: one survey answer per row (DESIGN §1 Research, §3). No
 * builder reads it yet — the custom functions take its columns directly — so the schema
 * serves the sidebar, which finds the table by its headers and shows which columns are
 * the NPS, CES and CSAT scores; the example tabs write it.
 *
 * NPS is the one required column: a table of answers without the recommendation score is
 * not what NPS, NPS_BY and NPS_TEST read. Scales as DESIGN §2: NPS 0–10, CES 1–7 (or 1–5),
 * CSAT 1–5 (or 7, 10).
 */
const NPS_LEVELS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
const CES_LEVELS = [1, 2, 3, 4, 5, 6, 7];
const CSAT_LEVELS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

/** A date cell, or blank: text that looks like a date is not one (Sheets did not read it as a date). */
export function answerDate(texts: ProblemTexts = PROBLEM_TEXTS.en): CellParser<Date | undefined> {
  return {
    allowed: texts.dateAllowed,
    parse(cell) {
      if (isBlankCell(cell)) return { ok: true, value: undefined };
      return isDateCell(cell) ? { ok: true, value: cell } : { ok: false, problem: texts.isNot(texts.a('answerDate')) };
    },
  };
}

export const RESPONSES_SCHEMA = {
  name: 'Responses',
  columns: {
    date: { name: 'Date', aliases: ['Answered', 'Data'], required: false, parser: answerDate() },
    nps: { name: 'NPS', aliases: ['Recommend', 'Likelihood to recommend', 'NPS score', 'NPS rating', 'Polecenie', 'Ocena NPS'], required: true, parser: wholeLevel(NPS_LEVELS, 'npsScore', PROBLEM_TEXTS.en.scoreAllowed(0, 10)) },
    ces: { name: 'CES', aliases: ['Effort', 'Customer effort', 'Łatwość'], required: false, parser: wholeLevel(CES_LEVELS, 'cesScore', PROBLEM_TEXTS.en.scoreAllowed(1, 7)) },
    csat: { name: 'CSAT', aliases: ['Satisfaction', 'Customer satisfaction', 'Overall satisfaction', 'Zadowolenie', 'Satysfakcja', 'Zadowolenie klienta', 'Satysfakcja klienta', 'Zadowolenie ogólne'], required: false, parser: wholeLevel(CSAT_LEVELS, 'csatScore', PROBLEM_TEXTS.en.scoreAllowed(1, 10)) },
    channel: { name: 'Channel', aliases: ['Kanał'], required: false, parser: optionalText('channel') },
    segment: { name: 'Segment', aliases: ['Customer segment', 'Segment klienta'], required: false, parser: optionalText('segment') },
    comment: { name: 'Comment', aliases: ['Why', 'Verbatim', 'Komentarz', 'Uzasadnienie'], required: false, parser: optionalText('comment') },
  },
} satisfies TableSchema<Record<string, ColumnSpec<unknown>>>;

export type ResponseColumn = keyof typeof RESPONSES_SCHEMA.columns;
