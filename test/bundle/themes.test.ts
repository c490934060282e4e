import fc from 'fast-check';
import { loadBundle, thrownMessage } from '../helpers/bundle';

// THEMES through its top-level stub in dist/Code.js, in a bare V8 context, on answers written
// for this file only, every number worked out by hand; Polish through a spreadsheet whose
// locale is pl_PL (the one Apps Script service THEMES asks).
const english = loadBundle();
const polish = loadBundle({ SpreadsheetApp: { getActiveSpreadsheet: () => ({ getSpreadsheetLocale: () => 'pl_PL' }) } });
const column = (cells: unknown[]) => cells.map((cell) => [cell]);
/** Numbers to 9 places (shares such as 2/7), so that a table compares with toEqual. */
const rounded = (table: unknown[][]) => table.map((row) => row.map((cell) => (typeof cell === 'number' ? Math.round(cell * 1e9) / 1e9 : cell)));
const r = (x: number) => Math.round(x * 1e9) / 1e9;

describe('THEMES through dist/Code.js', () => {
  it('English answers: hand-worked mentions, shares, NPS, class shares and examples; ties by name', () => {
    const comments = [
      'Refunds take forever', //                           2   Returns (refund*)
      'The APP crashed twice; the staff were helpful.', // 6   App (app, crash*), Staff (staff, helpful)
      'Returned parcel never arrived', //                  0   Returns (returned ~ return), Delivery (parcel)
      'Helpful, quick, great', //                          10  Staff
      'great app', //                                      9   App
      'ok', //                                             8   no theme
      '   ', //                                            5   blank: not a comment, its score unused
      '@everyone parcels late', //                         "7" Delivery (parcels ~ parcel)
    ];
    const scores = [2, 6, 0, 10, 9, 8, 5, '7'];
    const themes = [['Theme', 'Keywords'], ['Returns', 'return, refund*'], ['App', 'app, crash*'], ['Staff', 'staff; helpful'], ['Delivery', 'delivery, parcel']];
    const table = english.THEMES(column(comments), column(scores), themes);
    expect(rounded(table)).toEqual([
      ['Theme', 'Mentions', 'Share %', 'NPS', 'Promoters %', 'Detractors %', 'Example'],
      // Every theme has 2 of the 7 comments (28.57 %): by name.
      ['App', 2, r(200 / 7), 0, 50, 50, comments[1]], //           6 (D), 9 (P)
      ['Delivery', 2, r(200 / 7), -50, 0, 50, comments[2]], //     0 (D), "7" (passive)
      ['Returns', 2, r(200 / 7), -100, 0, 100, comments[0]], //    2 (D), 0 (D)
      ['Staff', 2, r(200 / 7), 0, 50, 50, comments[1]], //         6 (D), 10 (P)
      ['(no theme)', 1, r(100 / 7), 0, 0, 0, 'ok'], //             8 (passive)
      // 7 comments: promoters 10, 9; passives 8, 7; detractors 2, 6, 0 → (2 − 3) / 7.
      ['Total', 7, 100, r(-100 / 7), r(200 / 7), r(300 / 7), ''],
    ]);
  });

  it('Polish answers in a Polish spreadsheet: Polish headers and labels, cases matched, most mentions first', () => {
    const comments = [
      'Zwrot pieniędzy trwał miesiąc', //          1   Zwroty
      'Aplikacja się zawiesza, zwrotu nie było', // 3   Aplikacja, Zwroty (zwrotu)
      'Długa KOLEJKA do kasy', //                   5   Kasa (kolejka, kasy ~ kasa)
      'Świetna apka', //                            10  Aplikacja (apka)
      'W aplikacji wszystko działa', //             9   Aplikacja (aplikacji ~ aplikacja)
      'Polecam', //                                 10  no theme
    ];
    const table = polish.THEMES(column(comments), column([1, 3, 5, 10, 9, 10]), [['Temat', 'Słowa kluczowe'], ['Zwroty', 'zwrot'], ['Aplikacja', 'aplikacja; apka'], ['Kasa', 'kolejka, kasa']]);
    expect(rounded(table)).toEqual([
      ['Temat', 'Wzmianki', 'Udział %', 'NPS', 'Promotorzy %', 'Krytycy %', 'Przykład'],
      ['Aplikacja', 3, 50, r(100 / 3), r(200 / 3), r(100 / 3), comments[1]], // 3 (D), 10, 9 (P)
      ['Zwroty', 2, r(100 / 3), -100, 0, 100, comments[0]], //                  1, 3 (D)
      ['Kasa', 1, r(100 / 6), -100, 0, 100, comments[2]], //                    5 (D)
      ['(bez tematu)', 1, r(100 / 6), 100, 100, 0, 'Polecam'], //              10
      ['Razem', 6, 100, 0, 50, 50, ''], // promoters 10, 9, 10; detractors 1, 3, 5
    ]);
  });

  it('without a theme list, answers about deliveries give "delivery" first with every inflected mention, and no stop word', () => {
    const comments = ['Delivery was late', 'Deliveries are slow', 'The delivery, as always, late', 'I wish the deliveries were faster', 'DELIVERY!!!', 'delivery delivery'];
    const table = english.THEMES(column(comments));
    expect(table[1].slice(0, 3)).toEqual(['delivery', 6, 100]); // "delivery" written 5 times, "deliveries" twice
    expect(table[2].slice(0, 2)).toEqual(['late', 2]);
    const stopWords = new Set(['was', 'are', 'the', 'as', 'i', 'were', 'always']);
    for (const row of table.slice(1, -2)) for (const word of String(row[0]).split(' ')) expect(stopWords.has(word)).toBe(false);
    expect(table.slice(-2).map((row: unknown[]) => row[0])).toEqual(['(no theme)', 'Total']);
  });

  it('returns formula-like comments as the text they are', () => {
    const hostile = ['=HYPERLINK("http://example.com/phish","click me")', '+48 600 100 200 call me back', '-- nothing else to add', '@support why so slow?', '=1+1'];
    const table = english.THEMES(column(hostile), undefined, [['Contact', 'call, support']]);
    expect(table.map((row: unknown[]) => row[6])).toEqual(['Example', hostile[1], hostile[0], '']);
    expect(table[2][0]).toBe('(no theme)');
  });

  it('a theme is never mentioned by more comments than the Total, on any data', () => {
    const words = ['delivery', 'Dostawa', 'kurierem', 'late', 'staff', 'app', 'the', 'nie'];
    const text = fc.array(fc.constantFrom(...words), { maxLength: 6 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(fc.array(text, { maxLength: 40 }), fc.array(fc.constantFrom(...words, 'deliv*', 'late delivery'), { minLength: 1, maxLength: 4 }), (comments, keywords) => {
        const table = english.THEMES(column(comments), undefined, keywords.map((k, i) => [`T${i}`, k]));
        const total = table[table.length - 1][1];
        expect(total).toBe(comments.filter((c) => c.trim() !== '').length);
        for (const row of table.slice(1)) expect(row[1]).toBeLessThanOrEqual(total);
      }),
      { numRuns: 100 },
    );
  });

  it('errors name the function, the argument and the cell', () => {
    expect(thrownMessage(() => english.THEMES(column(['a', 'b']), column([1, 11])))).toBe('THEMES: 11 (row 2 of scores) is not a 0–10 score; allowed: whole numbers from 0 to 10');
  });
});
