/**
 * The Survey report build on the local runtime, through the built bundle: the number of
 * Spreadsheet service calls does not grow with the number of responses (DESIGN §7), and a
 * rebuild replaces the tab it made.
 */
import { gridAddon } from './cli/gridWorkbook';

jest.setTimeout(300_000);

const HEADER = ['Date', 'Channel', 'Segment', 'NPS', 'CES', 'CSAT', 'CSAT Delivery', 'Checkout', 'Comment'];
const TOUCHPOINTS = [['Stage', 'Touchpoint', 'Path', 'Valuation'], ['Buy', 'Delivery', '', -1], ['Buy', 'Checkout', '', 1]];
const COMMENTS = ['Delivery was late', 'Great staff', 'Price too high', ''];

/** n answers over a year, deterministic: scores cycle with different periods so ratings and NPS co-vary. */
function responses(n: number): unknown[][] {
  const rows: unknown[][] = [HEADER];
  for (let i = 0; i < n; i++) {
    const nps = (i * 7) % 11;
    rows.push([new Date(Date.UTC(2026, (i * 12) / n, 1 + (i % 28))), ['Online', 'Store'][i % 2], ['A', 'B', 'C'][i % 3], nps, 1 + (i % 7), 1 + (i % 5), 1 + Math.floor(nps / 2.2), 1 + ((i + nps) % 5), COMMENTS[i % 4]]);
  }
  return rows;
}

describe('Spreadsheet service calls per survey report (DESIGN §7)', () => {
  function callsFor(n: number): { build: Record<string, number>; rebuild: Record<string, number> } {
    const { addon } = gridAddon({ Responses: responses(n), Touchpoints: TOUCHPOINTS });
    const built = addon.bundle.buildSurveyReport();
    expect(built.ok).toBe(true);
    expect(built.counts.responses).toBe(n);
    const build = addon.calls.byMethod();
    addon.calls.reset();
    expect(addon.bundle.buildSurveyReport().replaced).toBe(true);
    return { build, rebuild: addon.calls.byMethod() };
  }

  it('makes the same calls for 1,000 and for 100,000 responses', () => {
    const small = callsFor(1000);
    const large = callsFor(100_000);
    expect(large).toEqual(small);
    expect(small.build['Range.getValues']).toBe(2); // one batched read each of Responses and Touchpoints
    expect(small.build['Sheet.hideColumns']).toBe(1); // the charts' data
  });

  it('rejects options that are not what the sidebar sends', () => {
    const { addon } = gridAddon({ Responses: responses(10) });
    expect(() => addon.bundle.buildSurveyReport({ scale: 6 })).toThrow('Survey report: scale 6; allowed: 5, 7, 10');
    expect(() => addon.bundle.buildSurveyReport({ period: 'decade' })).toThrow(/Survey report: period "decade"/);
  });
});

describe('the menu item', () => {
  it('Build survey report builds the tab and gives the NPS in a toast', () => {
    // 10 answers: nps = 7i mod 11 → 0, 7, 3, 10, 6, 2, 9, 5, 1, 8: promoters 10, 9; detractors
    // 0, 3, 6, 2, 5, 1 → NPS = 100 · (2 − 6) / 10 = −40.
    const { addon } = gridAddon({ Responses: responses(10) });
    addon.bundle.menuBuildSurveyReport();
    expect(addon.workbook.activeSheet?.getName()).toBe('Survey report');
    expect(addon.workbook.toasts[0].title).toBe('"Survey report" built');
    expect(addon.workbook.toasts[0].message).toMatch(/^10 responses from Responses!A1:I11: NPS −40 \(95%: /);
  });

  it('lists the problems in an alert, in Polish in a Polish spreadsheet', () => {
    const rows = responses(3);
    rows[2][6] = 7; // CSAT Delivery on 1–5, sheet row 3, column G
    const { addon } = gridAddon({ Odpowiedzi: rows }, 'pl_PL');
    addon.bundle.menuBuildSurveyReport();
    expect(addon.ui.alerts[0].title).toBe('Nie utworzono raportu z badania');
    expect(addon.ui.alerts[0].prompt).toContain('wiersz 3, kolumna G (CSAT Delivery): 7 nie jest oceną w skali 1–5');
  });
});

describe('the Touchpoints table as the sidebar maps it', () => {
  it('reads its Valuation from the column the user mapped, for the valuation check', () => {
    const scored = [['Stage', 'Touchpoint', 'Path', 'Score'], ['Buy', 'Delivery', '', -1], ['Buy', 'Checkout', '', 1]];
    const { addon } = gridAddon({ Responses: responses(30), Touchpoints: scored });
    const unmapped = addon.bundle.buildSurveyReport();
    expect(unmapped.ok).toBe(false);
    expect(unmapped.problems.map((p: { message: string }) => p.message)).toEqual([expect.stringMatching(/^Touchpoints row 1 \(Valuation\): no Valuation column/)]);
    const built = addon.bundle.buildSurveyReport({ touchpointsMapping: { valuation: 'Score' } });
    expect(built.ok).toBe(true);
    expect(built.source).toBe('Responses!A1:I31, Touchpoints!A1:D3');
  });

  it('refuses a mapping that is not an object of header names, as the other builds do', () => {
    const { addon } = gridAddon({ Responses: responses(10) });
    expect(() => addon.bundle.buildSurveyReport({ themesMapping: 'Keywords' })).toThrow(/Survey report: /);
  });
});

describe('a trend too long for one table', () => {
  it('is a listed problem before anything is written: a mistyped year by day is 2,926 days after the first answer', () => {
    // Row 2 is dated 2026-01-01 and the others later in 2026; row 6 (i = 4, NPS 6) mistyped as 2034-01-05.
    // 2026-01-01 → 2034-01-05: 8 years with the leap days of 2028 and 2032 = 2,922 days, + 4 = 2,926.
    const rows = responses(10);
    rows[5][0] = new Date(Date.UTC(2034, 0, 5));
    const { addon, spreadsheet } = gridAddon({ Responses: rows });
    const built = addon.bundle.buildSurveyReport({ period: 'day' });
    expect(built.ok).toBe(false);
    expect(built.problems.map((p: { message: string }) => p.message)).toEqual([
      'Responses row 6, column A (Date): 2034-01-05 is 2,926 days after the first dated answer (2026-01-01, row 2); the trend holds at most 1,000; ' +
        'allowed: dates within 1,000 days (is this date mistyped?), or the period "week" or "month"',
    ]);
    expect(spreadsheet.getSheets().map((sheet) => sheet.getName())).toEqual(['Responses']);
    // By month the same dates are 97 periods: the report is built.
    expect(addon.bundle.buildSurveyReport({ period: 'month' }).ok).toBe(true);
  });
});
