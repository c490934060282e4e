import { buildStakeholderMap } from '../../../src/core/stakeholders/stakeholderMap';
import { stakeholderMapLayout } from '../../../src/core/stakeholders/stakeholderMapLayout';
import { StakeholderRow } from '../../../src/core/stakeholders/stakeholdersTable';
import { LayoutBlock } from '../../../src/core/tabs/sheetLayout';

const row = (stakeholder: string, influence: number, interest: number, extra: Partial<StakeholderRow> = {}): StakeholderRow => ({ sheetRow: 2, stakeholder, influence, interest, ...extra });
const META = { source: 'Stakeholders!A1:H5', builtAt: new Date('2026-11-23T04:05:00Z') };
const values = (block: LayoutBlock) => block.cells.map((r) => r.map((cell) => cell.value));

const map = buildStakeholderMap([
  row('CFO', 5, 2, { department: 'Finance', attitude: 'opponent', expectations: 'Lower costs', nextStep: 'Show churn cost', owner: 'CX lead' }),
  row('=HYPERLINK("x")', 3, 3, { attitude: 'supporter' }),
  row('Store staff', 2, 4, { department: 'Retail', attitude: 'neutral' }),
]);

describe('stakeholderMapLayout', () => {
  const layout = stakeholderMapLayout(map, 'en', META);
  const [head, cells, table, data] = layout.blocks;

  it('starts with the generated-tab head', () => {
    expect(values(head)).toEqual([['Stakeholder map: who must back the CX programme'], [expect.stringMatching(/^Built 2026-11-23 04:05 UTC from Stakeholders!A1:H5/)]]);
  });

  it("lays Mendelow's 2×2 out as cells, each name followed by ▲ or ▼, its department beside it", () => {
    expect(cells.row).toBe(4);
    expect(values(cells)).toEqual([
      ['Influence × interest', null, null, null, null],
      ['Influence ↕  Interest ↔', 'Low interest (< 3)', null, 'High interest (≥ 3)', null],
      ['High influence (≥ 3)', 'Keep satisfied (1)', null, 'Manage closely (1)', null],
      [null, 'CFO ▼', 'Finance', '=HYPERLINK("x") ▲', null],
      ['Low influence (< 3)', 'Monitor (0)', null, 'Keep informed (1)', null],
      [null, '(none)', null, 'Store staff', 'Retail'],
      [expect.stringMatching(/^▲ supporter, ▼ opponent/), null, null, null, null],
      [expect.stringMatching(/split at 3/), null, null, null, null],
    ]);
  });

  it('writes the table with the exact header, in the map order, below the chart', () => {
    // The chart is as tall as the matrix, at least 15 rows (8 here): the table starts after them and a blank row.
    expect(table.row).toBe(4 + 15 + 1);
    expect(layout.charts[0].height).toBe(15 * 21);
    expect(values(table).slice(1)).toEqual([
      ['Stakeholder', 'Department', 'Influence', 'Interest', 'Quadrant', 'Attitude', 'Expectations', 'Next step', 'Owner'],
      ['=HYPERLINK("x")', null, 3, 3, 'Manage closely', 'Supporter', null, null, null],
      ['CFO', 'Finance', 5, 2, 'Keep satisfied', 'Opponent', 'Lower costs', 'Show churn cost', 'CX lead'],
      ['Store staff', 'Retail', 2, 4, 'Keep informed', 'Neutral', null, null, null],
    ]);
  });

  it('charts interest against influence, one series per attitude, the split lines at 3 across the 1–5 scales, from hidden columns', () => {
    // Right of the table (A–I) and a spare column, from row 4; those columns hidden.
    expect([data.row, data.column]).toEqual([4, 11]);
    expect(layout.hiddenColumns).toEqual([{ column: 11, columns: 6 }]);
    expect(values(data)).toEqual([
      ['Interest', 'Supporters', 'Neutral', 'Opponents', 'Interest split', 'Influence split'],
      [3, 3, null, null, null, null],
      [4, null, 2, null, null, null],
      [2, null, null, 5, null, null],
      [3, null, null, null, 1, null],
      [3, null, null, null, 5, null],
      [1, null, null, null, null, 3],
      [5, null, null, null, null, 3],
    ]);
    const [chart] = layout.charts;
    expect(chart).toMatchObject({ kind: 'scatter', lineSeries: [3, 4], xTitle: 'Interest (1–5)', yTitle: 'Influence (1–5)', anchorRow: 4, anchorColumn: 7 });
    expect(chart.domain).toEqual({ row: 4, column: 11, rows: 8, columns: 1 });
    expect(chart.series.map((s) => s.column)).toEqual([12, 13, 14, 15, 16]);
  });

  it('writes Polish words', () => {
    const pl = stakeholderMapLayout(map, 'pl', META);
    expect(values(pl.blocks[1])[2]).toEqual(['Duży wpływ (≥ 3)', 'Dbaj o zadowolenie (1)', null, 'Zarządzaj blisko (1)', null]);
    expect(values(pl.blocks[1])[4].slice(1, 4)).toEqual(['Monitoruj (0)', null, 'Informuj (1)']);
    expect(values(pl.blocks[2])[1]).toEqual(['Interesariusz', 'Dział', 'Wpływ', 'Zainteresowanie', 'Ćwiartka', 'Postawa', 'Oczekiwania', 'Następny krok', 'Właściciel']);
    expect(values(pl.blocks[2])[3].slice(4, 6)).toEqual(['Dbaj o zadowolenie', 'Przeciwnik']);
  });

  it('sizes every column of the table from its text, and formats the 1–5 scores as whole numbers', () => {
    expect(layout.columnWidths.map((w) => w.column)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(table.cells.slice(2).map((r) => [r[2].format?.numberFormat, r[3].format?.numberFormat])).toEqual([['0', '0'], ['0', '0'], ['0', '0']]);
  });
});
