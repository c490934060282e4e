import { GENERATED_TAB_KEY } from '../../src/sheets/generatedTab';
import { activateTab, HEAD_ROWS, readSelectionHead, readTabHeads } from '../../src/sheets/tabHeads';
import { useLocalServices } from './localServices';

describe('readTabHeads', () => {
  it('reads the top rows of every tab with data, skipping empty and generated tabs, with one getValues per tab', () => {
    const long = [['Stage', 'Touchpoint', 'Valuation'], ...Array.from({ length: 50 }, (_, i) => ['Buy', `T${i}`, 0])];
    const { addon, spreadsheet } = useLocalServices({ Empty: [], Journey: long, Grid: [['built']] });
    const grid = spreadsheet.getSheetByName('Grid')!;
    grid.addDeveloperMetadata(GENERATED_TAB_KEY, JSON.stringify({ kind: 'valuation-grid', sheetId: grid.getSheetId() }));
    addon.calls.reset();
    const heads = readTabHeads(spreadsheet);
    expect(heads.map((h) => [h.grid.sheet, h.a1, h.lastRow, h.grid.values.length])).toEqual([['Journey', 'Journey!A1:C51', 51, HEAD_ROWS]]);
    expect(heads[0].grid.values[0]).toEqual(['Stage', 'Touchpoint', 'Valuation']);
    expect(addon.calls.byMethod()['Range.getValues']).toBe(1);
  });
});

describe('readSelectionHead', () => {
  it('reads the selected range, or the whole table of the tab when one cell is selected', () => {
    const { addon, spreadsheet } = useLocalServices({ Data: [['', '', ''], ['', 'Stage', 'Touchpoint'], ['', 'Buy', 'Till']] });
    addon.workbook.sheetNamed('Data').rangeAt(2, 2, 2, 2).activate();
    const selected = readSelectionHead(spreadsheet)!;
    expect([selected.a1, selected.grid.firstRow, selected.grid.firstColumn, selected.lastRow]).toEqual(['Data!B2:C3', 2, 2, 3]);
    addon.workbook.sheetNamed('Data').rangeAt(3, 3).activate();
    expect(readSelectionHead(spreadsheet)!.a1).toBe('Data!A1:C3');
  });
});

describe('activateTab', () => {
  it('shows the tab of that name, or says there is none', () => {
    const { addon, spreadsheet } = useLocalServices({ A: [], B: [] });
    expect(activateTab(spreadsheet, 'B')).toBe(true);
    expect(addon.workbook.activeSheet?.getName()).toBe('B');
    expect(activateTab(spreadsheet, 'C')).toBe(false);
    expect(addon.workbook.activeSheet?.getName()).toBe('B');
  });
});
