import { CellArea, LayoutCell, SheetLayout, SPREADSHEET_CELL_LIMIT, tabCellCount } from '../../../src/core/tabs/sheetLayout';
import { textWidth } from '../../../src/core/tabs/columnWidths';
import { chartRangesInView, layoutProblems } from '../../helpers/layoutChecks';
import { TouchpointRow } from '../../../src/core/journey/touchpointsTable';
import { buildValuationGrid } from '../../../src/core/journey/valuationGrid';
import { GRID_LABEL_COLUMN, LEVEL_COLOURS, stageRuns, valuationGridLayout } from '../../../src/core/journey/valuationGridLayout';
import { VALUATION_GRID_TEXTS } from '../../../src/core/journey/valuationGridTexts';

/** The layout as one sparse sheet: "row,column" → cell. */
function cellsOf(layout: SheetLayout): Map<string, LayoutCell> {
  const cells = new Map<string, LayoutCell>();
  for (const block of layout.blocks) {
    block.cells.forEach((r, i) => r.forEach((cell, j) => cells.set(`${block.row + i},${block.column + j}`, cell)));
  }
  return cells;
}

const row = (sheetRow: number, stage: string, touchpoint: string, path: string | undefined, valuation: number | undefined, target?: number, extra: Partial<TouchpointRow> = {}): TouchpointRow => ({
  sheetRow, stage, touchpoint, path, valuation, target, momentOfTruth: false, effortPoint: false, reach: undefined, owner: undefined, ...extra,
});

// Three touchpoints, two paths; "Ad" has no path, so it is on both.
const grid = buildValuationGrid([
  row(2, 'Before', 'Ad', undefined, 1, undefined, { reach: 0.5, owner: 'Marketing' }),
  row(3, 'Before', '=1+1', 'Online', -2, undefined, { momentOfTruth: true }),
  row(4, 'Buy', 'Checkout', 'Online', 0, 2, { effortPoint: true }),
  row(5, 'Buy', 'Till', 'Store', undefined),
]);
const builtAt = new Date(Date.UTC(2026, 10, 23, 4, 5));
const layout = valuationGridLayout(grid, 'en', { source: 'Touchpoints!A1:I5', builtAt });
const cells = cellsOf(layout);
const at = (r: number, c: number) => cells.get(`${r},${c}`)?.value ?? null;
const rowValues = (r: number, from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => at(r, from + i));

describe('the Valuation grid tab layout (DESIGN §4)', () => {
  it('starts with a title and a note saying when and from which range it was built', () => {
    expect(at(1, 1)).toBe('Touchpoint valuation grid');
    expect(at(2, 1)).toBe('Built 2026-11-23 04:05 UTC from Touchpoints!A1:I5 by CX Sheets. This tab is generated: rebuilding replaces it, so edit the source table, not this tab.');
    expect(layout.frozenRows).toBe(2);
    expect(layout.frozenColumns).toBe(0);
  });

  it('draws the emotion grid in columns of its own (M on), one block per path, each stage named over its run', () => {
    // Column M (13): labels; N, O, P: touchpoints. Row 4: section title; rows 5–14: path
    // Online; row 15 blank; rows 16–25: path Store.
    expect(GRID_LABEL_COLUMN).toBe(13);
    expect(rowValues(4, 13, 14)).toEqual(['Emotion grid', '● current valuation   ○ target   ◉ current = target   ★ flagged']);
    expect(at(5, 13)).toBe('Path: Online');
    // No merges: "Before" runs on over the blank header cell of its run (O6), then "Buy".
    expect(rowValues(6, 13, 16)).toEqual(['Stage', 'Before', null, 'Buy']);
    expect(cells.get('6,15')?.format?.background).toBe(cells.get('6,14')?.format?.background);
    expect(layout.merges).toEqual([]);
    expect(rowValues(7, 13, 16)).toEqual(['Touchpoint', 'Ad', '=1+1', 'Checkout']);
    expect(rowValues(8, 13, 16)).toEqual(['Moment of truth', null, '★', null]);
    expect(rowValues(9, 13, 16)).toEqual(['Effort point', null, null, '★']);
    // Levels +2..−2 in rows 10–14. Ad: +1 and target +1 → ◉ at +1; "=1+1": −2, target 0;
    // Checkout: 0, target +2.
    expect([10, 11, 12, 13, 14].map((r) => at(r, 13))).toEqual([2, 1, 0, -1, -2]);
    expect([10, 11, 12, 13, 14].map((r) => rowValues(r, 14, 16))).toEqual([
      [null, null, '○'],
      ['◉', null, null],
      [null, '○', '●'],
      [null, null, null],
      [null, '●', null],
    ]);
    expect(rowValues(15, 13, 16)).toEqual([null, null, null, null]);
    expect(at(16, 13)).toBe('Path: Store');
    expect(rowValues(17, 13, 15)).toEqual(['Stage', 'Before', 'Buy']);
    expect(rowValues(18, 13, 15)).toEqual(['Touchpoint', 'Ad', 'Till']);
    // Nothing of the grid left of M, nothing of the table right of K.
    for (const key of cells.keys()) {
      const [r, col] = key.split(',').map(Number);
      if (r >= 36 && r <= 41 && cells.get(key)?.value !== null) expect(col).toBeLessThanOrEqual(11);
    }
  });

  it('fills the current cell with its level colour', () => {
    expect(cells.get('11,14')?.format?.background).toBe(LEVEL_COLOURS[1].background); // Ad at +1
    expect(cells.get('14,15')?.format?.background).toBe(LEVEL_COLOURS[-2].background); // "=1+1" at −2
    expect(cells.get('12,15')?.format?.background).toBeUndefined(); // a target is marked, not filled
    expect(new Set(Object.values(LEVEL_COLOURS).map((c) => c.background)).size).toBe(5);
  });

  it('has the table in columns A–K with its exact header, one row per touchpoint in journey order', () => {
    // Summary rows 4–17 (14 rows), a blank row, the chart's 16 rows (320 px ÷ 21 px) from
    // row 19, a blank row: the table's title at 36, its header at 37.
    expect(at(36, 1)).toBe('Touchpoints in journey order');
    expect(rowValues(37, 1, 11)).toEqual(['Stage', 'Path', 'Touchpoint', 'Moment of truth', 'Effort point', 'Current', 'Target', 'Gap', 'Reach', 'Action', 'Owner']);
    expect(Array.from({ length: 11 }, (_, i) => cells.get(`37,${i + 1}`)?.format?.bold)).toEqual(Array(11).fill(true));
    expect([38, 39, 40, 41].map((r) => rowValues(r, 1, 11))).toEqual([
      ['Before', 'All paths', 'Ad', 'No', 'No', 1, 1, 0, 0.5, 'Hold', 'Marketing'],
      ['Before', 'Online', '=1+1', 'Yes', 'No', -2, 0, 2, null, 'Fix', null],
      ['Buy', 'Online', 'Checkout', 'No', 'Yes', 0, 2, 2, null, 'Differentiate', null],
      ['Buy', 'Store', 'Till', 'No', 'No', null, null, null, null, 'Not valued', null],
    ]);
    expect(at(42, 1)).toBeNull();
    expect(cells.get('38,9')?.format?.numberFormat).toBe('0%');
    expect([6, 7, 8].map((col) => cells.get(`38,${col}`)?.format?.numberFormat)).toEqual(['+0;-0;0', '+0;-0;0', '+0;-0;0']);
  });

  it('shows a reach that is not a whole percent with its decimals, not rounded to "2%" or "0%"', () => {
    const reaches = [0.4, 0.015, 0.004, 0.995];
    const journey = buildValuationGrid(reaches.map((reach, i) => row(2 + i, 'Buy', `T${i}`, undefined, 0, undefined, { reach })));
    const table = cellsOf(valuationGridLayout(journey, 'en', { source: 'Touchpoints!A1:I5', builtAt }));
    const reachCells = [...table.values()].filter((cell) => typeof cell.value === 'number' && reaches.includes(cell.value as number) && cell.format?.numberFormat?.includes('%'));
    expect(reachCells.map((cell) => [cell.value, cell.format?.numberFormat])).toEqual([
      [0.4, '0%'],
      [0.015, '0.0#%'],
      [0.004, '0.0#%'],
      [0.995, '0.0#%'],
    ]);
  });

  it('summarises in A–C with formatted numbers, the line chart of current and target below it', () => {
    expect(at(4, 1)).toBe('Summary');
    expect(rowValues(5, 1, 2)).toEqual(['Touchpoints', 4]);
    expect([6, 7, 8, 9, 10].map((r) => rowValues(r, 1, 2))).toEqual([
      ['Valued +2', 0],
      ['Valued +1', 1],
      ['Valued 0', 1],
      ['Valued −1', 0],
      ['Valued −2', 1],
    ]);
    expect(rowValues(11, 1, 2)).toEqual(['Not valued yet', 1]);
    expect(rowValues(12, 1, 2)).toEqual(['To fix (valued below 0)', 1]);
    expect(rowValues(13, 1, 3)).toEqual(['Differentiators (target above current)', 1, 'Checkout (Online): 0 → +2']);
    expect(rowValues(14, 1, 3)).toEqual(['Negative moments of truth (biggest risk)', 1, '=1+1 (Online): −2']);
    expect(at(15, 1)).toBe('Mean valuation per stage');
    // Before: (1 − 2) / 2 = −0.5; Buy: 0 / 1 = 0 (Till not valued).
    expect(rowValues(16, 1, 3)).toEqual(['Before', -0.5, '2 of 2 valued']);
    expect(rowValues(17, 1, 3)).toEqual(['Buy', 0, '1 of 2 valued']);
    expect(cells.get('16,2')?.format?.numberFormat).toBe('+0.0;-0.0;0.0');
    expect(cells.get('5,2')?.format?.numberFormat).toBe('0');
    const [chart] = layout.charts;
    expect(chart).toMatchObject({ kind: 'line', title: 'Current vs target along the journey', anchorRow: 19, anchorColumn: 1, height: 320, minValue: -2, maxValue: 2 });
    // As wide as the table's columns A–K.
    expect(chart.width).toBe(layout.columnWidths.filter((w) => w.column <= 11).reduce((sum, w) => sum + w.width * w.columns, 0));
  });

  it('keeps the chart’s data in hidden columns right of the grid, not in view', () => {
    const [chart] = layout.charts;
    // The grid ends in P (16); one spare column, then R–T (18–20), hidden, from row 4.
    expect(layout.hiddenColumns).toEqual([{ column: 18, columns: 3 }]);
    expect([chart.domain, ...chart.series]).toEqual<CellArea[]>([18, 19, 20].map((column) => ({ row: 4, column, rows: 5, columns: 1 })));
    expect([4, 5, 6, 7, 8].map((r) => rowValues(r, 18, 20))).toEqual([
      ['Touchpoint', 'Current', 'Target'],
      ['Ad', 1, 1],
      ['=1+1', -2, 0],
      ['Checkout', 0, 2],
      ['Till', null, null],
    ]);
    expect(cells.get('6,19')?.format?.numberFormat).toBe('+0;-0;0');
    expect(chartRangesInView(layout)).toEqual([]);
  });

  it('sizes the table’s columns from their text and gives the grid’s touchpoints 100 px each', () => {
    const width = (column: number) => layout.columnWidths.find((w) => column >= w.column && column < w.column + w.columns)?.width;
    // Column A holds the widest label that must fit: "Negative moments of truth (biggest risk)", its count beside it.
    expect(width(1)).toBe(textWidth('Negative moments of truth (biggest risk)'));
    // Column C: "Checkout (Online): 0 → +2" runs on to D, which is empty… but C is the
    // summary's last column, so it holds its text; the table's "Touchpoint" header is narrower.
    expect(width(3)).toBe(textWidth('Checkout (Online): 0 → +2'));
    expect(width(12)).toBe(24); // the gap between table and grid
    expect([14, 15, 16].map(width)).toEqual([100, 100, 100]);
  });

  it('cuts no label off, hides nothing under the chart and formats every number, in English and Polish', () => {
    expect(layoutProblems(layout)).toEqual([]);
    expect(layoutProblems(valuationGridLayout(grid, 'pl', { source: 'Punkty!A1:D5', builtAt }))).toEqual([]);
  });

  it('writes every block as a rectangle, within the extent it declares', () => {
    for (const block of layout.blocks) {
      const width = block.cells[0].length;
      expect(block.cells.every((r) => r.length === width)).toBe(true);
      expect(block.row + block.cells.length - 1).toBeLessThanOrEqual(layout.rows);
      expect(block.column + width - 1).toBeLessThanOrEqual(layout.columns);
    }
    expect([layout.rows, layout.columns]).toEqual([41, 20]);
  });

  it('speaks Polish in a Polish spreadsheet', () => {
    const pl = cellsOf(valuationGridLayout(grid, 'pl', { source: 'Punkty!A1:D5', builtAt }));
    expect(Array.from({ length: 11 }, (_, i) => pl.get(`37,${i + 1}`)?.value)).toEqual([
      'Etap', 'Ścieżka', 'Punkt styku', 'Moment prawdy', 'Wysiłek klienta', 'Ocena', 'Cel', 'Luka', 'Zasięg', 'Działanie', 'Właściciel',
    ]);
    expect(pl.get('39,10')?.value).toBe('Napraw');
    expect(pl.get('5,13')?.value).toBe('Ścieżka: Online');
    expect(VALUATION_GRID_TEXTS.pl.tabName).toBe('Siatka ocen');
  });
});

describe('a long journey', () => {
  // 13 touchpoints on one path: stage A for the first 7, B for the last 6.
  const rows = Array.from({ length: 13 }, (_, i) => row(i + 2, i < 7 ? 'A' : 'B', `T${i + 1}`, undefined, 0));
  const long = valuationGridLayout(buildValuationGrid(rows), 'en', { source: 'Touchpoints!A1:I14', builtAt });
  const longCells = cellsOf(long);
  const value = (r: number, c: number) => longCells.get(`${r},${c}`)?.value ?? null;

  it('continues in a second band of the emotion grid, naming the stage again', () => {
    // Row 5: "Whole journey"; band 1: rows 6–14 (T1–T12 in N–Y); row 15 blank; band 2: rows 16–24.
    expect(value(5, 13)).toBe('Whole journey');
    expect(Array.from({ length: 13 }, (_, i) => value(6, 13 + i))).toEqual(['Stage', 'A', null, null, null, null, null, null, 'B', null, null, null, null]);
    expect(value(7, 25)).toBe('T12');
    expect([value(16, 13), value(16, 14), value(17, 14), value(17, 15)]).toEqual(['Stage', 'B', 'T13', null]);
    expect([value(20, 14), value(22, 14)]).toEqual([null, '◉']); // T13 at 0 = its default target: the third level row, 16 + 6
    expect(layoutProblems(long)).toEqual([]);
  });
});

describe('the size of the tab (Sheets holds at most 10,000,000 cells per spreadsheet)', () => {
  it('grows with the touchpoints, not their square: 3,500 touchpoints take 3,536 × 29 cells', () => {
    // One stage, no path, all at 0. Summary 13 rows (4–16); chart from 18 for 16 rows; table
    // title at 35, header 36, rows 37–3,536. Grid: 292 bands of 12 in M–Y; data in AA–AC.
    const rows = Array.from({ length: 3500 }, (_, i) => row(i + 2, 'S', `Touchpoint ${i + 1}`, undefined, 0));
    const big = valuationGridLayout(buildValuationGrid(rows), 'en', { source: 'Touchpoints!A1:I3501', builtAt });
    expect([big.rows, big.columns]).toEqual([3536, 29]);
    expect(tabCellCount(big)).toBe(3536 * 29);
    expect(tabCellCount(big)).toBeLessThan(SPREADSHEET_CELL_LIMIT / 50);
  });

  it('stays far under the limit when every touchpoint is on each of three paths', () => {
    // 3,500 touchpoints without a path, one on each of three paths: three blocks of 3,498.
    const rows = Array.from({ length: 3500 }, (_, i) => row(i + 2, 'S', `T${i + 1}`, i < 3 ? ['P1', 'P2', 'P3'][i] : undefined, 1));
    const big = valuationGridLayout(buildValuationGrid(rows), 'en', { source: 'Touchpoints!A1:I3501', builtAt });
    // From row 4: the grid's title row; per path a title row and 292 bands of 9 rows with
    // 291 blank rows between; a blank row between paths. That is below the table (3,536).
    expect(big.rows).toBe(4 + 1 + 3 * (1 + 292 * 9 + 291) + 2 - 1);
    expect(tabCellCount(big)).toBe(big.rows * 29);
    expect(tabCellCount(big)).toBeLessThan(SPREADSHEET_CELL_LIMIT / 30);
  });
});

describe('stageRuns', () => {
  it('keeps one run, under its first spelling, for a stage written in several ways', () => {
    // The model groups "Buy", "buy " and "BUY" as one stage; the merged header must agree.
    expect(stageRuns([{ stage: 'Before' }, { stage: 'Buy' }, { stage: 'buy ' }, { stage: 'BUY' }, { stage: 'After' }])).toEqual([
      { stage: 'Before', start: 0, length: 1 },
      { stage: 'Buy', start: 1, length: 3 },
      { stage: 'After', start: 4, length: 1 },
    ]);
  });
});
