import { readTouchpoints } from '../../../src/core/journey/touchpointsTable';
import { readReportResponses, ReportResponses } from '../../../src/core/report/reportResponses';
import { buildSurveyReport, SurveyReportOptions } from '../../../src/core/report/surveyReport';
import { civilFromDays, Period, periodStart } from '../../../src/core/survey/datePeriod';
import { PeriodCalendar } from '../../../src/core/survey/scoreGroups';
import { readThemesTable } from '../../../src/core/themes/themesTable';
import { SourceGrid } from '../../../src/core/tables/tableSchema';

/** Days on the UTC calendar: what a spreadsheet in UTC shows. */
const UTC: PeriodCalendar = {
  periodOf: (date: Date, period: Period) => periodStart(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), period),
  dateOf: (days: number) => {
    const { year, monthIndex, day } = civilFromDays(days);
    return new Date(Date.UTC(year, monthIndex, day));
  },
};
const day = (m: number, d: number) => new Date(Date.UTC(2026, m - 1, d));
const grid = (sheet: string, values: unknown[][]): SourceGrid => ({ sheet, firstRow: 1, firstColumn: 1, values: values as never });

/**
 * Six answers worked by hand:
 *   row  date        segment  NPS  CSAT Delivery  Checkout  Returns satisfaction  comment
 *   2    2026-01-10  A        10   5              5         4                     Delivery late
 *   3    2026-01-20  A         9   4              5         5                     late again
 *   4    2026-02-05  A         8   3              4         3                     great staff
 *   5    2026-03-01  B         7   2              4         2                     (blank)
 *   6    2026-03-15  B         6   1              3         1                     Delivery fine
 *   7    2026-03-20  (blank)   0   (blank)        don't know 1                    staff rude
 */
const RESPONSES = [
  ['Date', 'Segment', 'NPS', 'CSAT Delivery', 'Checkout', 'Returns satisfaction', 'Comment', 'Notes'],
  [day(1, 10), 'A', 10, 5, 5, 4, 'Delivery late', ''],
  [day(1, 20), 'A', 9, 4, 5, 5, 'late again', ''],
  [day(2, 5), 'A', 8, 3, 4, 3, 'great staff', 'x'],
  [day(3, 1), 'B', 7, 2, 4, 2, '', ''],
  [day(3, 15), 'B', 6, 1, 3, 1, 'Delivery fine', ''],
  [day(3, 20), '', 0, '', "don't know", 1, 'staff rude', ''],
];
const TOUCHPOINTS = [
  ['Stage', 'Touchpoint', 'Path', 'Valuation'],
  ['Buy', 'Delivery', 'Online', -2],
  ['Buy', 'Delivery', 'Store', -1],
  ['Buy', 'Checkout', '', 1],
];
const THEMES = [
  ['Theme', 'Keywords'],
  ['Delivery', 'delivery'],
  ['Lateness', 'late'],
  ['Staff', 'staff'],
];

function read(rows: unknown[][] = RESPONSES): ReportResponses {
  const touchpoints = readTouchpoints(grid('Touchpoints', TOUCHPOINTS)).rows;
  const r = readReportResponses(grid('Responses', rows), { touchpointNames: touchpoints.map((t) => t.touchpoint) });
  expect(r.problems).toEqual([]);
  return r.responses!;
}

function options(): SurveyReportOptions {
  return {
    period: 'month',
    scale: 5,
    cesScale: 7,
    calendar: UTC,
    locale: 'en',
    touchpoints: readTouchpoints(grid('Touchpoints', TOUCHPOINTS)).rows,
    themes: readThemesTable(grid('Themes', THEMES)).themes,
  };
}

describe('the Responses table as the report reads it', () => {
  it('takes rating columns by header (a rating word before or after, or a touchpoint name) and leaves others unused', () => {
    const r = read();
    expect(r.ratings.map((c) => [c.header, c.name, c.column])).toEqual([
      ['CSAT Delivery', 'Delivery', 4],
      ['Checkout', 'Checkout', 5],
      ['Returns satisfaction', 'Returns', 6],
    ]);
    expect(r.unusedHeaders).toEqual(['Notes']);
    // "don't know" is no answer, as the custom functions read it.
    expect(Array.from(r.ratings[1].values)).toEqual([5, 5, 4, 4, 3, NaN]);
  });

  it('reads Polish headers and keeps a fixed column\'s own header (CSAT, Zadowolenie) as that column', () => {
    const r = readReportResponses(grid('Odpowiedzi', [['Data', 'Polecenie', 'Zadowolenie', 'Ocena Dostawa', 'Zadowolenie – Zwrot'], [day(1, 1), 9, 5, 4, 3]]), { locale: 'pl' });
    expect(r.problems).toEqual([]);
    expect(r.responses!.csat).toBeDefined();
    expect(r.responses!.ratings.map((c) => c.name)).toEqual(['Dostawa', 'Zwrot']);
  });

  it('lists every value off the scale with sheet, row, column letter and the user\'s header, and returns no data', () => {
    const rows = RESPONSES.map((row) => [...row]);
    rows[2][3] = 6; // CSAT Delivery on 1–5
    rows[4][5] = 0; // Returns satisfaction
    rows[5][2] = 11; // NPS
    const r = readReportResponses(grid('Responses', rows), {});
    expect(r.responses).toBeUndefined();
    expect(r.problems.map((p) => [p.sheet, p.row, p.column, p.header, p.value])).toEqual([
      ['Responses', 3, 'D', 'CSAT Delivery', '6'],
      ['Responses', 5, 'F', 'Returns satisfaction', '0'],
      ['Responses', 6, 'C', 'NPS', '11'],
    ]);
    // On a 1–7 scale, 6 is an answer.
    expect(readReportResponses(grid('Responses', RESPONSES.map((row, i) => (i === 2 ? [...row.slice(0, 3), 6, ...row.slice(4)] : row))), { scale: 7 }).problems).toEqual([]);
  });
});

describe('the survey report model', () => {
  const report = buildSurveyReport(read(), options());

  it('gives the NPS with its adjusted-Wald interval and the class shares', () => {
    const h = report.headline;
    // P = 2, passives 2, D = 2 of 6: NPS 0. Adjusted: p̃ = d̃ = 2.75 / 9 = 0.305556, centre 0,
    // variance p̃ + d̃ − 0 = 0.611111, margin = 1.959964 · 100 · √(0.611111 / 9) = 51.0724.
    expect(h.responses).toBe(6);
    expect(h.nps.nps).toBe(0);
    expect(h.nps.lower).toBeCloseTo(-51.0724, 3);
    expect(h.nps.upper).toBeCloseTo(51.0724, 3);
    expect([h.promoters, h.passives, h.detractors].map((x) => x.toFixed(4))).toEqual(['33.3333', '33.3333', '33.3333']);
    expect([h.firstDate, h.lastDate]).toEqual([day(1, 10), day(3, 20)]);
  });

  it('has NPS_TREND\'s rows by month', () => {
    // January 10, 9 → +100; February 8 → 0; March 7, 6, 0 → (0 − 2) / 3 = −66.67.
    expect(report.trend.map((r) => r.interval?.nps)).toEqual([100, 0, expect.closeTo(-66.6667, 3)]);
    expect(report.trend.map((r) => r.counts?.responses)).toEqual([2, 1, 3]);
    expect(report.trend[0].comparison).toBeUndefined();
    expect(report.trend[2].comparison?.difference).toBeCloseTo(-66.6667, 3);
  });

  it('tests each segment against the rest, and shows the blank group untested', () => {
    const [segments] = report.groups;
    expect(segments.rows.map((r) => [r.label, r.counts.responses, Number(r.interval.nps.toFixed(2))])).toEqual([
      ['A', 3, 66.67],
      ['B', 2, -50],
      ['(blank)', 1, -100],
    ]);
    // A (10, 9, 8) vs rest (7, 6, 0): p̃ = 2.75/6, d̃ = 0.75/6 → centre 1/3, variance 0.472222;
    // rest mirrored, centre −1/3; SE = √(2 · 0.472222 / 6) = 0.396746; z = 0.666667 / 0.396746
    // = 1.680334; p = 2 (1 − Φ(1.680334)) = 0.09289: not below 0.05, so no flag.
    expect(segments.rows[0].pValue).toBeCloseTo(0.09289, 4);
    expect(segments.rows[0].flag).toBeUndefined();
    expect(segments.rows[2].pValue).toBeUndefined();
  });

  it('gives each rating column CSAT %, Dissatisfied %, Mean, the suggested valuation and the check', () => {
    const byName = Object.fromEntries(report.touchpoints.map((t) => [t.name, t]));
    const delivery = byName.Delivery;
    // 5, 4, 3, 2, 1: 2 of 5 are 4–5 → 40%; Wilson: z²/n = 0.768301, centre (0.4 + 0.384151) /
    // 1.768301 = 0.443449, half = 1.959964 / 1.768301 · √(0.048 + 0.0384151) = 0.325830.
    expect(delivery.responses).toBe(5);
    expect(delivery.csat!.value).toBe(40);
    expect(delivery.csat!.lower).toBeCloseTo(11.7619, 3);
    expect(delivery.csat!.upper).toBeCloseTo(76.9279, 3);
    expect(delivery.dissatisfied).toBe(40); // 2 and 1
    expect(delivery.mean).toBe(3);
    // Valuation: mean of −2 (Online) and −1 (Store) = −1.5; suggested −2 + 4 · (3 − 1) / 4 = 0;
    // |0 − (−1.5)| ≥ 1 → "data suggest 0".
    expect(delivery.valuation).toBe(-1.5);
    expect(delivery.suggested).toBe(0);
    expect(delivery.check).toEqual({ suggestedLevel: 0, notValued: false });
    // Checkout: 5, 5, 4, 4, 3 → mean 4.2, suggested −2 + 4 · 3.2 / 4 = 1.2; valuation +1: within a level.
    expect(byName.Checkout.suggested).toBeCloseTo(1.2, 12);
    expect(byName.Checkout.dissatisfied).toBe(0);
    expect(byName.Checkout.check).toBeUndefined();
    // Returns: not in the Touchpoints table, so no valuation columns.
    expect(byName.Returns.matched).toBe(false);
    expect(byName.Returns.suggested).toBeUndefined();
  });

  it('rounds the suggested level halves away from zero, as Sheets\' ROUND, so mirror-image data get mirror-image checks', () => {
    // Means 1.5, 4.5, 2.5, 3.5 on 1–5 → suggested −2 + (mean − 1) = −1.5, +1.5, −0.5, +0.5.
    const mirrored = [['NPS', 'CSAT Low', 'CSAT High', 'CSAT MidLow', 'CSAT MidHigh']];
    for (let i = 0; i < 10; i++) mirrored.push([i, i % 2 ? 2 : 1, i % 2 ? 5 : 4, i % 2 ? 2 : 3, i % 2 ? 3 : 4] as never);
    const touchpoints = readTouchpoints(grid('Touchpoints', [['Stage', 'Touchpoint', 'Valuation'], ['S', 'Low', 0], ['S', 'High', 0], ['S', 'MidLow', 1], ['S', 'MidHigh', -1]])).rows;
    const r = readReportResponses(grid('Responses', mirrored), { touchpointNames: touchpoints.map((t) => t.touchpoint) }).responses!;
    const checks = buildSurveyReport(r, { ...options(), touchpoints, themes: undefined }).touchpoints.map((t) => [t.name, t.suggested, t.check?.suggestedLevel]);
    expect(Object.fromEntries(checks.map(([name, suggested, level]) => [name, [suggested, level]]))).toEqual({
      Low: [-1.5, -2],
      High: [1.5, 2],
      MidLow: [-0.5, -1],
      MidHigh: [0.5, 1],
    });
  });

  it('counts the themes overall and among detractors, with an example each', () => {
    // Delivery: rows 2, 6; Lateness: 2, 3; Staff: 4, 7 → 2 each of 5 comments, ties by name.
    expect(report.themes.overall.map((t) => [t.label, t.mentions, t.share, t.example])).toEqual([
      ['Delivery', 2, 40, 'Delivery late'],
      ['Lateness', 2, 40, 'Delivery late'],
      ['Staff', 2, 40, 'great staff'],
    ]);
    // Detractors (0–6): "Delivery fine" (6) and "staff rude" (0).
    expect(report.themes.detractors.map((t) => [t.label, t.mentions])).toEqual([
      ['Delivery', 1],
      ['Staff', 1],
    ]);
  });

  it('says why DRIVERS cannot run instead of leaving Importance % blank without a reason', () => {
    const few = read(RESPONSES.slice(0, 4));
    const model = buildSurveyReport(few, options());
    expect(model.driversProblem?.kind).toBe('tooFewRows');
    expect(model.touchpoints.every((t) => t.importance === undefined)).toBe(true);
  });
});
