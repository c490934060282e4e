import { TouchpointRow } from '../../../src/core/journey/touchpointsTable';
import { LEVEL_COLOURS } from '../../../src/core/journey/valuationGridLayout';
import { buildReverification } from '../../../src/core/reverification/reverification';
import { reverificationLayout, STATUS_FILLS } from '../../../src/core/reverification/reverificationLayout';
import { LayoutCell, SheetLayout } from '../../../src/core/tabs/sheetLayout';

function cellsOf(layout: SheetLayout): Map<string, LayoutCell> {
  const cells = new Map<string, LayoutCell>();
  for (const block of layout.blocks) block.cells.forEach((r, i) => r.forEach((cell, j) => cells.set(`${block.row + i},${block.column + j}`, cell)));
  return cells;
}

const row = (sheetRow: number, stage: string, touchpoint: string, path: string | undefined, valuation: number | undefined, extra: Partial<TouchpointRow> = {}): TouchpointRow => ({
  sheetRow, stage, touchpoint, path, valuation, target: undefined, momentOfTruth: false, effortPoint: false, reach: undefined, owner: undefined, ...extra,
});

/**
 *   touchpoint  path    before now │ change status
 *   Wi-Fi       —         +2    0  │  −2    Worse        (lost differentiator)
 *   =1+1        Online     0   −1  │  −1    Now negative
 *   Kiosk       Store      —   +1  │   —    New
 *   Leaflet     —         +1    —  │   —    Retired      (stage "Care" only before)
 */
const model = buildReverification(
  [row(2, 'Ride', 'Wi-Fi', undefined, 2), row(3, 'Ride', '=1+1', 'Online', 0), row(4, 'Care', 'Leaflet', undefined, 1, { owner: 'Print' })],
  [row(2, 'Ride', 'WI-FI', undefined, 0, { momentOfTruth: true, owner: 'IT' }), row(3, 'Ride', '=1+1', 'Online', -1, { effortPoint: true }), row(4, 'Ride', 'Kiosk', 'Store', 1)],
);
const builtAt = new Date(Date.UTC(2026, 11, 1, 9, 30));
const layout = reverificationLayout(model, 'en', { source: "'Touchpoints 2025'!A1:I4 (before) and Touchpoints!A1:I4 (now)", builtAt });
const cells = cellsOf(layout);
const at = (r: number, c: number) => cells.get(`${r},${c}`)?.value ?? null;
const rowValues = (r: number, from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => at(r, from + i));

describe('the Re-verification tab layout (DESIGN §4)', () => {
  it('starts with the title and the note naming both ranges', () => {
    expect(at(1, 1)).toBe('Re-verification of touchpoint valuations');
    expect(at(2, 1)).toBe(
      "Built 2026-12-01 09:30 UTC from 'Touchpoints 2025'!A1:I4 (before) and Touchpoints!A1:I4 (now) by CX Sheets. This tab is generated: rebuilding replaces it, so edit the source table, not this tab.",
    );
    expect([layout.frozenRows, layout.frozenColumns]).toEqual([2, 0]);
  });

  it('summarises counts per status, the differentiators lost, the touchpoints newly below 0 and the stage means', () => {
    expect([4, 5, 6].map((r) => rowValues(r, 1, 3))).toEqual([['Summary', null, null], ['Touchpoints before', 3, null], ['Touchpoints now', 3, null]]);
    expect([7, 8, 9, 10, 11, 12, 13].map((r) => rowValues(r, 1, 3))).toEqual([
      ['New', 1, 'only in now'],
      ['Retired', 1, 'only in before'],
      ['Not valued', 0, 'no valuation now'],
      ['Now negative', 1, 'newly below 0'],
      ['Worse', 1, 'valued lower than before'],
      ['Better', 0, 'valued higher than before'],
      ['Same', 0, 'valued as before'],
    ]);
    expect(cells.get('10,1')?.format?.background).toBe(STATUS_FILLS.nowNegative);
    expect(rowValues(14, 1, 3)).toEqual(['Differentiators lost (+2 before, now below +2)', 1, 'WI-FI: +2 → 0']);
    expect(rowValues(15, 1, 3)).toEqual(['Newly below 0', 1, '=1+1 (Online): 0 → −1']);
    expect(rowValues(16, 1, 4)).toEqual(['Mean valuation per stage', 'Before', 'Now', 'Change']);
    // Ride before (2 + 0)/2 = 1, now (0 − 1 + 1)/3 = 0; Care only before: 1.
    expect(rowValues(17, 1, 4)).toEqual(['Ride', 1, 0, -1]);
    expect(rowValues(18, 1, 4)).toEqual(['Care', 1, null, null]);
    expect(cells.get('17,2')?.format?.numberFormat).toBe('+0.00;-0.00;0.00');
  });

  it('lists a retired differentiator as retired', () => {
    const retired = buildReverification([row(2, 'Ride', 'Wi-Fi', undefined, 2)], []);
    const text = cellsOf(reverificationLayout(retired, 'en', { source: 'x', builtAt }));
    expect(text.get('14,3')?.value).toBe('Wi-Fi: +2 → retired');
  });

  it('has the table with its exact header, now\'s touchpoints first and the retired one last', () => {
    const headerRow = layout.charts[0].domain.row;
    expect(rowValues(headerRow - 1, 1, 1)).toEqual(['Touchpoints before and now, in journey order (retired ones last)']);
    expect(rowValues(headerRow, 1, 10)).toEqual(['Stage', 'Path', 'Touchpoint', 'Before', 'Now', 'Change', 'Status', 'Moment of truth', 'Effort point', 'Owner']);
    expect([1, 2, 3, 4].map((i) => rowValues(headerRow + i, 1, 10))).toEqual([
      ['Ride', 'All paths', 'WI-FI', 2, 0, -2, 'Worse', 'Yes', 'No', 'IT'],
      ['Ride', 'Online', '=1+1', 0, -1, -1, 'Now negative', 'No', 'Yes', null],
      ['Ride', 'Store', 'Kiosk', null, 1, null, 'New', 'No', 'No', null],
      ['Care', 'All paths', 'Leaflet', 1, null, null, 'Retired', 'No', 'No', 'Print'],
    ]);
    expect(cells.get(`${headerRow + 1},4`)?.format).toMatchObject({ numberFormat: '+0;-0;0', ...LEVEL_COLOURS[2] });
    expect(cells.get(`${headerRow + 2},7`)?.format?.background).toBe(STATUS_FILLS.nowNegative);
    expect(layout.rows).toBe(headerRow + 4);
  });

  it('draws a line chart of Before and Now along the touchpoints, from hidden copies of the table\'s columns', () => {
    const [chart] = layout.charts;
    const headerRow = chart.domain.row;
    expect(chart).toMatchObject({ kind: 'line', title: 'Valuations before and now along the journey', minValue: -2, maxValue: 2, anchorRow: 4, anchorColumn: 6 });
    // Touchpoint, Before and Now copied into hidden columns L–N (two right of the table's ten), beside the table's rows.
    expect(layout.hiddenColumns).toEqual([{ column: 12, columns: 3 }]);
    expect([chart.domain, ...chart.series]).toEqual([12, 13, 14].map((column) => ({ row: headerRow, column, rows: 5, columns: 1 })));
    // The table starts below the chart's rows (4 + 17) and the summary.
    expect(headerRow).toBe(4 + 17 + 2);
  });

  it('widens the label and touchpoint columns to their longest text', () => {
    const widths = Object.fromEntries(layout.columnWidths.map((w) => [w.column, w.width]));
    // "Differentiators lost (+2 before, now below +2)" is 46 characters: 46 × 7 + 16.
    expect(widths[1]).toBe(46 * 7 + 16);
    expect(widths[3]).toBe(140);
  });

  it('speaks Polish', () => {
    const pl = cellsOf(reverificationLayout(model, 'pl', { source: 'x', builtAt }));
    const headerRow = layout.charts[0].domain.row;
    expect(pl.get('1,1')?.value).toBe('Weryfikacja ocen punktów styku');
    expect(Array.from({ length: 10 }, (_, i) => pl.get(`${headerRow},${i + 1}`)?.value)).toEqual(['Etap', 'Ścieżka', 'Punkt styku', 'Wcześniej', 'Teraz', 'Zmiana', 'Status', 'Moment prawdy', 'Wysiłek klienta', 'Właściciel']);
    expect([7, 8, 9, 10, 11, 12, 13].map((r) => pl.get(`${r},1`)?.value)).toEqual(['Nowy', 'Wycofany', 'Nieoceniony', 'Teraz ujemny', 'Gorzej', 'Lepiej', 'Bez zmian']);
    expect(pl.get('14,3')?.value).toBe('WI-FI: +2 → 0');
    expect(pl.get(`${headerRow + 4},2`)?.value).toBe('Wszystkie ścieżki');
  });
});
