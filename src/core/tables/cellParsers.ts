import { CellValue, isBlankCell, isDateCell } from './cellValue';
import { isErrorValue } from './errorValue';
import { matchKey } from './matchKey';
import { splitNameList } from './nameList';
import { nearWhole } from './decimalRound';
import { parseNumericText } from './numericText';
import { CellNoun, Expected, PROBLEM_TEXTS, ProblemTexts } from './problemTexts';

/**
 * Readers of one source-table cell. Each says what it allows (for messages) and turns a
 * cell into a value or a problem; the table reader applies them column by column.
 * Unlike the custom functions, a table cell is never skipped: text where a number belongs
 * is a problem to report, because the row would otherwise silently lose its data.
 * Each reader names what it reads as a CellNoun and takes the texts of the build's locale
 * (English unless given), so its problems read in the user's language.
 */
export type CellParse<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: string };

export interface CellParser<T> {
  /** What the column accepts, in words, for the "allowed:" part of a message. */
  readonly allowed: string;
  /** `numberFormat` is the cell's Sheets number format when the reader knows it ("0%"). */
  parse(cell: CellValue, numberFormat?: string): CellParse<T>;
}

/** A percent format ("0%", "0.0%"): the % sign outside quoted text and escapes. */
export function isPercentFormat(numberFormat: string | undefined): boolean {
  return numberFormat !== undefined && /%/.test(numberFormat.replace(/"[^"]*"|\\./g, ''));
}

const ok = <T>(value: T): CellParse<T> => ({ ok: true, value });
const fail = <T>(problem: string): CellParse<T> => ({ ok: false, problem });

/** The problem with a cell that is not plain data at all (an error value, a date, a checkbox). */
function wrongKind<T>(cell: CellValue, expected: Expected, texts: ProblemTexts): CellParse<T> {
  if (typeof cell === 'string' && isErrorValue(cell)) return fail(texts.errorValue(expected));
  if (typeof cell === 'boolean') return fail(texts.checkboxValue(expected));
  if (isDateCell(cell)) return fail(texts.dateValue(expected));
  return fail(texts.isNot(expected));
}

/** Text such as a name: numbers are read as their digits; blank gives undefined unless required. */
function text(what: CellNoun, required: boolean, texts: ProblemTexts): CellParser<string | undefined> {
  return {
    allowed: texts.textAllowed(what, required),
    parse(cell) {
      if (isBlankCell(cell)) return required ? fail(texts.emptyCell) : ok(undefined);
      if (typeof cell === 'number') return ok(String(cell));
      if (typeof cell === 'string' && !isErrorValue(cell)) return ok(cell.trim());
      return wrongKind(cell, texts.a(what), texts);
    },
  };
}

export function requiredText(what: CellNoun, texts = PROBLEM_TEXTS.en): CellParser<string> {
  return text(what, true, texts) as CellParser<string>;
}

export function optionalText(what: CellNoun, texts = PROBLEM_TEXTS.en): CellParser<string | undefined> {
  return text(what, false, texts);
}

/** A number as a cell holds it or as numeric text (parseNumericText: U+2212 "−" counts as "-", as in the custom functions). */
function readNumber(cell: CellValue): number | undefined {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : undefined;
  if (typeof cell === 'string') return parseNumericText(cell);
  return undefined;
}

/**
 * One of a few whole levels (e.g. the valuation levels −2..+2), or blank (undefined).
 * `allowed` is given in full by the caller so the message can say why these levels.
 */
export function wholeLevel(levels: readonly number[], what: CellNoun, allowed: string, texts = PROBLEM_TEXTS.en): CellParser<number | undefined> {
  return {
    allowed,
    parse(cell) {
      if (isBlankCell(cell)) return ok(undefined);
      const n = readNumber(cell);
      if (n === undefined) return wrongKind(cell, texts.a(what), texts);
      // A computed −1.0000000000000002 is the −1 the cell shows.
      const level = levels.includes(n) ? n : nearWhole(n);
      return level !== undefined && levels.includes(level) ? ok(level === 0 ? 0 : level) : fail(texts.isNot(texts.a(what)));
    },
  };
}

const TRUE_WORDS = new Set(['yes', 'y', 'tak', 't', 'x', 'true', 'prawda', '1']);
const FALSE_WORDS = new Set(['no', 'n', 'nie', 'false', 'falsz', '0']);

/** A yes/no flag: a checkbox, yes/no, tak/nie, x, 1/0; blank is no. */
export function flag(what: CellNoun, texts = PROBLEM_TEXTS.en): CellParser<boolean> {
  return {
    allowed: texts.flagAllowed,
    parse(cell) {
      if (isBlankCell(cell)) return ok(false);
      if (typeof cell === 'boolean') return ok(cell);
      if (typeof cell === 'number' && (cell === 0 || cell === 1)) return ok(cell === 1);
      if (typeof cell === 'string') {
        const key = matchKey(cell);
        if (TRUE_WORDS.has(key)) return ok(true);
        if (FALSE_WORDS.has(key)) return ok(false);
      }
      return wrongKind(cell, texts.yesNoFor(what), texts);
    },
  };
}

/**
 * A share of customers as a fraction 0..1 (DESIGN §3 Reach): `0.4`, `40%` (a percent-
 * formatted cell already holds 0.4; `"40%"` as text too) or `40` (a number above 1 is a
 * percentage). A percent-formatted cell means what it shows: `150%` holds 1.5 and is an
 * error, not 1.5%. Blank gives undefined; the caller decides what blank means.
 */
export function share(what: CellNoun, texts = PROBLEM_TEXTS.en): CellParser<number | undefined> {
  return {
    allowed: texts.shareAllowed,
    parse(cell, numberFormat) {
      if (isBlankCell(cell)) return ok(undefined);
      let n: number | undefined;
      if (typeof cell === 'number' && isPercentFormat(numberFormat)) {
        n = cell;
      } else if (typeof cell === 'string' && /%\s*$/.test(cell)) {
        const percent = readNumber(cell.replace(/%\s*$/, ''));
        n = percent === undefined ? undefined : percent / 100;
      } else {
        n = readNumber(cell);
        if (n !== undefined && n > 1) n = n / 100;
      }
      if (n === undefined) return wrongKind(cell, texts.a(what), texts);
      return n >= 0 && n <= 1 ? ok(n) : fail(`${texts.isNot(texts.a(what))} ${texts.between0And100}`);
    },
  };
}


/**
 * Text like "12,500" or "1,250,000": groups of three digits after commas. The comma reads
 * as a decimal point everywhere else (Polish "7,5"), but a cost typed or imported as
 * "12,500" almost surely means twelve thousand five hundred; guessing either way could move
 * a project 1000× on the matrix, so it is reported instead.
 */
export const THOUSANDS_TEXT = /^\s*[+\-\u2212]?\d{1,3}(?:,\d{3})+\s*$/;

/**
 * A number, optionally with a lower bound (a cost is ≥ 0); blank gives undefined unless
 * required. Numeric text counts as the number, as everywhere in CX Sheets, except text
 * whose comma may be a thousands separator (THOUSANDS_TEXT).
 */
function number(what: CellNoun, options: { readonly required: boolean; readonly min?: number }, texts: ProblemTexts): CellParser<number | undefined> {
  return {
    allowed: texts.numberAllowed(options.required, options.min),
    parse(cell) {
      if (isBlankCell(cell)) return options.required ? fail(texts.emptyCell) : ok(undefined);
      if (typeof cell === 'string' && THOUSANDS_TEXT.test(cell)) return fail(texts.ambiguousThousands);
      const n = readNumber(cell);
      if (n === undefined) return wrongKind(cell, texts.number, texts);
      return options.min !== undefined && n < options.min ? fail(`${texts.isNot(texts.a(what))} ≥ ${options.min}`) : ok(n === 0 ? 0 : n);
    },
  };
}

export function requiredNumber(what: CellNoun, min?: number, texts = PROBLEM_TEXTS.en): CellParser<number> {
  return number(what, { required: true, min }, texts) as CellParser<number>;
}

export function optionalNumber(what: CellNoun, min?: number, texts = PROBLEM_TEXTS.en): CellParser<number | undefined> {
  return number(what, { required: false, min }, texts);
}

/** Names typed in one cell, separated by `;`, `,` or new lines (splitNameList); blank gives []. */
export function nameList(what: CellNoun, texts = PROBLEM_TEXTS.en): CellParser<readonly string[]> {
  return {
    allowed: texts.listAllowed(what),
    parse(cell) {
      if (isBlankCell(cell)) return ok([]);
      if (typeof cell === 'number') return ok([String(cell)]);
      if (typeof cell === 'string' && !isErrorValue(cell)) return ok(splitNameList(cell));
      return wrongKind(cell, texts.listOf(what), texts);
    },
  };
}

/**
 * One of a few words, each with its synonyms (English and Polish), compared by matchKey:
 * `{ hard: ['hard', 'twarda'], soft: ['soft', 'miękka'] }`. Blank gives undefined.
 */
export function oneOf<Key extends string>(what: CellNoun, words: Readonly<Record<Key, readonly string[]>>, texts = PROBLEM_TEXTS.en): CellParser<Key | undefined> {
  const lookup = new Map<string, Key>();
  for (const key of Object.keys(words) as Key[]) for (const word of words[key]) lookup.set(matchKey(word), key);
  const listed = (Object.values(words) as string[][]).flat().join(', ');
  return {
    allowed: texts.oneOfAllowed(listed),
    parse(cell) {
      if (isBlankCell(cell)) return ok(undefined);
      const key = typeof cell === 'string' ? lookup.get(matchKey(cell)) : undefined;
      if (key !== undefined) return ok(key);
      return typeof cell === 'string' && !isErrorValue(cell) ? fail(texts.isNot(texts.a(what))) : wrongKind(cell, texts.a(what), texts);
    },
  };
}
