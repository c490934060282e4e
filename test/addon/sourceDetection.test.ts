// The sidebar's view of the spreadsheet, through dist/Code.js on the local runtime.
import { createWorkbook, loadAddon } from '../../local/runtime';

const TOUCHPOINTS = [['Stage', 'Touchpoint', 'Score'], ['Buy', 'Till', 1], ['Buy', 'Web', -1]];

describe('getSidebarContext', () => {
  it('lists the tables found on any tab, with their mapping, and the user locale', () => {
    const workbook = createWorkbook({ Notes: [['hello']], 'Q3 journey': TOUCHPOINTS, Answers: [['Data', 'NPS'], [null, 9]] });
    workbook.locale = 'pl_PL';
    const context = loadAddon(workbook).bundle.getSidebarContext();
    expect(context.locale).toBe('pl');
    expect(context.tabs).toEqual(['Notes', 'Q3 journey', 'Answers']);
    expect(context.sources.map((s: { kind: string; sheet: string; a1: string; rows: number; complete: boolean }) => [s.kind, s.sheet, s.a1, s.rows, s.complete])).toEqual([
      ['touchpoints', 'Q3 journey', "'Q3 journey'!A1:C3", 2, false],
      ['responses', 'Answers', 'Answers!A1:B2', 1, true],
    ]);
    expect(context.sources[0].columns.find((c: { key: string }) => c.key === 'valuation')).toEqual({ key: 'valuation', name: 'Valuation', required: true });
  });

  it('finds a Themes table by its English or Polish headers', () => {
    const workbook = createWorkbook({ Tematy: [['Temat', 'Słowa kluczowe'], ['Dostawa', 'dostawa, kurier'], ['Cena', 'cena']], Themes: [['Theme', 'Keywords'], ['Delivery', 'deliver*']] });
    const context = loadAddon(workbook).bundle.getSidebarContext();
    expect(context.sources.map((s: { kind: string; sheet: string; a1: string; rows: number; complete: boolean }) => [s.kind, s.sheet, s.a1, s.rows, s.complete])).toEqual([
      ['themes', 'Tematy', 'Tematy!A1:B3', 2, true],
      ['themes', 'Themes', 'Themes!A1:B2', 1, true],
    ]);
  });

  it('leaves out the tabs CX Sheets generated', () => {
    const addon = loadAddon(createWorkbook({ Touchpoints: [['Stage', 'Touchpoint', 'Valuation'], ['Buy', 'Till', 1]] }));
    expect(addon.bundle.buildValuationGrid({}).ok).toBe(true);
    expect(addon.bundle.getSidebarContext().sources.map((s: { sheet: string }) => s.sheet)).toEqual(['Touchpoints']);
  });
});

describe('detectSource', () => {
  it('maps a kind on the selection or on a tab the user picked', () => {
    const addon = loadAddon(createWorkbook({ Data: [['x', 'Project', 'Cost'], ['', 'Faster returns', 120]] }));
    addon.workbook.sheetNamed('Data').rangeAt(1, 2, 2, 2).activate();
    const onSelection = addon.bundle.detectSource('projects');
    // google.script.run sends an undefined argument as null.
    expect(addon.bundle.detectSource('projects', null)).toEqual(onSelection);
    expect([onSelection.a1, onSelection.complete, onSelection.rows]).toEqual(['Data!B1:C2', true, 1]);
    expect(addon.bundle.detectSource('touchpoints', 'Data').complete).toBe(false);
  });

  it('says what is wrong with an unknown kind or tab', () => {
    const addon = loadAddon(createWorkbook({ Data: [['x']] }));
    expect(() => addon.bundle.detectSource('people')).toThrow('detectSource: "people" is not one of touchpoints, projects, responses');
    expect(() => addon.bundle.detectSource('projects', 'Nope')).toThrow('The tab "Nope" is empty or is a tab CX Sheets generated.');
  });
});

describe('activateTab', () => {
  it('shows a tab, and says so when it has gone', () => {
    const addon = loadAddon(createWorkbook({ A: [], B: [] }));
    addon.bundle.activateTab('B');
    expect(addon.workbook.activeSheet?.getName()).toBe('B');
    expect(() => addon.bundle.activateTab('Valuation grid')).toThrow('There is no tab named "Valuation grid" any more; it may have been renamed or deleted.');
  });
});
