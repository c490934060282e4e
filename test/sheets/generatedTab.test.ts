import { SheetLayout } from '../../src/core/tabs/sheetLayout';
import { findGeneratedTab, freeTabName, GENERATED_TAB_KEY, writeGeneratedTab } from '../../src/sheets/generatedTab';
import { useLocalServices } from './localServices';

const layout = (text: string, extra: Partial<SheetLayout> = {}): SheetLayout => ({
  blocks: [{ row: 1, column: 1, cells: [[{ value: text }]] }],
  merges: [],
  columnWidths: [],
  frozenRows: 0,
  frozenColumns: 0,
  charts: [],
  rows: 1,
  columns: 1,
  ...extra,
});
const mark = (sourceSheet = 'Touchpoints', kind = 'valuation-grid') => ({ kind, source: `${sourceSheet}!A1:B2`, sourceSheet, builtAt: '2026-11-23T04:00:00.000Z' });
/** What a build leaves on `sheet`: the mark with that tab's own id. */
const stamp = (sheet: GoogleAppsScript.Spreadsheet.Sheet, value = mark()) =>
  sheet.addDeveloperMetadata(GENERATED_TAB_KEY, JSON.stringify({ ...value, sheetId: sheet.getSheetId() }));
const names = (spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet) => spreadsheet.getSheets().map((s) => s.getName());

describe('freeTabName', () => {
  it('takes the name, else the first free "name (n)"', () => {
    const { spreadsheet } = useLocalServices({ Grid: [], 'Grid (2)': [] });
    expect(freeTabName(spreadsheet, 'Matrix')).toBe('Matrix');
    expect(freeTabName(spreadsheet, 'Grid')).toBe('Grid (3)');
  });
});

describe('findGeneratedTab', () => {
  it('finds only a tab marked with the same kind and source sheet', () => {
    const { spreadsheet } = useLocalServices({ Touchpoints: [], A: [], B: [], C: [], D: [] });
    const sheet = (name: string) => spreadsheet.getSheetByName(name)!;
    stamp(sheet('A'), mark('Touchpoints', 'cost-matrix'));
    stamp(sheet('B'), mark('Touchpoints 2025'));
    sheet('C').addDeveloperMetadata(GENERATED_TAB_KEY, 'not JSON');
    expect(findGeneratedTab(spreadsheet, 'valuation-grid', 'Touchpoints')).toBeUndefined();
    stamp(sheet('D'));
    expect(findGeneratedTab(spreadsheet, 'valuation-grid', 'Touchpoints')?.getName()).toBe('D');
  });

  it('never offers the source tab itself for replacement, whatever its mark says', () => {
    const { spreadsheet } = useLocalServices({ Touchpoints: [] });
    stamp(spreadsheet.getSheetByName('Touchpoints')!);
    expect(findGeneratedTab(spreadsheet, 'valuation-grid', 'Touchpoints')).toBeUndefined();
  });

  it('takes a mark copied onto another tab (a duplicated tab) for the user\'s, not ours', () => {
    const { spreadsheet } = useLocalServices({ Touchpoints: [], Grid: [], 'Copy of Grid': [] });
    const grid = spreadsheet.getSheetByName('Grid')!;
    stamp(grid);
    // What Sheets' "Duplicate" may carry over: the very same metadata value, naming Grid's id.
    spreadsheet.getSheetByName('Copy of Grid')!.addDeveloperMetadata(GENERATED_TAB_KEY, grid.getDeveloperMetadata()[0].getValue()!);
    expect(findGeneratedTab(spreadsheet, 'valuation-grid', 'Touchpoints')?.getName()).toBe('Grid');
    spreadsheet.deleteSheet(grid);
    expect(findGeneratedTab(spreadsheet, 'valuation-grid', 'Touchpoints')).toBeUndefined();
  });
});

describe('writeGeneratedTab', () => {
  it('adds a marked tab at the end', () => {
    const { spreadsheet } = useLocalServices({ Touchpoints: [], Other: [] });
    expect(writeGeneratedTab(spreadsheet, { mark: mark(), name: 'Grid', layout: layout('first') })).toEqual({ tabName: 'Grid', replaced: false, nameTakenBy: undefined });
    expect(names(spreadsheet)).toEqual(['Touchpoints', 'Other', 'Grid']);
    const grid = spreadsheet.getSheetByName('Grid')!;
    expect(grid.getRange('A1').getValue()).toBe('first');
    // The mark records the name the build gave the tab, to tell a user's rename later.
    expect(grid.getDeveloperMetadata().map((m) => [m.getKey(), JSON.parse(m.getValue()!)])).toEqual([[GENERATED_TAB_KEY, { ...mark(), sheetId: grid.getSheetId(), tabName: 'Grid' }]]);
  });

  it('takes the name of the build’s language when rebuilt in the other language, replacing the old tab', () => {
    const { spreadsheet } = useLocalServices({ Touchpoints: [], Other: [] });
    writeGeneratedTab(spreadsheet, { mark: mark(), name: 'Valuation grid', layout: layout('en') });
    expect(writeGeneratedTab(spreadsheet, { mark: mark(), name: 'Siatka ocen', layout: layout('pl') })).toEqual({ tabName: 'Siatka ocen', replaced: true, nameTakenBy: undefined });
    expect(names(spreadsheet)).toEqual(['Touchpoints', 'Other', 'Siatka ocen']);
    expect(spreadsheet.getSheetByName('Siatka ocen')!.getRange('A1').getValue()).toBe('pl');
    // And back: the Polish tab is replaced by the English one, in its place.
    expect(writeGeneratedTab(spreadsheet, { mark: mark(), name: 'Valuation grid', layout: layout('en again') }).tabName).toBe('Valuation grid');
    expect(names(spreadsheet)).toEqual(['Touchpoints', 'Other', 'Valuation grid']);
  });

  it('goes round a user tab holding the other language’s name', () => {
    const { spreadsheet } = useLocalServices({ Touchpoints: [], 'Siatka ocen': [['mine']] });
    writeGeneratedTab(spreadsheet, { mark: mark(), name: 'Valuation grid', layout: layout('en') });
    expect(writeGeneratedTab(spreadsheet, { mark: mark(), name: 'Siatka ocen', layout: layout('pl') })).toEqual({ tabName: 'Siatka ocen (2)', replaced: true, nameTakenBy: 'Siatka ocen' });
    expect(names(spreadsheet)).toEqual(['Touchpoints', 'Siatka ocen', 'Siatka ocen (2)']);
    expect(spreadsheet.getSheetByName('Siatka ocen')!.getRange('A1').getValue()).toBe('mine');
  });

  it('keeps a name the user gave the tab, in any language', () => {
    const { spreadsheet } = useLocalServices({ Touchpoints: [] });
    writeGeneratedTab(spreadsheet, { mark: mark(), name: 'Valuation grid', layout: layout('en') });
    spreadsheet.getSheetByName('Valuation grid')!.setName('Board grid');
    expect(writeGeneratedTab(spreadsheet, { mark: mark(), name: 'Siatka ocen', layout: layout('pl') })).toEqual({ tabName: 'Board grid', replaced: true, nameTakenBy: undefined });
    expect(names(spreadsheet)).toEqual(['Touchpoints', 'Board grid']);
  });

  it('replaces an earlier build where it is, keeping its name when its mark records none (built before names were recorded)', () => {
    const { spreadsheet } = useLocalServices({ 'Board grid': [['old']], Touchpoints: [], Other: [] });
    stamp(spreadsheet.getSheetByName('Board grid')!);
    expect(writeGeneratedTab(spreadsheet, { mark: mark(), name: 'Grid', layout: layout('second') })).toEqual({ tabName: 'Board grid', replaced: true, nameTakenBy: undefined });
    expect(names(spreadsheet)).toEqual(['Board grid', 'Touchpoints', 'Other']);
    const grid = spreadsheet.getSheetByName('Board grid')!;
    expect(grid.getRange('A1').getValue()).toBe('second');
    expect(grid.getDeveloperMetadata()).toHaveLength(1);
  });

  it('goes round a user tab with the wanted name', () => {
    const { spreadsheet } = useLocalServices({ Touchpoints: [], Grid: [['mine']] });
    expect(writeGeneratedTab(spreadsheet, { mark: mark(), name: 'Grid', layout: layout('x') })).toEqual({ tabName: 'Grid (2)', replaced: false, nameTakenBy: 'Grid' });
    expect(spreadsheet.getSheetByName('Grid')!.getRange('A1').getValue()).toBe('mine');
  });

  it('keeps the earlier build and removes the half-written tab when writing fails', () => {
    const { spreadsheet } = useLocalServices({ Touchpoints: [] });
    writeGeneratedTab(spreadsheet, { mark: mark(), name: 'Grid', layout: layout('good') });
    // A merge far outside the tab's size makes the write fail after the values are in.
    const broken = layout('bad', { merges: [{ row: 5000, column: 1, rows: 1, columns: 2 }] });
    expect(() => writeGeneratedTab(spreadsheet, { mark: mark(), name: 'Grid', layout: broken })).toThrow();
    expect(names(spreadsheet)).toEqual(['Touchpoints', 'Grid']);
    expect(spreadsheet.getSheetByName('Grid')!.getRange('A1').getValue()).toBe('good');
  });
});
