import fc from 'fast-check';
import { OutputLocale } from '../../../src/core/tabs/outputLocale';
import { buildThemeList } from '../../../src/core/themes/themeList';
import { summariseThemes } from '../../../src/core/themes/themeSummary';

type Row = [label: string, mentions: number, promoters: number, passives: number, detractors: number, example: string];

function summary(comments: string[], scores: number[] | undefined, themes: [string, string][] | undefined, locale: OutputLocale = 'en'): Row[] {
  const list = themes && buildThemeList(themes.map(([name, keywords], i) => ({ row: i + 1, name, keywords }))).themes;
  return summariseThemes(comments, scores && Float64Array.from(scores), list, { locale }).map(({ label, counts }) => [
    label,
    counts.mentions,
    counts.promoters,
    counts.passives,
    counts.detractors,
    counts.example < 0 ? '' : comments[counts.example],
  ]);
}

describe('summariseThemes, worked by hand', () => {
  it('English answers: inflections, capitals, punctuation, several themes per answer', () => {
    const comments = [
      'The DELIVERY was late, and the courier was rude.', // 3  Delivery (delivery, courier), Staff (rude)
      'Deliveries are always on time!', //                  10 Delivery (deliveries), On time
      'Friendly staff; prices a bit high', //               9  Staff (friendly, staff), Price (prices)
      'Too expensive.', //                                  5  Price
      'Couriers were on-time', //                           7  Delivery (couriers), On time (on-time: a hyphen joins)
      'Website crashed at checkout', //                     0  Website (web*)
      'Nothing to add', //                                  —  no theme
      '=HYPERLINK("http://x","site")', //                   2  Website (site)
      'cheaper elsewhere, delivery ok', //                  —  Price (cheap*), Delivery
      '-- no comment', //                                   8  no theme
    ];
    const scores = [3, 10, 9, 5, 7, 0, NaN, 2, NaN, 8];
    const themes: [string, string][] = [
      ['Delivery', 'delivery; courier'],
      ['Staff', 'staff, friendly, rude'],
      ['Price', 'price, expensive, cheap*'],
      ['On time', 'on time'],
      ['Website', 'web*, site'],
      ['Returns', 'return, refund'],
    ];
    expect(summary(comments, scores, themes)).toEqual<Row[]>([
      // Delivery: comments 1, 2, 5, 9 → scores 3 (D), 10 (P), 7 (passive), none.
      ['Delivery', 4, 1, 1, 1, comments[0]],
      // Price: 3, 4, 9 → 9 (P), 5 (D), none.
      ['Price', 3, 1, 0, 1, comments[2]],
      // Three themes with 2 mentions, by name: On time (2, 5 → 10, 7), Staff (1, 3 → 3, 9), Website (6, 8 → 0, 2).
      ['On time', 2, 1, 1, 0, comments[1]],
      ['Staff', 2, 1, 0, 1, comments[0]],
      ['Website', 2, 0, 0, 2, comments[5]],
      ['Returns', 0, 0, 0, 0, ''],
      // No theme: 7 (no score) and 10 (8, passive); the first is the example.
      ['(no theme)', 2, 0, 1, 0, comments[6]],
      // Total: 10 comments; scores 10, 9 promoters; 7, 8 passives; 3, 5, 0, 2 detractors; two without.
      ['Total', 10, 2, 2, 4, ''],
    ]);
  });

  it('Polish answers: cases, missing Polish letters, prefixes, several themes per answer', () => {
    const comments = [
      'Dostawa się spóźniła, KURIER był niemiły.', // 2  Dostawa (dostawa, kurier); "niemiły" is not "miły"
      'Świetna obsługa i miła pani z infolinii', //  10 Obsługa (obsługa, miła ~ miły), Infolinia (infolinii)
      'Kurierem przyszła paczka, szybka dostawa', //  9  Dostawa (kurierem, dostawa)
      'Za drogo!', //                                 4  Cena
      'Długo czekałem na dostawę', //                 6  Czas oczekiwania (długo, czeka*), Dostawa (dostawę)
      'Ceny niskie, obsłudze dziękuję', //            8  Cena (ceny), Obsługa (obsłudze)
      'Bez uwag', //                                  7  no theme
      'O dostawie nic nie wiem', //                   —  Dostawa (dostawie)
      'tanio i szybko', //                            10 Cena (tani*)
    ];
    const scores = [2, 10, 9, 4, 6, 8, 7, NaN, 10];
    const themes: [string, string][] = [
      ['Dostawa', 'dostawa, kurier'],
      ['Obsługa', 'obsługa; miły; uprzejmy'],
      ['Cena', 'cena, drogo, tani*'],
      ['Czas oczekiwania', 'czeka*, długo'],
      ['Infolinia', 'infolinia'],
    ];
    expect(summary(comments, scores, themes, 'pl')).toEqual<Row[]>([
      ['Dostawa', 4, 1, 0, 2, comments[0]], // 1, 3, 5, 8 → 2 (D), 9 (P), 6 (D), none
      ['Cena', 3, 1, 1, 1, comments[3]], //    4, 6, 9 → 4 (D), 8, 10 (P)
      ['Obsługa', 2, 1, 1, 0, comments[1]], // 2, 6 → 10 (P), 8
      ['Czas oczekiwania', 1, 0, 0, 1, comments[4]], // 5 → 6 (D)
      ['Infolinia', 1, 1, 0, 0, comments[1]], //       2 → 10 (P)
      ['(bez tematu)', 1, 0, 1, 0, comments[6]], //   7 → 7
      ['Razem', 9, 3, 2, 3, ''], // 10, 9, 10 promoters; 8, 7 passives; 2, 4, 6 detractors; one without
    ]);
  });

  it('orders ties by name in the language (Polish: ł after l) and quotes a theme named like the last rows', () => {
    const rows = summary(['nic'], undefined, [['Zwroty', 'zwrot'], ['Łatwość', 'łatwo'], ['Lojalność', 'lojalny'], ['Razem', 'razem'], ['(bez tematu)', 'xyz']], 'pl');
    expect(rows.map((r) => r[0])).toEqual(['"(bez tematu)"', 'Lojalność', 'Łatwość', '"Razem"', 'Zwroty', '(bez tematu)', 'Razem']);
    expect(summary(['x'], undefined, [['total', 'total'], ['No theme', 'none']]).map((r) => r[0])).toEqual(['"No theme"', '"total"', '(no theme)', 'Total']);
  });

  it('with no comments gives empty themes, (no theme) and Total', () => {
    expect(summary([], undefined, [['Delivery', 'delivery']])).toEqual([
      ['Delivery', 0, 0, 0, 0, ''],
      ['(no theme)', 0, 0, 0, 0, ''],
      ['Total', 0, 0, 0, 0, ''],
    ]);
  });
});

const VOCABULARY = ['delivery', 'Deliveries', 'late', 'courier', 'kurierem', 'dostawa', 'dostawie', 'staff', 'rude', 'price', 'ceny', 'on', 'time', 'the', 'app', 'się'];
const comment = fc.array(fc.tuple(fc.constantFrom(...VOCABULARY), fc.constantFrom(' ', ', ', '! ', '-')), { maxLength: 8 }).map((parts) => parts.map(([w, s]) => w + s).join(''));
const keyword = fc.oneof(
  fc.constantFrom(...VOCABULARY),
  fc.constantFrom(...VOCABULARY).map((w) => `${w.slice(0, 3)}*`),
  fc.tuple(fc.constantFrom(...VOCABULARY), fc.constantFrom(...VOCABULARY)).map(([a, b]) => `${a} ${b}`),
);
const themeRows = fc.uniqueArray(fc.tuple(fc.constantFrom('A', 'B', 'C', 'D', 'E'), fc.array(keyword, { minLength: 1, maxLength: 3 }).map((k) => k.join(', '))), { selector: ([name]) => name, maxLength: 5 });
const scoreList = (n: number) => fc.array(fc.oneof(fc.integer({ min: 0, max: 10 }), fc.constant(NaN)), { minLength: n, maxLength: n });

describe('summariseThemes properties', () => {
  it('a theme is mentioned by at most every comment (Total), and counts exactly the comments that alone mention it', () => {
    fc.assert(
      fc.property(fc.array(comment, { maxLength: 30 }), themeRows, (comments, themes) => {
        const rows = summary(comments, undefined, themes);
        const total = rows[rows.length - 1][1];
        expect(total).toBe(comments.length);
        for (const row of rows) expect(row[1]).toBeLessThanOrEqual(total);
        // Each comment counts in a theme exactly when the comment alone mentions it.
        const alone = comments.map((c) => summary([c], undefined, themes));
        for (const row of rows.slice(0, -1)) {
          const byComment = alone.map((one) => one.find((r) => r[0] === row[0])![1]);
          expect(row[1]).toBe(byComment.reduce((a, b) => a + b, 0));
        }
      }),
      { numRuns: 150 },
    );
  });

  it('adding a comment about something else changes no theme’s mentions', () => {
    fc.assert(
      fc.property(fc.array(comment, { maxLength: 30 }), themeRows, fc.nat(30), (comments, themes, at) => {
        const before = summary(comments, undefined, themes);
        const withUnrelated = [...comments];
        withUnrelated.splice(Math.min(at, comments.length), 0, 'Zebra umbrellas, quixotic!');
        const after = summary(withUnrelated, undefined, themes);
        const mentions = (rows: Row[]) => new Map(rows.slice(0, -2).map((r) => [r[0], r[1]]));
        expect(mentions(after)).toEqual(mentions(before));
        expect(after[after.length - 2][1]).toBe(before[before.length - 2][1] + 1); // (no theme)
        expect(after[after.length - 1][1]).toBe(before[before.length - 1][1] + 1); // Total
      }),
      { numRuns: 150 },
    );
  });

  it('class counts of a row add up to its scored mentions, and reordering comments changes no count', () => {
    fc.assert(
      fc.property(
        fc.array(comment, { minLength: 1, maxLength: 25 }).chain((comments) => fc.tuple(fc.constant(comments), scoreList(comments.length))),
        themeRows,
        ([comments, scores], themes) => {
          const rows = summary(comments, scores, themes);
          for (const [, mentions, promoters, passives, detractors] of rows) expect(promoters + passives + detractors).toBeLessThanOrEqual(mentions);
          const total = rows[rows.length - 1];
          expect(total[2] + total[3] + total[4]).toBe(scores.filter((s) => !Number.isNaN(s)).length);
          const reversed = summary([...comments].reverse(), [...scores].reverse(), themes);
          const counts = (rs: Row[]) => new Map(rs.map((r) => [r[0], r.slice(1, 5)]));
          expect(counts(reversed)).toEqual(counts(rows));
        },
      ),
      { numRuns: 150 },
    );
  });
});
