import { calendarDay, CellValue, isBlankCell, isDateCell } from '../core/tables/cellValue';
import { isErrorValue } from '../core/tables/errorValue';
import { NPS_SCALE } from '../core/survey/scoreScale';
import { Theme } from '../core/themes/themeKeywords';
import { buildThemeList, ThemeEntry } from '../core/themes/themeList';
import { THEME_TEXTS } from '../core/themes/themeTexts';
import { isThemesHeader } from '../core/themes/themesTable';
import { summariseThemes, ThemeSummaryRow } from '../core/themes/themeSummary';
import { spreadsheetOutputLocale } from '../sheets/spreadsheetLocale';
import { asRows, describeShape, positionIn, readScores, SheetsArgument } from './sheetsArgument';

type TableCell = string | number | boolean | Date;

const KEYWORDS_ALLOWED = 'words, several words in a row, or a word ending in * (deliver*), separated by , or ;';

/**
 * What the open answers are about: how many comments mention each theme, what share of all
 * comments that is, and the NPS, promoters and detractors of the customers who wrote them,
 * with the first such comment as an example. Themes come from your list (a Theme and a
 * Keywords column; keywords separated by , or ;). A keyword matches a word whatever its case,
 * accents and English or Polish inflection ("delivery" finds "Deliveries", "kurier" finds
 * "kurierem", "dostawa" finds "dostawie"); "deliver*" matches every word starting so; several
 * words match those words in a row ("on time"). Without a list, the 20 words and two-word
 * phrases used by the most comments (English and Polish stop words left out) are the themes.
 * One comment may mention several themes; each counts once per comment. Headers are Polish in
 * a Polish spreadsheet.
 *
 * @param comments The open answers ("Why did you give that score?"), e.g. G2:G. Blank cells are skipped.
 * @param scores Each comment's 0–10 NPS answer, a range of the same shape as comments, e.g. D2:D; leave it out (or empty) for counts only.
 * @param themes Your themes, two columns Theme and Keywords, e.g. Themes!A:B; a first row reading "Theme | Keywords" or "Temat | Słowa kluczowe" is skipped. A theme without keywords is its own keyword.
 * @return A table with the header Theme, Mentions, Share %, NPS, Promoters %, Detractors %, Example; one row per theme by mentions, then (no theme) and Total.
 * @example =THEMES({"Late delivery";"Deliveries are always late";"Friendly staff";"OK"}, {2;7;10;8}, {"Delivery","deliver*";"Staff","staff"}) returns {"Theme","Mentions","Share %","NPS","Promoters %","Detractors %","Example";"Delivery",2,50,-50,0,50,"Late delivery";"Staff",1,25,100,100,0,"Friendly staff";"(no theme)",1,25,0,0,0,"OK";"Total",4,100,0,25,25,""}
 * @example =THEMES(G2:G, D2:D) lists the 20 words and phrases most comments use, each with the NPS of the customers who used it
 * @throws when a score is not a whole number from 0 to 10, when scores has a different shape from comments, when a cell is an error value, when themes has more than two columns, or when a keyword has no letter or digit
 * @customfunction
 */
export function THEMES(comments: SheetsArgument, scores?: SheetsArgument, themes?: SheetsArgument): TableCell[][] {
  const locale = spreadsheetOutputLocale();
  const rows = asRows(comments);
  const rowCount = rows.length;
  const columnCount = rowCount === 0 ? 0 : rows[0].length;
  const texts: string[] = [];
  const cells: TableCell[] = [];
  const positions: number[] = [];
  for (let r = 0, i = 0; r < rowCount; r++) {
    const row = rows[r];
    for (let c = 0; c < columnCount; c++, i++) {
      const cell = row[c];
      if (cell === '' || cell === null || cell === undefined) continue;
      const text = commentText(cell, rowCount, columnCount, r, c);
      if (text === '') continue;
      texts.push(text);
      cells.push(typeof cell === 'string' ? text : (cell as TableCell));
      positions.push(i);
    }
  }

  let commentScores: Float64Array | undefined;
  if (isGiven(scores)) {
    const read = readScores('THEMES', 'scores', scores, NPS_SCALE);
    if (read.rows !== rowCount || read.columns !== columnCount) {
      throw new Error(
        `THEMES: scores is ${describeShape(read.rows, read.columns)} but comments is ${describeShape(rowCount, columnCount)}; ` +
          'give one score per comment (parallel ranges of the same shape), or leave scores out',
      );
    }
    commentScores = new Float64Array(positions.length);
    for (let k = 0; k < positions.length; k++) commentScores[k] = read.values[positions[k]];
  }
  const themeList = isGiven(themes) ? readThemes(themes) : undefined;

  const summary = summariseThemes(texts, commentScores, themeList, { locale });
  return [[...THEME_TEXTS[locale].header], ...summary.map((row) => tableRow(row, summary[summary.length - 1].counts.mentions, commentScores !== undefined, cells))];
}

/** Left out, or an empty single cell (an argument skipped between two others). */
function isGiven(arg: SheetsArgument | undefined): arg is SheetsArgument {
  return !(arg === undefined || arg === null || (!Array.isArray(arg) && isBlankCell(arg)));
}

/** A comment's text: text as written (trimmed), numbers and the like as they read. */
function commentText(cell: CellValue, rows: number, columns: number, r: number, c: number): string {
  if (typeof cell === 'string') {
    if (cell.charCodeAt(0) === 35 /* # */ && isErrorValue(cell)) throw new Error(`THEMES: ${cell.trim()} (${positionIn('comments', rows, columns, r, c)}) is an error value, not a comment; fix the cell it comes from`);
    return cell.trim();
  }
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  if (isDateCell(cell)) return calendarDay(cell);
  return String(cell);
}

/** The theme list of the `themes` range: Theme and Keywords columns, an optional header row. */
function readThemes(arg: SheetsArgument): Theme[] | undefined {
  const rows = asRows(arg);
  const columns = rows.length === 0 ? 0 : rows[0].length;
  if (columns > 2) throw new Error(`THEMES: themes is ${describeShape(rows.length, columns)}; give two columns, Theme and Keywords (or one, Theme)`);
  const entries: ThemeEntry[] = [];
  rows.forEach((row, r) => {
    const name = row[0];
    const keywords = columns > 1 ? row[1] : undefined;
    if (r === 0 && isThemesHeader(name, keywords)) return;
    for (const [cell, c] of [[name, 0], [keywords, 1]] as const) {
      if (typeof cell === 'string' && isErrorValue(cell)) {
        throw new Error(`THEMES: ${cell.trim()} (${positionIn('themes', rows.length, columns, r, c)}) is an error value, not a ${c === 0 ? 'theme' : 'keyword list'}; fix the cell it comes from`);
      }
    }
    if (isBlankCell(name)) {
      if (isBlankCell(keywords)) return;
      throw new Error(`THEMES: row ${r + 1} of themes has keywords (${JSON.stringify(String(keywords).trim())}) but no theme name; write the theme's name in the first column`);
    }
    entries.push({ row: r + 1, name: cellText(name), keywords: isBlankCell(keywords) ? undefined : cellText(keywords) });
  });
  const list = buildThemeList(entries);
  const empty = list.emptyKeywords[0];
  if (empty !== undefined) {
    throw new Error(`THEMES: keyword ${JSON.stringify(empty.keyword)} of theme ${JSON.stringify(empty.theme)} (row ${empty.row} of themes) has no letter or digit, so it can match no word; allowed: ${KEYWORDS_ALLOWED}`);
  }
  // A range with no theme in it (a Themes tab with its header only): discover themes instead.
  return list.themes.length === 0 ? undefined : [...list.themes];
}

function cellText(cell: CellValue): string {
  if (typeof cell === 'string') return cell.trim();
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  if (isDateCell(cell)) return calendarDay(cell);
  return String(cell);
}

/**
 * Share % of all non-blank comments; NPS and class shares over the row's comments that have
 * a score (blank without scores, or when none of them has one); the example comment as the
 * cell held it — text stays text, a comment that starts with "=" is returned as that text.
 */
function tableRow(row: ThemeSummaryRow, total: number, hasScores: boolean, cells: readonly TableCell[]): TableCell[] {
  const { mentions, promoters, passives, detractors, example } = row.counts;
  const scored = promoters + passives + detractors;
  const ofScored = (count: number): number | string => (hasScores && scored > 0 ? (100 * count) / scored : '');
  return [
    row.label,
    mentions,
    total > 0 ? (100 * mentions) / total : '',
    hasScores && scored > 0 ? (100 * (promoters - detractors)) / scored : '',
    ofScored(promoters),
    ofScored(detractors),
    example >= 0 ? cells[example] : '',
  ];
}
