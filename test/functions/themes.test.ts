import { THEMES } from '../../src/functions/themes';

const column = (cells: unknown[]) => cells.map((cell) => [cell]) as never;

/** Runs f as in a spreadsheet whose locale is `locale`. */
function inLocale<T>(locale: string, f: () => T): T {
  const global = globalThis as { SpreadsheetApp?: unknown };
  global.SpreadsheetApp = { getActiveSpreadsheet: () => ({ getSpreadsheetLocale: () => locale }) };
  try {
    return f();
  } finally {
    delete global.SpreadsheetApp;
  }
}

const EN_HEADER = ['Theme', 'Mentions', 'Share %', 'NPS', 'Promoters %', 'Detractors %', 'Example'];

describe('THEMES', () => {
  it('counts, shares and NPS per theme as worked by hand, skipping the header row of the themes range', () => {
    const table = THEMES(
      column(['Late delivery', 'Deliveries are always late', 'Friendly staff', 'OK', '']),
      column([2, 7, 10, 8, 9]),
      [['Theme', 'Keywords'], ['Delivery', 'deliver*'], ['Staff', 'staff']],
    );
    // 4 non-blank comments (the blank one is not counted, its score neither).
    // Delivery: 2 (scores 2 and 7) → NPS (0 − 1)/2 = −50; Staff: 1 (10); no theme: "OK" (8).
    expect(table).toEqual([
      EN_HEADER,
      ['Delivery', 2, 50, -50, 0, 50, 'Late delivery'],
      ['Staff', 1, 25, 100, 100, 0, 'Friendly staff'],
      ['(no theme)', 1, 25, 0, 0, 0, 'OK'],
      ['Total', 4, 100, 0, 25, 25, ''],
    ]);
  });

  it('leaves NPS and class shares blank without scores, or where no mentioning comment has one', () => {
    expect(THEMES(column(['late delivery', 'staff']), undefined, [['Delivery', 'delivery']])).toEqual([
      EN_HEADER,
      ['Delivery', 1, 50, '', '', '', 'late delivery'],
      ['(no theme)', 1, 50, '', '', '', 'staff'],
      ['Total', 2, 100, '', '', '', ''],
    ]);
    // A skipped middle argument arrives as an empty cell; "don't know" is no score.
    expect(THEMES(column(['late delivery', 'staff']), '' as never, [['Delivery', '']])[1]).toEqual(['Delivery', 1, 50, '', '', '', 'late delivery']);
    expect(THEMES(column(['late delivery', 'staff']), column(["don't know", 10]), [['Delivery', '']])[1]).toEqual(['Delivery', 1, 50, '', '', '', 'late delivery']);
  });

  it('returns customer text as cell values, formula-like text included', () => {
    const hostile = ['=HYPERLINK("http://example.com","delivery")', '+48 600 100 200 delivery', '-- delivery', '@support delivery'];
    const table = THEMES(column([...hostile, '=1+1']), undefined, [['Delivery', 'delivery']]);
    expect(table[1]).toEqual(['Delivery', 4, 80, '', '', '', hostile[0]]);
    expect(table[2]).toEqual(['(no theme)', 1, 20, '', '', '', '=1+1']);
    expect(table.flat().every((cell) => typeof cell === 'string' || typeof cell === 'number')).toBe(true);
  });

  it('reads numbers in the comments as comments, and a single comment cell', () => {
    expect(THEMES(7 as never, undefined, [['Seven', '7']])).toEqual([EN_HEADER, ['Seven', 1, 100, '', '', '', 7], ['(no theme)', 0, 0, '', '', '', ''], ['Total', 1, 100, '', '', '', '']]);
  });

  it('discovers themes without a list, or when the list holds only its header', () => {
    const comments = column(['Delivery was late', 'Deliveries late again', 'the delivery']);
    const discovered = THEMES(comments);
    expect(discovered.slice(1).map((row) => [row[0], row[1]])).toEqual([['delivery', 3], ['late', 2], ['(no theme)', 0], ['Total', 3]]);
    expect(THEMES(comments, undefined, [['Theme', 'Keywords'], ['', '']])).toEqual(discovered);
  });

  it('speaks Polish in a Polish spreadsheet', () => {
    const table = inLocale('pl_PL', () => THEMES(column(['Dostawa spóźniona', 'Miła obsługa']), column([3, 10]), [['Temat', 'Słowa kluczowe'], ['Dostawa', 'dostawa']]));
    expect(table).toEqual([
      ['Temat', 'Wzmianki', 'Udział %', 'NPS', 'Promotorzy %', 'Krytycy %', 'Przykład'],
      ['Dostawa', 1, 50, -100, 0, 100, 'Dostawa spóźniona'],
      ['(bez tematu)', 1, 50, 100, 100, 0, 'Miła obsługa'],
      ['Razem', 2, 100, 0, 50, 50, ''],
    ]);
    expect(inLocale('en_GB', () => THEMES(column(['x']))[0])).toEqual(EN_HEADER);
  });

  it('says what is wrong, naming the function, the argument and the cell', () => {
    expect(() => THEMES(column(['a', 'b']), column([1]))).toThrow('THEMES: scores is 1 row × 1 column but comments is 2 rows × 1 column; give one score per comment (parallel ranges of the same shape), or leave scores out');
    expect(() => THEMES(column(['a']), column([11]))).toThrow('THEMES: 11 (scores) is not a 0–10 score; allowed: whole numbers from 0 to 10');
    expect(() => THEMES(column(['a', '#N/A']))).toThrow('THEMES: #N/A (row 2 of comments) is an error value, not a comment; fix the cell it comes from');
    expect(() => THEMES(column(['a']), undefined, [['A', 'a', 'x']])).toThrow('THEMES: themes is 1 row × 3 columns; give two columns, Theme and Keywords (or one, Theme)');
    expect(() => THEMES(column(['a']), undefined, [['Delivery', 'delivery'], ['', 'late']])).toThrow('THEMES: row 2 of themes has keywords ("late") but no theme name; write the theme\'s name in the first column');
    expect(() => THEMES(column(['a']), undefined, [['Delivery', 'delivery, *']])).toThrow(
      'THEMES: keyword "*" of theme "Delivery" (row 1 of themes) has no letter or digit, so it can match no word; allowed: words, several words in a row, or a word ending in * (deliver*), separated by , or ;',
    );
    expect(() => THEMES(column(['a']), undefined, [['Delivery', 'delivery'], ['#REF!', 'a']])).toThrow('THEMES: #REF! (row 2, column 1 of themes) is an error value, not a theme; fix the cell it comes from');
    expect(() => THEMES(column(['a']), undefined, [['Delivery', '#N/A']])).toThrow('THEMES: #N/A (column 2 of themes) is an error value, not a keyword list; fix the cell it comes from');
  });
});
