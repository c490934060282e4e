import { OutputLocale } from '../tabs/outputLocale';
import { PROBLEM_TEXTS } from './problemTexts';

/**
 * One thing wrong with a source table, located the way a user finds it in Sheets: sheet,
 * row number, column letter and header, the value found and what is allowed there.
 * Builders collect every problem of a table before writing anything (DESIGN §3), so the
 * user fixes them all in one pass instead of one per build.
 */
export interface TableProblem {
  readonly sheet: string;
  /** Sheet row number (1-based), when the problem is in one row. */
  readonly row?: number;
  /** Column letter(s), e.g. "D", when the problem is in one column. */
  readonly column?: string;
  /** The column's header as the user wrote it, or the column's name when it is missing. */
  readonly header?: string;
  /** The offending value as the user sees it (`"abc"`, `3`, `TRUE`), when there is one. */
  readonly value?: string;
  /** What is wrong, as a phrase that follows the value: "is not a valuation level" (in the build's locale). */
  readonly problem: string;
  /** What would be accepted instead. */
  readonly allowed: string;
}

/**
 * The one-line message of a problem, in the build's locale:
 * `Touchpoints row 5, column D (Valuation): 3 is not a valuation level; allowed: …`,
 * `Arkusz Punkty styku, wiersz 5, kolumna D (Ocena): 3 nie jest poziomem oceny; dozwolone: …`.
 */
export function formatTableProblem(p: TableProblem, locale: OutputLocale = 'en'): string {
  const texts = PROBLEM_TEXTS[locale];
  const what = p.value !== undefined ? `${p.value} ${p.problem}` : p.problem;
  return texts.message(texts.place(p.sheet, p.row, p.column, p.header), what, p.allowed);
}

/** Problems in the order a user reads the sheet: table-wide first, then by row, then by column. */
export function bySheetPosition(a: TableProblem, b: TableProblem): number {
  const row = (a.row ?? 0) - (b.row ?? 0);
  if (row !== 0) return row;
  const width = (a.column ?? '').length - (b.column ?? '').length;
  return width !== 0 ? width : (a.column ?? '').localeCompare(b.column ?? '');
}
