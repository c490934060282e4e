import { readReportResponses } from '../../../src/core/report/reportResponses';
import { civilFromDays, Period, periodStart } from '../../../src/core/survey/datePeriod';
import { PeriodCalendar } from '../../../src/core/survey/scoreGroups';
import { formatTableProblem } from '../../../src/core/tables/tableProblem';
import { SourceGrid } from '../../../src/core/tables/tableSchema';

const UTC: PeriodCalendar = {
  periodOf: (date: Date, period: Period) => periodStart(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), period),
  dateOf: (days: number) => {
    const { year, monthIndex, day } = civilFromDays(days);
    return new Date(Date.UTC(year, monthIndex, day));
  },
};
const grid = (sheet: string, values: unknown[][]): SourceGrid => ({ sheet, firstRow: 1, firstColumn: 1, values: values as never });
const date = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

describe('which headers are rating columns', () => {
  it('reads "Customer satisfaction" and "NPS rating" as the overall CSAT and NPS columns, not touchpoints', () => {
    const r = readReportResponses(grid('Responses', [['NPS rating', 'Customer satisfaction', 'CSAT Delivery'], [9, 4, 5], [3, 2, 1]]));
    expect(r.problems).toEqual([]);
    expect(r.responses!.headers).toEqual({ nps: 'NPS rating', csat: 'Customer satisfaction' });
    expect(Array.from(r.responses!.nps)).toEqual([9, 3]);
    expect(Array.from(r.responses!.csat!)).toEqual([4, 2]);
    expect(r.responses!.ratings.map((c) => c.name)).toEqual(['Delivery']);
  });

  it('leaves a rating word beside an overall measure or the customer unused, in English and Polish, instead of inventing a touchpoint', () => {
    const headers = ['NPS', 'Overall rating', 'Ocena ogólna', 'Total satisfaction', 'CES rating', 'Ocena Dostawa', 'Checkout satisfaction'];
    const r = readReportResponses(grid('Responses', [headers, [9, 4, 5, 3, 4, 5, 2]]));
    expect(r.problems).toEqual([]);
    expect(r.responses!.ratings.map((c) => [c.header, c.name])).toEqual([
      ['Ocena Dostawa', 'Dostawa'],
      ['Checkout satisfaction', 'Checkout'],
    ]);
    expect(r.responses!.unusedHeaders).toEqual(['Overall rating', 'Ocena ogólna', 'Total satisfaction', 'CES rating']);
  });

  it('takes "CSAT" as the overall CSAT beside "Customer satisfaction", which is then no touchpoint either', () => {
    const r = readReportResponses(grid('Responses', [['NPS', 'Customer satisfaction', 'CSAT'], [9, 4, 5]]));
    expect(r.problems).toEqual([]);
    expect(Array.from(r.responses!.csat!)).toEqual([5]);
    expect(r.responses!.ratings).toEqual([]);
    expect(r.responses!.unusedHeaders).toEqual(['Customer satisfaction']);
  });
});

describe('every problem in the build\'s language', () => {
  it('says in Polish that text is not a date', () => {
    const r = readReportResponses(grid('Odpowiedzi', [['Polecenie', 'Data'], [9, date(2025, 3, 1)], [7, '2025-03-10']]), { locale: 'pl' });
    expect(r.problems.map((p) => formatTableProblem(p, 'pl'))).toEqual(['Arkusz Odpowiedzi, wiersz 3, kolumna B (Data): "2025-03-10" nie jest datą; dozwolone: data albo puste pole']);
  });
});

describe('the span of the trend', () => {
  // Months from January 2026 to March 2110: 84 × 12 + 2 = 1,010 after the first, 1,011 periods.
  const rows = [
    ['Date', 'NPS'],
    [date(2026, 1, 10), 9],
    [date(2026, 2, 3), 7],
    [date(2110, 3, 5), 3], // 2026 mistyped
    [date(2130, 1, 1), ''], // no NPS answer: not in the trend
  ];

  it('stops a build whose dated answers span more than 1,000 periods, on the last date\'s row, naming the first', () => {
    const r = readReportResponses(grid('Responses', rows), { trend: { period: 'month', calendar: UTC } });
    expect(r.responses).toBeUndefined();
    expect(r.problems.map((p) => formatTableProblem(p))).toEqual([
      'Responses row 4, column A (Date): 2110-03-05 is 1,010 months after the first dated answer (2026-01-10, row 2); the trend holds at most 1,000; ' +
        'allowed: dates within 1,000 months (is this date mistyped?), or the period "quarter" or "year"',
    ]);
  });

  it('says it in Polish in a Polish build', () => {
    const r = readReportResponses(grid('Odpowiedzi', [['Data', 'Polecenie'], ...rows.slice(1)]), { trend: { period: 'month', calendar: UTC }, locale: 'pl' });
    expect(r.problems.map((p) => [p.row, p.column, p.header, p.value, p.problem, p.allowed])).toEqual([
      [
        4, 'A', 'Data', '2110-03-05', 'to 1010 miesięcy od pierwszej datowanej odpowiedzi (2026-01-10, wiersz 2); trend mieści najwyżej 1000',
        // The command line's --period words follow the Polish names.
        'daty w obrębie 1000 miesięcy (czy ta data nie ma literówki?), albo okres "kwartał" (quarter) albo "rok" (year)',
      ],
    ]);
  });

  it('lets the same dates through by quarter (337 periods), or when no trend is asked for', () => {
    expect(readReportResponses(grid('Responses', rows), { trend: { period: 'quarter', calendar: UTC } }).problems).toEqual([]);
    expect(readReportResponses(grid('Responses', rows)).problems).toEqual([]);
  });

  it('allows exactly 1,000 days', () => {
    // 2026-01-01 + 999 days = 2028-09-26 (2026: 365, 2027: 365, then 269 days into leap 2028: 31+29+31+30+31+30+31+31 = 244, + 25).
    const edge = (last: Date) => readReportResponses(grid('Responses', [['Date', 'NPS'], [date(2026, 1, 1), 9], [last, 8]]), { trend: { period: 'day', calendar: UTC } }).problems;
    expect(edge(date(2028, 9, 26))).toEqual([]);
    expect(edge(date(2028, 9, 27)).map((p) => p.problem)).toEqual(['is 1,000 days after the first dated answer (2026-01-01, row 2); the trend holds at most 1,000']);
  });
});
