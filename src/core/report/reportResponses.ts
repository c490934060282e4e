import { answerDate, RESPONSES_SCHEMA, ResponseColumn } from '../survey/responsesTable';
import { CellParser, optionalText } from '../tables/cellParsers';
import { CellValue, describeCellValue, isBlankCell } from '../tables/cellValue';
import { isErrorValue } from '../tables/errorValue';
import { parseScoreText } from '../tables/numericText';
import { matchKey } from '../tables/matchKey';
import { CellNoun, PROBLEM_TEXTS, ProblemTexts } from '../tables/problemTexts';
import { bySheetPosition, TableProblem } from '../tables/tableProblem';
import { ColumnMapping, ColumnSpec, readTable, SourceGrid, TableSchema } from '../tables/tableSchema';
import { columnLetter } from '../tabs/columnLetters';
import { OutputLocale } from '../tabs/outputLocale';
import { isoDay, Period, periodsBetween } from '../survey/datePeriod';
import { MAX_PERIODS, PeriodCalendar } from '../survey/scoreGroups';
import { PERIOD_NAMES } from './surveyReportTexts';
import { nearWhole } from '../tables/decimalRound';

/**
 * The Responses table as the Survey report reads it (DESIGN §3): the fixed columns of
 * survey/responsesTable.ts (Date · Channel · Segment · NPS · CES · CSAT · Comment), read by
 * the shared table reader, plus the **rating columns**: one per touchpoint, recognised by
 * header among the columns no fixed column took —
 *   `CSAT Delivery`, `Ocena Dostawa`, `Zadowolenie – Dostawa`, `Satysfakcja: Dostawa`
 *   (a rating word, then the touchpoint), `Delivery satisfaction`, `Delivery CSAT`,
 *   `Delivery rating` (the touchpoint, then a rating word), or exactly a touchpoint's name
 *   from the Touchpoints table (names compared by matchKey: case, accents, punctuation).
 * A header exactly equal to a fixed column's name or alias (`CSAT`, `Zadowolenie`, `Ocena
 * NPS`) is that column, since the fixed columns are found first.
 *
 * Scores are read as the custom functions read them (functions/sheetsArgument.ts readScores):
 * a number or numeric text ("9", "4 – satisfied") is an answer, and blank or other text
 * ("don't know") is no answer; an error value, a date or TRUE/FALSE is a problem.
 * Rating columns, and the overall CSAT, are on the build's scale (1–5 unless 1–7 or 1–10);
 * CES on 1–7 unless the build says 1–5. A value off its scale is a problem naming sheet,
 * row, column letter, the user's header and the value; all problems come back together.
 */
export const RATING_SCALES = [5, 7, 10] as const;
export type RatingScale = (typeof RATING_SCALES)[number];
export const CES_SCALES = [7, 5] as const;
export type CesScaleOption = (typeof CES_SCALES)[number];

export interface RatingColumn {
  /** The header as the user wrote it. */
  readonly header: string;
  /** The touchpoint it rates: the header without its rating word ("Delivery"). */
  readonly name: string;
  /** Sheet column number (1-based). */
  readonly column: number;
  /** One per response row: the answer, or NaN when blank. */
  readonly values: Float64Array;
}

export interface ReportResponses {
  readonly sheet: string;
  /** The number of response rows read (non-blank rows). */
  readonly rows: number;
  /** Per row; NaN where blank. */
  readonly nps: Float64Array;
  readonly ces?: Float64Array;
  readonly csat?: Float64Array;
  readonly dates?: readonly (Date | undefined)[];
  readonly channels?: readonly (string | undefined)[];
  readonly segments?: readonly (string | undefined)[];
  readonly comments?: readonly (string | undefined)[];
  readonly ratings: readonly RatingColumn[];
  /** The headers of the fixed columns found, as the user wrote them. */
  readonly headers: { readonly [Key in ResponseColumn]?: string };
  /** Headers neither a fixed column nor a rating column: ignored, reported as a warning. */
  readonly unusedHeaders: readonly string[];
}

export interface ReportResponsesRead {
  readonly responses?: ReportResponses;
  readonly problems: readonly TableProblem[];
}

export interface ReportResponsesOptions {
  readonly scale?: RatingScale;
  readonly cesScale?: CesScaleOption;
  /** Touchpoint names from the Touchpoints table, when it exists: a header equal to one is a rating column. */
  readonly touchpointNames?: readonly string[];
  readonly mapping?: ColumnMapping<ResponseColumn>;
  readonly locale?: OutputLocale;
  /** The trend's period and calendar: dates spanning more periods than a trend holds are a problem. */
  readonly trend?: { readonly period: Period; readonly calendar: PeriodCalendar };
}

const RATING_WORDS = ['csat', 'ocena', 'zadowolenie', 'satysfakcja', 'satisfaction', 'rating'];
/**
 * What a rating word can stand beside without naming a touchpoint: the survey's overall
 * measures and the customer ("Customer satisfaction", "Overall rating", "NPS rating",
 * "Zadowolenie klienta", "Ocena ogólna"). Such a header is not a rating column; read as one,
 * it would become a touchpoint called "Customer" or an NPS column off the 1–5 scale.
 */
const NOT_TOUCHPOINTS = new Set(
  ['customer', 'customers', 'client', 'overall', 'total', 'general', 'global', 'nps', 'ces', 'csat', 'effort', 'recommend', 'recommendation', 'net promoter',
    'klient', 'klienta', 'klientow', 'ogolna', 'ogolne', 'ogolny', 'ogolem', 'calosciowa', 'laczna', 'polecenie', 'nps klienta'],
);
const LEADING = new RegExp(`^(?:${RATING_WORDS.join('|')})\\s*(?:with|z)?\\s+(.+)$`);
const TRAILING = new RegExp(`^(.+?)\\s+(?:${RATING_WORDS.join('|')})$`);

/**
 * The touchpoint a header rates, or undefined when the header is not a rating column:
 * a rating word before or after the name, or a touchpoint's own name. The name keeps the
 * user's spelling (punctuation between word and name dropped).
 */
export function ratingColumnName(header: string, touchpointNames: readonly string[] = []): string | undefined {
  const key = matchKey(header);
  if (key === '') return undefined;
  const own = touchpointNames.find((name) => matchKey(name) === key);
  if (own !== undefined) return header.trim();
  const words = header.trim();
  const leading = LEADING.exec(key);
  const trailing = TRAILING.exec(key);
  const nameKey = leading?.[1] ?? trailing?.[1];
  if (nameKey === undefined || NOT_TOUCHPOINTS.has(nameKey)) return undefined;
  // Cut the user's header to the name's words: drop leading/trailing rating word and separators.
  const cut = leading
    ? words.replace(/^\S+\s*(?:with\s+|z\s+)?[-–—:]?\s*/i, '')
    : words.replace(/\s*[-–—:]?\s*\S+$/, '');
  return matchKey(cut) === nameKey ? cut : nameKey;
}

const OFF_SCALE: Readonly<Record<OutputLocale, (min: number, max: number) => string>> = {
  en: (min, max) => `is not a score on the ${min}–${max} scale`,
  pl: (min, max) => `nie jest oceną w skali ${min}–${max}`,
};

const PERIOD_WORDS: Readonly<Record<OutputLocale, Readonly<Record<Period, string>>>> = {
  en: { day: 'days', week: 'weeks', month: 'months', quarter: 'quarters', year: 'years' },
  pl: { day: 'dni', week: 'tygodni', month: 'miesięcy', quarter: 'kwartałów', year: 'lat' },
};
const LONGER_PERIOD: Readonly<Record<Period, readonly Period[]>> = { day: ['week', 'month'], week: ['month', 'quarter'], month: ['quarter', 'year'], quarter: ['year'], year: [] };
const TOO_LONG: Readonly<Record<OutputLocale, { problem: (first: string, firstRow: number, periods: string, words: string) => string; allowed: (words: string, longer: string) => string }>> = {
  en: {
    problem: (first, firstRow, periods, words) => `is ${periods} ${words} after the first dated answer (${first}, row ${firstRow}); the trend holds at most ${MAX_PERIODS.toLocaleString('en-US')}`,
    allowed: (words, longer) => `dates within ${MAX_PERIODS.toLocaleString('en-US')} ${words} (is this date mistyped?)${longer === '' ? '' : `, or the period ${longer}`}`,
  },
  pl: {
    problem: (first, firstRow, periods, words) => `to ${periods} ${words} od pierwszej datowanej odpowiedzi (${first}, wiersz ${firstRow}); trend mieści najwyżej ${MAX_PERIODS.toLocaleString('pl-PL')}`,
    allowed: (words, longer) => `daty w obrębie ${MAX_PERIODS.toLocaleString('pl-PL')} ${words} (czy ta data nie ma literówki?)${longer === '' ? '' : `, albo okres ${longer}`}`,
  },
};

/**
 * The trend (NPS_TREND's rows) holds every period from the first to the last date with an
 * NPS answer, at most MAX_PERIODS of them. A longer span — most often one mistyped year —
 * is a problem on the last date's row, naming the first date's row too, so the build stops
 * before writing instead of failing halfway.
 */
function trendSpanProblem(
  grid: SourceGrid,
  table: { readonly rows: readonly { readonly sheetRow: number; readonly record: { readonly date?: Date; readonly nps?: number } }[] },
  column: number,
  header: string,
  trend: NonNullable<ReportResponsesOptions['trend']>,
  locale: OutputLocale,
): TableProblem | undefined {
  let first: { day: number; row: number; date: Date } | undefined;
  let last: { day: number; row: number; date: Date } | undefined;
  for (const { sheetRow, record } of table.rows) {
    if (record.date === undefined || record.nps === undefined) continue;
    const day = trend.calendar.periodOf(record.date, trend.period);
    if (first === undefined || day < first.day) first = { day, row: sheetRow, date: record.date };
    if (last === undefined || day > last.day) last = { day, row: sheetRow, date: record.date };
  }
  if (first === undefined || last === undefined) return undefined;
  const periods = periodsBetween(first.day, last.day, trend.period);
  if (periods <= MAX_PERIODS) return undefined;
  const words = PERIOD_WORDS[locale][trend.period];
  const or = locale === 'pl' ? ' albo ' : ' or ';
  const shown = (date: Date) => isoDay(trend.calendar.periodOf(date, 'day'));
  // In Polish the command line's own word follows: `--period` takes the English ones.
  const longer = LONGER_PERIOD[trend.period].map((p) => (locale === 'pl' ? `"${PERIOD_NAMES.pl[p]}" (${p})` : `"${p}"`)).join(or);
  return {
    sheet: grid.sheet,
    row: last.row,
    column: columnLetter(column),
    header,
    value: shown(last.date),
    problem: TOO_LONG[locale].problem(shown(first.date), first.row, (periods - 1).toLocaleString(locale === 'pl' ? 'pl-PL' : 'en-US'), words),
    allowed: TOO_LONG[locale].allowed(words, longer),
  };
}

const NO_NPS: Readonly<Record<OutputLocale, { problem: string; allowed: string }>> = {
  en: { problem: 'no row has an NPS answer, so there is nothing to report', allowed: 'whole scores from 0 to 10 in the NPS column' },
  pl: { problem: 'żaden wiersz nie ma oceny NPS, więc nie ma czego raportować', allowed: 'pełne oceny od 0 do 10 w kolumnie NPS' },
};

/** A whole score from min to max as the functions read it; blank and non-numeric text are no answer (undefined). */
function score(min: number, max: number, what: CellNoun | undefined, texts: ProblemTexts, locale: OutputLocale): CellParser<number | undefined> {
  const allowed = texts.scoreAllowed(min, max);
  const off = what === undefined ? OFF_SCALE[locale](min, max) : texts.isNot(texts.a(what));
  return {
    allowed,
    parse(cell: CellValue) {
      if (isBlankCell(cell)) return { ok: true, value: undefined };
      let n: number | undefined;
      if (typeof cell === 'number') n = cell;
      else if (typeof cell === 'string') {
        if (isErrorValue(cell)) return { ok: false, problem: off };
        n = parseScoreText(cell);
        if (n === undefined) return { ok: true, value: undefined }; // "don't know": no answer
      } else return { ok: false, problem: off };
      const whole = n % 1 === 0 ? n : nearWhole(n); // a computed 3.0000000000000004 is the 3 the cell shows
      return whole !== undefined && whole >= min && whole <= max ? { ok: true, value: whole === 0 ? 0 : whole } : { ok: false, problem: off };
    },
  };
}

/** RESPONSES_SCHEMA with its score columns on the report's scales, read as the functions read scores. */
function reportSchema(scale: number, cesScale: number, texts: ProblemTexts, locale: OutputLocale) {
  const c = RESPONSES_SCHEMA.columns;
  return {
    name: RESPONSES_SCHEMA.name,
    columns: {
      ...c,
      date: { ...c.date, parser: answerDate(texts) },
      channel: { ...c.channel, parser: optionalText('channel', texts) },
      segment: { ...c.segment, parser: optionalText('segment', texts) },
      comment: { ...c.comment, parser: optionalText('comment', texts) },
      nps: { ...c.nps, parser: score(0, 10, 'npsScore', texts, locale) },
      ces: { ...c.ces, parser: score(1, cesScale, undefined, texts, locale) },
      csat: { ...c.csat, parser: score(1, scale, undefined, texts, locale) },
    },
  } satisfies TableSchema<Record<string, ColumnSpec<unknown>>>;
}

export function readReportResponses(grid: SourceGrid, options: ReportResponsesOptions = {}): ReportResponsesRead {
  const locale = options.locale ?? 'en';
  const texts = PROBLEM_TEXTS[locale];
  const scale = options.scale ?? 5;
  const cesScale = options.cesScale ?? 7;
  const table = readTable(reportSchema(scale, cesScale, texts, locale), grid, options.mapping ?? {}, texts);
  const problems: TableProblem[] = [...table.problems];
  const headerIndex = table.headerRow - grid.firstRow;
  const headerCells = grid.values[headerIndex] ?? [];
  const used = new Set(Object.values(table.columns).map((c) => (c as number) - grid.firstColumn));

  const ratingSpecs: { header: string; name: string; index: number }[] = [];
  const unusedHeaders: string[] = [];
  headerCells.forEach((cell, index) => {
    if (used.has(index) || isBlankCell(cell)) return;
    const header = typeof cell === 'string' ? cell.trim() : describeCellValue(cell);
    const name = ratingColumnName(header, options.touchpointNames);
    if (name === undefined) unusedHeaders.push(header);
    else ratingSpecs.push({ header, name, index });
  });

  // Every non-blank row below the header, in sheet order: the rows the fixed columns read.
  const sheetRows: number[] = [];
  for (let i = headerIndex + 1; i < grid.values.length; i++) if (!grid.values[i].every(isBlankCell)) sheetRows.push(grid.firstRow + i);
  const n = sheetRows.length;

  const ratingParser = score(1, scale, undefined, texts, locale);
  const ratings: RatingColumn[] = ratingSpecs.map(({ header, name, index }) => {
    const values = new Float64Array(n);
    sheetRows.forEach((sheetRow, r) => {
      const cell = grid.values[sheetRow - grid.firstRow][index];
      const parsed = ratingParser.parse(cell);
      if (parsed.ok) {
        values[r] = parsed.value === undefined ? NaN : parsed.value;
      } else {
        values[r] = NaN;
        problems.push({ sheet: grid.sheet, row: sheetRow, column: columnLetter(grid.firstColumn + index), header, value: describeCellValue(cell), problem: parsed.problem, allowed: ratingParser.allowed });
      }
    });
    return { header, name, column: grid.firstColumn + index, values };
  });


  const dateColumn = table.columns.date as number | undefined;
  if (options.trend && dateColumn !== undefined) {
    const tooLong = trendSpanProblem(grid, table, dateColumn, table.headers.date ?? 'Date', options.trend, locale);
    if (tooLong) problems.push(tooLong);
  }
  if (problems.length === 0 && table.rows.every((row) => row.record.nps === undefined)) {
    problems.push({ sheet: grid.sheet, row: table.headerRow, header: table.headers.nps, problem: NO_NPS[locale].problem, allowed: NO_NPS[locale].allowed });
  }
  if (problems.length > 0) return { problems: problems.sort(bySheetPosition) };

  const rows = table.rows;
  const numbers = (key: 'nps' | 'ces' | 'csat') => Float64Array.from(rows, (row) => (row.record[key] === undefined ? NaN : (row.record[key] as number)));
  const has = (key: ResponseColumn) => table.columns[key] !== undefined;
  return {
    problems: [],
    responses: {
      sheet: grid.sheet,
      rows: rows.length,
      nps: numbers('nps'),
      ces: has('ces') ? numbers('ces') : undefined,
      csat: has('csat') ? numbers('csat') : undefined,
      dates: has('date') ? rows.map((row) => row.record.date) : undefined,
      channels: has('channel') ? rows.map((row) => row.record.channel) : undefined,
      segments: has('segment') ? rows.map((row) => row.record.segment) : undefined,
      comments: has('comment') ? rows.map((row) => row.record.comment) : undefined,
      ratings,
      headers: table.headers,
      unusedHeaders,
    },
  };
}
