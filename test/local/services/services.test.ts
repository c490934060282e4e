import { formatDate } from '../../../local/services/utilities';
import { messageOf, probeAddon, spreadsheetApp } from '../helpers';

describe('service-call counting and the not-implemented guard', () => {
  it('counts each call the bundle makes, by Class.method, and not the runtime\'s own work', () => {
    const addon = probeAddon({ Tab: [['x']] });
    expect(addon.bundle.activeName()).toBe('Tab');
    expect(addon.calls.calls).toEqual(['SpreadsheetApp.getActiveSheet', 'Sheet.getName']);
    const sheet = spreadsheetApp(addon).getActiveSheet();
    sheet.getRange(1, 1, 2, 2).setValues([[1, 2], [3, 4]]);
    expect(addon.calls.byMethod()).toEqual({ 'SpreadsheetApp.getActiveSheet': 2, 'Sheet.getName': 1, 'Sheet.getRange': 1, 'Range.setValues': 1 });
    expect(addon.calls.count).toBe(5);
  });

  it('throws "not implemented in the local runtime" for a member it does not emulate', () => {
    const addon = probeAddon({ Tab: [] });
    const sheet = spreadsheetApp(addon).getActiveSheet();
    expect(messageOf(() => sheet.getRange('A1').createFilter())).toBe('not implemented in the local runtime: Range.createFilter');
    expect(messageOf(() => (spreadsheetApp(addon) as any).openById('x'))).toBe('not implemented in the local runtime: SpreadsheetApp.openById');
  });
});

describe('LockService', () => {
  it('serialises: while one lock holds the document, another cannot take it until released', () => {
    const addon = probeAddon({ Tab: [] });
    const LockService = addon.globals.LockService as GoogleAppsScript.Lock.LockService;
    const first = LockService.getDocumentLock();
    const second = LockService.getDocumentLock();
    first.waitLock(30000);
    expect(first.hasLock()).toBe(true);
    expect(second.tryLock(1000)).toBe(false);
    expect(messageOf(() => second.waitLock(1000))).toBe('Lock timeout: another process was holding the lock for too long.');
    first.releaseLock();
    expect(second.tryLock(1000)).toBe(true);
    expect(addon.lockService.documentLockHeld()).toBe(true);
    second.releaseLock();
    expect(addon.lockService.documentLockHeld()).toBe(false);
  });
});

describe('developer metadata', () => {
  it('marks sheets and the spreadsheet and is found by key and value', () => {
    const addon = probeAddon({ Grid: [], Mine: [] });
    const ss = spreadsheetApp(addon).getActive();
    ss.getSheetByName('Grid')!.addDeveloperMetadata('cx-sheets:generated', 'valuation-grid');
    ss.getSheetByName('Mine')!.addDeveloperMetadata('other', 'valuation-grid');
    ss.addDeveloperMetadata('cx-sheets:version', '1');
    const found = ss.createDeveloperMetadataFinder().withKey('cx-sheets:generated').withValue('valuation-grid').find();
    expect(found.map((m) => m.getLocation().getSheet()!.getName())).toEqual(['Grid']);
    expect(ss.getDeveloperMetadata().map((m) => m.getKey())).toEqual(['cx-sheets:version']);
    expect(ss.getSheetByName('Mine')!.createDeveloperMetadataFinder().withValue('valuation-grid').find()).toHaveLength(1);
    found[0].remove();
    expect(ss.createDeveloperMetadataFinder().withKey('cx-sheets:generated').find()).toHaveLength(0);
  });
});

describe('charts, rules, protection, named ranges', () => {
  it('keeps an embedded chart built with the builder', () => {
    const addon = probeAddon({ Grid: [['Touchpoint', 'Current'], ['Web', -1]] });
    const app = spreadsheetApp(addon);
    const Charts = addon.globals.Charts as typeof GoogleAppsScript.Charts;
    const sheet = app.getActiveSheet();
    const chart = sheet.newChart().setChartType(Charts.ChartType.LINE).addRange(sheet.getRange('A1:B2')).setPosition(2, 5, 0, 0).setOption('title', 'Journey').build();
    sheet.insertChart(chart);
    expect(sheet.getCharts()).toHaveLength(1);
    expect(sheet.getCharts()[0].getRanges()[0].getA1Notation()).toBe('A1:B2');
    expect(sheet.getCharts()[0].getOptions().get('title')).toBe('Journey');
    sheet.removeChart(sheet.getCharts()[0]);
    expect(sheet.getCharts()).toHaveLength(0);
  });

  it('builds typed charts (asScatterChart…) whose setters become chart options', () => {
    const addon = probeAddon({ Matrix: [['Cost', 'Impact'], [10, 2]] });
    const sheet = spreadsheetApp(addon).getActiveSheet();
    sheet.insertChart(sheet.newChart().asScatterChart().setTitle('Cost vs impact').setXAxisTitle('Cost').setYAxisTitle('Impact').addRange(sheet.getRange('A1:B2')).setPosition(1, 4, 0, 0).build());
    const chart = addon.workbook.sheetNamed('Matrix').charts[0];
    expect(chart.chartType).toBe('SCATTER');
    expect(chart.options).toEqual({ title: 'Cost vs impact', 'hAxis.title': 'Cost', 'vAxis.title': 'Impact' });
    expect(chart.describe()).toBe('SCATTER chart from Matrix!A1:B2 "Cost vs impact"');
    expect(chart.describe('pl')).toBe('wykres punktowy z Matrix!A1:B2 „Cost vs impact”');
  });

  it('moves the active tab', () => {
    const addon = probeAddon({ A: [], B: [], C: [] });
    const ss = spreadsheetApp(addon).getActive();
    ss.setActiveSheet(ss.getSheetByName('C')!);
    ss.moveActiveSheet(1);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['C', 'A', 'B']);
  });

  it('keeps conditional-format and data-validation rules, protection and named ranges', () => {
    const addon = probeAddon({ Grid: [] });
    const app = spreadsheetApp(addon);
    const ss = app.getActive();
    const sheet = ss.getActiveSheet();
    const range = sheet.getRange('B2:B10');
    sheet.setConditionalFormatRules([app.newConditionalFormatRule().whenNumberLessThan(0).setBackground('#f4cccc').setRanges([range]).build()]);
    expect(sheet.getConditionalFormatRules()[0].getRanges()[0].getA1Notation()).toBe('B2:B10');
    range.setDataValidation(app.newDataValidation().requireValueInList(['hard', 'soft']).build());
    expect(sheet.getRange('B5').getDataValidation()!.getCriteriaValues()).toEqual([['hard', 'soft'], true]);
    expect(sheet.getRange('B5').getDataValidation()!.getCriteriaType()).toBe('VALUE_IN_LIST');
    const protection = sheet.protect().setDescription('generated').setWarningOnly(true);
    expect(protection.isWarningOnly()).toBe(true);
    ss.setNamedRange('Scores', range);
    expect(ss.getRangeByName('Scores')!.getA1Notation()).toBe('B2:B10');
    expect(ss.getRangeByName('Nothing')).toBeNull();
  });
});

describe('UI, HtmlService, properties, cache, session', () => {
  it('records menus, sidebars, alerts and toasts', () => {
    const addon = probeAddon({ Tab: [] });
    const app = spreadsheetApp(addon);
    app.getUi().createAddonMenu().addItem('Open', 'showSidebar').addToUi();
    const HtmlService = addon.globals.HtmlService as GoogleAppsScript.HTML.HtmlService;
    app.getUi().showSidebar(HtmlService.createHtmlOutput('<p>hi</p>').setTitle('CX Sheets'));
    app.getUi().alert('Done');
    app.getActive().toast('Built', 'CX Sheets');
    expect(addon.ui.menus).toEqual([{ title: 'CX Sheets', addon: true, items: [{ caption: 'Open', functionName: 'showSidebar' }] }]);
    expect(addon.ui.sidebars[0].getContent()).toBe('<p>hi</p>');
    expect(addon.ui.sidebars[0].getTitle()).toBe('CX Sheets');
    expect(addon.ui.alerts).toEqual([{ title: '', prompt: 'Done' }]);
    expect(addon.workbook.toasts).toEqual([{ message: 'Built', title: 'CX Sheets' }]);
  });

  it('stores properties and cache entries', () => {
    const addon = probeAddon({ Tab: [] });
    const props = (addon.globals.PropertiesService as GoogleAppsScript.Properties.PropertiesService).getDocumentProperties();
    props.setProperty('mapping', '{"Stage":"A"}');
    expect(props.getProperty('mapping')).toBe('{"Stage":"A"}');
    expect(props.getProperty('none')).toBeNull();
    const cache = (addon.globals.CacheService as GoogleAppsScript.Cache.CacheService).getDocumentCache()!;
    cache.put('k', 'v');
    expect(cache.get('k')).toBe('v');
    const session = addon.globals.Session as GoogleAppsScript.Base.Session;
    expect(session.getScriptTimeZone()).toBe('Etc/UTC');
    expect((addon.globals.ScriptApp as GoogleAppsScript.Script.ScriptApp).AuthMode.NONE).toBe('NONE');
  });
});

describe('Utilities.formatDate', () => {
  // 2026-03-29 01:30 UTC is 03:30 in Warsaw: summer time (UTC+2) began at 01:00 UTC that day.
  const date = new Date(Date.UTC(2026, 2, 29, 1, 30, 5));
  it.each([
    ['UTC', 'yyyy-MM-dd HH:mm:ss', '2026-03-29 01:30:05'],
    ['Europe/Warsaw', 'yyyy-MM-dd HH:mm', '2026-03-29 03:30'],
    ['UTC', "d MMM yy 'at' h:mm a", '29 Mar 26 at 1:30 AM'],
    ['UTC', 'EEEE, MMMM d', 'Sunday, March 29'],
  ])('%s %s → %s', (zone, pattern, expected) => {
    expect(formatDate(date, zone, pattern)).toBe(expected);
  });
});
