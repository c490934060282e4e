import { optionalText, requiredText } from '../tables/cellParsers';
import { CellValue, isBlankCell } from '../tables/cellValue';
import { columnLetter } from '../tabs/columnLetters';
import { matchKey } from '../tables/matchKey';
import { OutputLocale } from '../tabs/outputLocale';
import { PROBLEM_TEXTS } from '../tables/problemTexts';
import { bySheetPosition, TableProblem } from '../tables/tableProblem';
import { columnIn, ColumnMapping, ColumnSpec, readTable, SourceGrid, TableSchema } from '../tables/tableSchema';
import { Theme } from './themeKeywords';
import { buildThemeList } from './themeList';

/**
 * The Themes source table (DESIGN §3, optional): Theme (Temat) · Keywords (Słowa kluczowe),
 * one theme per row, keywords separated by `,` or `;` as THEMES reads them. The sidebar finds
 * it by these headers (sources/sourceKinds.ts); the survey report reads it through
 * readThemesTable; the THEMES function takes the same two columns as its `themes` range.
 *
 * Both columns are required in the header, so that a tab with only a "Topic" column is not
 * taken for a theme list; a Keywords cell may be blank (the theme's name is then its keyword).
 */
function themesSchema(locale: OutputLocale) {
  const texts = PROBLEM_TEXTS[locale];
  return {
    name: locale === 'pl' ? 'Tematy' : 'Themes',
    columns: {
      theme: columnIn(locale, 'Temat', { name: 'Theme', aliases: ['Topic', 'Temat'], required: true, parser: requiredText('themeName', texts) }),
      keywords: columnIn(locale, 'Słowa kluczowe', {
        name: 'Keywords',
        aliases: ['Key words', 'Keyword', 'Słowa kluczowe', 'Słowa', 'Frazy'],
        required: true,
        parser: optionalText('keywords', texts),
      }),
    },
  } satisfies TableSchema<Record<string, ColumnSpec<unknown>>>;
}

/** The schema in each output locale: the same headers recognised, messages in that language. */
export const THEMES_SCHEMAS = { en: themesSchema('en'), pl: themesSchema('pl') } as const;
export const THEMES_SCHEMA = THEMES_SCHEMAS.en;

export type ThemesColumn = keyof typeof THEMES_SCHEMA.columns;

/** Whether a row of two cells is the Themes table's header ("Theme | Keywords", "Temat | Słowa kluczowe"). */
export function isThemesHeader(first: CellValue, second: CellValue): boolean {
  const matches = (cell: CellValue, spec: ColumnSpec<unknown>): boolean =>
    typeof cell === 'string' && [spec.name, ...spec.aliases].some((alias) => matchKey(alias) === matchKey(cell));
  return matches(first, THEMES_SCHEMA.columns.theme) && (isBlankCell(second) || matches(second, THEMES_SCHEMA.columns.keywords));
}

export interface ThemesRead {
  readonly themes: readonly Theme[];
  readonly problems: readonly TableProblem[];
  readonly unusedHeaders: readonly string[];
}

const NO_WORD: Readonly<Record<OutputLocale, { problem: string; allowed: string }>> = {
  en: { problem: 'has no letter or digit, so it can match no word', allowed: 'words, several words in a row, or a word ending in * (deliver*), separated by , or ;' },
  pl: { problem: 'nie ma litery ani cyfry, więc nie pasuje do żadnego słowa', allowed: 'słowa, kilka słów po kolei albo słowo zakończone * (dostaw*), oddzielone , lub ;' },
};

/** Reads and validates a Themes table: every problem together, the themes when there are none. */
export function readThemesTable(grid: SourceGrid, mapping: ColumnMapping<ThemesColumn> = {}, locale: OutputLocale = 'en'): ThemesRead {
  const table = readTable(THEMES_SCHEMAS[locale], grid, mapping, PROBLEM_TEXTS[locale]);
  const list = buildThemeList(table.rows.map(({ sheetRow, record }) => ({ row: sheetRow, name: record.theme, keywords: record.keywords })));
  const column = table.columns.keywords;
  const keywordProblems = list.emptyKeywords.map(
    (empty): TableProblem => ({
      sheet: grid.sheet,
      row: empty.row,
      column: column === undefined ? undefined : columnLetter(column),
      header: THEMES_SCHEMAS[locale].columns.keywords.name,
      value: JSON.stringify(empty.keyword),
      ...NO_WORD[locale],
    }),
  );
  const problems = [...table.problems, ...keywordProblems].sort(bySheetPosition);
  return { themes: problems.length === 0 ? list.themes : [], problems, unusedHeaders: table.unusedHeaders };
}
