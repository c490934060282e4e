// End to end: the built dist/Code.js (what `clasp push` uploads) in the local runtime.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import fc from 'fast-check';
import { createWorkbook, DEFAULT_DIST, loadAddon } from '../../local/runtime';
import { readEntryPoints } from '../../scripts/lib/entryPoints';

describe('dist/Code.js in the local runtime', () => {
  it('onOpen builds the add-on menu, whose items name top-level functions of the bundle', () => {
    const addon = loadAddon(createWorkbook());
    addon.bundle.onOpen({ authMode: 'NONE' });
    expect(addon.ui.menus).toHaveLength(1);
    expect(addon.ui.menus[0].addon).toBe(true);
    expect(addon.ui.menus[0].items.length).toBeGreaterThan(0);
    for (const item of addon.ui.menus[0].items.filter((i) => !i.separator)) expect(typeof addon.bundle[item.functionName!]).toBe('function');
  });

  it('showSidebar serves dist/Sidebar.html', () => {
    const addon = loadAddon(createWorkbook());
    addon.bundle.showSidebar();
    expect(addon.ui.sidebars).toHaveLength(1);
    expect(addon.ui.sidebars[0].getContent()).toBe(readFileSync(path.join(DEFAULT_DIST, 'Sidebar.html'), 'utf8'));
    expect(addon.ui.sidebars[0].getTitle()).toBe('CX Sheets');
  });

  it('takes arrays and dates made in the bundle realm, as Apps Script takes the script data', () => {
    const addon = loadAddon(createWorkbook({ Sheet1: [['', '', '']] }));
    // Written from inside the bundle's own V8 context: its Array and Date, not the runtime's.
    vm.runInContext("SpreadsheetApp.getActiveSheet().getRange(1, 1, 1, 3).setValues([[1, 'x', new Date(Date.UTC(2026, 0, 5))]])", addon.context);
    const [row] = addon.workbook.getSheets()[0].getRange(1, 1, 1, 3).getValues();
    expect(row.slice(0, 2)).toEqual([1, 'x']);
    expect(Object.prototype.toString.call(row[2])).toBe('[object Date]');
    expect((row[2] as Date).getTime()).toBe(Date.UTC(2026, 0, 5));
  });

  it('registers exactly the custom functions the sources declare', () => {
    const declared = readEntryPoints().filter((entry) => entry.kind === 'custom').map((entry) => entry.name);
    expect([...loadAddon(createWorkbook()).customFunctions].sort()).toEqual([...declared].sort());
  });

  it('=NPS(B2:B) equals the COUNTIF formula and the direct call, for any column of scores', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.integer({ min: 0, max: 10 }), fc.constant(null), fc.constant('n/a')), { minLength: 1, maxLength: 60 }), (scores) => {
        fc.pre(scores.some((s) => typeof s === 'number'));
        const workbook = createWorkbook({
          Responses: [['NPS'], ...scores.map((s) => [s])],
          Metrics: [['=NPS(Responses!A2:A)', '=(COUNTIF(Responses!A2:A,">=9")-COUNTIF(Responses!A2:A,"<=6"))/COUNT(Responses!A2:A)*100']],
        });
        const addon = loadAddon(workbook);
        const metrics = workbook.sheetNamed('Metrics');
        const viaFormula = metrics.valueAt(1, 1) as number;
        expect(viaFormula).toBeCloseTo(metrics.valueAt(1, 2) as number, 9);
        expect(viaFormula).toBe(addon.bundle.NPS(scores.map((s) => [s ?? ''])));
      }),
      { numRuns: 15 },
    );
  });

  it('an impossible score shows #ERROR! with the function\'s message', () => {
    const workbook = createWorkbook({ Responses: [['NPS'], [9], [11]], Metrics: [['=NPS(Responses!A2:A)']] });
    loadAddon(workbook);
    expect(workbook.sheetNamed('Metrics').valueAt(1, 1)).toBe('#ERROR!');
    expect(workbook.sheetNamed('Metrics').errorMessageAt(1, 1)).toBe('NPS: 11 (row 2 of scores) is not a 0–10 score; allowed: whole numbers from 0 to 10');
  });
});
