import { RESPONSES_SCHEMA } from '../../../src/core/survey/responsesTable';
import { readTable } from '../../../src/core/tables/tableSchema';

const grid = (values: unknown[][]) => ({ sheet: 'Responses', firstRow: 1, firstColumn: 1, values: values as never });

describe('the Responses table', () => {
  it('reads English and Polish headers, NPS the only required column', () => {
    const read = readTable(RESPONSES_SCHEMA, grid([['Data', 'Kanał', 'NPS', 'CES', 'Zadowolenie', 'Komentarz'], [new Date(Date.UTC(2026, 0, 5)), 'Sklep', 9, 6, 4, 'ok']]));
    expect(read.problems).toEqual([]);
    expect(read.columns).toEqual({ date: 1, channel: 2, nps: 3, ces: 4, csat: 5, comment: 6 });
    expect(read.rows[0].record).toMatchObject({ channel: 'Sklep', nps: 9, ces: 6, csat: 4, comment: 'ok' });
  });

  it('needs an NPS column', () => {
    const read = readTable(RESPONSES_SCHEMA, grid([['Date', 'Comment'], ['', 'fine']]));
    expect(read.problems.map((p) => p.header)).toEqual(['NPS']);
  });

  it('reports an NPS of 11 and a date column holding text, with what is allowed', () => {
    const read = readTable(RESPONSES_SCHEMA, grid([['Date', 'NPS'], ['yesterday', 11]]));
    expect(read.problems.map((p) => [p.row, p.column, p.value, p.problem, p.allowed])).toEqual([
      [2, 'A', '"yesterday"', 'is not a date', 'a date, or blank'],
      [2, 'B', '11', 'is not a 0–10 NPS score', 'a whole score from 0 to 10, or blank'],
    ]);
  });
});
