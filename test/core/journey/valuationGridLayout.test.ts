import { CellArea, LayoutCell, SheetLayout } from '../../../src/core/tabs/sheetLayout';
import { TouchpointRow } from '../../../src/core/journey/touchpointsTable';
import { buildValuationGrid } from '../../../src/core/journey/valuationGrid';
import { LEVEL_COLOURS, stageRuns, valuationGridLayout } from '../../../src/core/journey/valuationGridLayout';
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
    expect(layout.frozenColumns).toBe(1);
  });

  it('draws one emotion-grid block per path, stage header merged over its touchpoints', () => {
    // Row 4: section title; rows 5–14: path Online; row 15 blank; rows 16–25: path Store.
    expect(at(4, 1)).toBe('Emotion grid');
    expect(at(5, 1)).toBe('Path: Online');
    expect(rowValues(6, 1, 4)).toEqual(['Stage', 'Before', null, 'Buy']);
    expect(rowValues(7, 1, 4)).toEqual(['Touchpoint', 'Ad', '=1+1', 'Checkout']);
    expect(rowValues(8, 1, 4)).toEqual(['Moment of truth', null, '★', null]);
    expect(rowValues(9, 1, 4)).toEqual(['Effort point', null, null, '★']);
    // Levels +2..−2 in rows 10–14. Ad: +1 and target +1 → ◉ at +1; "=1+1": −2, target 0;
    // Checkout: 0, target +2.
    expect([10, 11, 12, 13, 14].map((r) => at(r, 1))).toEqual([2, 1, 0, -1, -2]);
    expect([10, 11, 12, 13, 14].map((r) => rowValues(r, 2, 4))).toEqual([
      [null, null, '○'],
      ['◉', null, null],
      [null, '○', '●'],
      [null, null, null],
      [null, '●', null],
    ]);
    expect(at(16, 1)).toBe('Path: Store');
    expect(rowValues(18, 1, 3)).toEqual(['Touchpoint', 'Ad', 'Till']);
    // Stage runs of two touchpoints are merged (Before on Online); runs of one are not.
    expect(layout.merges).toEqual<CellArea[]>([{ row: 6, column: 2, rows: 1, columns: 2 }]);
  });

  it('fills the current cell with its level colour', () => {
    expect(cells.get('11,2')?.format?.background).toBe(LEVEL_COLOURS[1].background); // Ad at +1
    expect(cells.get('14,3')?.format?.background).toBe(LEVEL_COLOURS[-2].background); // "=1+1" at −2
    expect(cells.get('12,3')?.format?.background).toBeUndefined(); // a target is marked, not filled
    expect(new Set(Object.values(LEVEL_COLOURS).map((c) => c.background)).size).toBe(5);
  });

  it('has the table with its exact header, one row per touchpoint in journey order', () => {
    const headerRow = layout.charts[0].domain.row;
    expect(rowValues(headerRow, 1, 11)).toEqual(['Stage', 'Path', 'Touchpoint', 'Moment of truth', 'Effort point', 'Current', 'Target', 'Gap', 'Reach', 'Action', 'Owner']);
    expect(Array.from({ length: 11 }, (_, i) => cells.get(`${headerRow},${i + 1}`)?.format?.bold)).toEqual(Array(11).fill(true));
    expect([1, 2, 3, 4].map((i) => rowValues(headerRow + i, 1, 11))).toEqual([
      ['Before', 'All paths', 'Ad', 'No', 'No', 1, 1, 0, 0.5, 'Hold', 'Marketing'],
      ['Before', 'Online', '=1+1', 'Yes', 'No', -2, 0, 2, null, 'Fix', null],
      ['Buy', 'Online', 'Checkout', 'No', 'Yes', 0, 2, 2, null, 'Differentiate', null],
      ['Buy', 'Store', 'Till', 'No', 'No', null, null, null, null, 'Not valued', null],
    ]);
    expect(at(headerRow + 5, 1)).toBeNull();
    expect(cells.get(`${headerRow + 1},9`)?.format?.numberFormat).toBe('0%');
  });

  it('summarises beside a line chart of current and target along the journey', () => {
    const chart = layout.charts[0];
    const top = chart.anchorRow;
    expect(at(top, 1)).toBe('Summary');
    expect(rowValues(top + 1, 1, 2)).toEqual(['Touchpoints', 4]);
    expect([2, 3, 4, 5, 6].map((i) => rowValues(top + i, 1, 2))).toEqual([
      ['Valued +2', 0],
      ['Valued +1', 1],
      ['Valued 0', 1],
      ['Valued −1', 0],
      ['Valued −2', 1],
    ]);
    expect(rowValues(top + 7, 1, 2)).toEqual(['Not valued yet', 1]);
    expect(rowValues(top + 8, 1, 2)).toEqual(['To fix (valued below 0)', 1]);
    expect(rowValues(top + 9, 1, 3)).toEqual(['Differentiators (target above current)', 1, 'Checkout (Online): 0 → +2']);
    expect(rowValues(top + 10, 1, 3)).toEqual(['Negative moments of truth (biggest risk)', 1, '=1+1 (Online): −2']);
    expect(at(top + 11, 1)).toBe('Mean valuation per stage');
    // Before: (1 − 2) / 2 = −0.5; Buy: 0 / 1 = 0 (Till not valued).
    expect(rowValues(top + 12, 1, 3)).toEqual(['Before', -0.5, '2 of 2 valued']);
    expect(rowValues(top + 13, 1, 3)).toEqual(['Buy', 0, '1 of 2 valued']);
    expect(chart.title).toBe('Current vs target along the journey');
    // Domain: the Touchpoint column; lines: Current and Target, header cell included.
    expect([chart.domain, ...chart.series].map((area) => [at(area.row, area.column), area.rows])).toEqual([
      ['Touchpoint', 5],
      ['Current', 5],
      ['Target', 5],
    ]);
    expect(chart.anchorColumn).toBeGreaterThan(3); // right of the summary's three columns
  });

  it('writes every block as a rectangle, within the extent it declares', () => {
    for (const block of layout.blocks) {
      const width = block.cells[0].length;
      expect(block.cells.every((r) => r.length === width)).toBe(true);
      expect(block.row + block.cells.length - 1).toBeLessThanOrEqual(layout.rows);
      expect(block.column + width - 1).toBeLessThanOrEqual(layout.columns);
    }
  });

  it('speaks Polish in a Polish spreadsheet', () => {
    const pl = cellsOf(valuationGridLayout(grid, 'pl', { source: 'Punkty!A1:D5', builtAt }));
    const headerRow = layout.charts[0].domain.row; // same grid, same shape
    expect(Array.from({ length: 11 }, (_, i) => pl.get(`${headerRow},${i + 1}`)?.value)).toEqual([
      'Etap', 'Ścieżka', 'Punkt styku', 'Moment prawdy', 'Wysiłek klienta', 'Ocena', 'Cel', 'Luka', 'Zasięg', 'Działanie', 'Właściciel',
    ]);
    expect(pl.get(`${headerRow + 2},10`)?.value).toBe('Napraw');
    expect(pl.get('5,1')?.value).toBe('Ścieżka: Online');
    expect(VALUATION_GRID_TEXTS.pl.tabName).toBe('Siatka ocen');
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
