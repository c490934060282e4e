// The preview server over HTTP (the browser tests drive the same server in Chromium).
import { startPreview, Preview } from '../../../local/preview/server';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createWorkbook, DEFAULT_DIST } from '../../../local/runtime';

// Each test loads dist/Code.js afresh; on a busy machine that alone can take seconds.
jest.setTimeout(30_000);

let preview: Preview;
const JSON_TYPE = { 'Content-Type': 'application/json' };

afterEach(() => preview?.close());

async function run(name: string, args: unknown[]): Promise<unknown> {
  const response = await fetch(`${preview.url}api/run/${name}`, { method: 'POST', headers: JSON_TYPE, body: JSON.stringify(args) });
  return response.json();
}

describe('the preview server', () => {
  it('listens on 127.0.0.1 only', async () => {
    preview = await startPreview({ workbook: createWorkbook() });
    expect(preview.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('serves dist/Sidebar.html with the google.script.run bridge before the sidebar\'s own script', async () => {
    preview = await startPreview({ workbook: createWorkbook() });
    const html = await (await fetch(`${preview.url}sidebar`)).text();
    const bridge = html.indexOf('/api/run/');
    expect(bridge).toBeGreaterThan(0);
    expect(bridge).toBeLessThan(html.indexOf('getSidebarContext'));
    expect(html).not.toMatch(/\b(?:src|href)\s*=\s*["']?(?:https?:)?\/\//i);
  });

  it('runs a server function of dist/Code.js on the workbook and answers as HtmlService does', async () => {
    const workbook = createWorkbook({ Touchpoints: [['Stage', 'Touchpoint', 'Valuation'], ['Buy', 'Till', 1]] });
    preview = await startPreview({ workbook });
    expect(await run('buildValuationGrid', [{}])).toMatchObject({ ok: true, result: { ok: true, tabName: 'Valuation grid' } });
    expect(workbook.sheets.map((s) => s.getName())).toEqual(['Touchpoints', 'Valuation grid']);
    expect(await run('activateTab', ['Gone'])).toEqual({ ok: false, message: 'There is no tab named "Gone" any more; it may have been renamed or deleted.' });
    expect(await run('eval', ['1'])).toEqual({ ok: false, message: 'Script function not found: eval' });
  });

  it('refuses calls another web page could make: not JSON, or from another origin', async () => {
    const workbook = createWorkbook({ Touchpoints: [['Stage', 'Touchpoint', 'Valuation'], ['Buy', 'Till', 1]] });
    preview = await startPreview({ workbook });
    const call = (headers: Record<string, string>) =>
      fetch(`${preview.url}api/run/buildValuationGrid`, { method: 'POST', headers, body: '[{}]' }).then((r) => r.status);
    expect(await call({ 'Content-Type': 'text/plain' })).toBe(403); // what a cross-site form can send
    expect(await call({ ...JSON_TYPE, Origin: 'http://evil.example' })).toBe(403);
    expect(workbook.sheets.map((s) => s.getName())).toEqual(['Touchpoints']);
    expect(await call({ ...JSON_TYPE, Origin: preview.url.replace(/\/$/, '') })).toBe(200);
  });

  it('sets the selection the sidebar reads as "Current selection"', async () => {
    const workbook = createWorkbook({ Data: [['Project', 'Cost'], ['A', 1]] });
    preview = await startPreview({ workbook });
    await fetch(`${preview.url}api/select`, { method: 'POST', headers: JSON_TYPE, body: JSON.stringify({ sheet: 'Data', row: 1, column: 1, rows: 2, columns: 2 }) });
    expect(workbook.activeRange?.describe()).toBe('Data!A1:B2');
  });

  it('gives the workbook as displayed, with fills, merges and the add-on menu', async () => {
    // A user's tab with merged cells beside the source (the generated grid merges nothing).
    const workbook = createWorkbook({ Touchpoints: [['Stage', 'Touchpoint', 'Valuation'], ['Buy', '<b>Till</b>', -1], ['Buy', 'Web', 2]], Notes: [['Merged note', '']] });
    workbook.sheetNamed('Notes').rangeAt(1, 1, 1, 2).merge();
    preview = await startPreview({ workbook });
    await run('buildValuationGrid', [{}]);
    const snapshot = await (await fetch(`${preview.url}api/workbook`)).json();
    expect(snapshot.activeSheet).toBe('Valuation grid'); // a new tab is the active one, as in Sheets
    expect(snapshot.menus[0].items.map((i: { caption: string }) => i.caption).filter(Boolean)).toEqual([
      'Open sidebar', 'Build valuation grid', 'Build cost-vs-satisfaction matrix', 'Build stakeholder map', 'Build survey report', 'Compare valuations', 'Save a dated copy of Touchpoints', 'Insert example tabs', 'Help',
    ]);
    const [source, notes, grid] = snapshot.tabs;
    expect(source.cells[1][1]).toEqual({ text: '<b>Till</b>' });
    expect(notes.merges.length).toBeGreaterThan(0);
    expect(grid.generated).toBe(true);
    expect(grid.cells[0][0]).toMatchObject({ text: 'Touchpoint valuation grid', bold: true });
    expect(grid.cells.flat().some((c: { background?: string }) => c.background !== undefined)).toBe(true);
  });

  it('bundles Chart.js into the preview page only, never into dist/Code.js or dist/Sidebar.html', async () => {
    preview = await startPreview({ workbook: createWorkbook() });
    const page = await (await fetch(preview.url)).text();
    expect(page).toMatch(/Chart\.js v4\.\d+\.\d+/);
    expect(page).not.toMatch(/<script[^>]*\bsrc\s*=/i);
    for (const file of ['Code.js', 'Sidebar.html']) expect(readFileSync(path.join(DEFAULT_DIST, file), 'utf8')).not.toMatch(/Chart\.js|chartjs|Chart\.register/);
  });

  it('gives each chart with the data of its ranges, where it sits and its size, as the layout asked', async () => {
    const workbook = createWorkbook({ Sheet1: [] });
    preview = await startPreview({ workbook });
    await run('insertExampleTabs', [{ locale: 'en' }]);
    await run('buildValuationGrid', [{}]);
    const snapshot = await (await fetch(`${preview.url}api/workbook`)).json();
    const grid = snapshot.tabs.find((t: { name: string }) => t.name === 'Valuation grid');
    expect(grid.charts).toHaveLength(1);
    const [chart] = grid.charts;
    const embedded = workbook.sheetNamed('Valuation grid').charts[0];
    expect(chart).toMatchObject({ type: 'LINE', title: 'Current vs target along the journey', min: -2, max: 2, anchor: embedded.position });
    expect([chart.width, chart.height]).toEqual([embedded.options.width, embedded.options.height]);
    // The example journey in order (exampleTabs.ts), Tracking updates not valued; targets as
    // set, else the default (0 below 0, else the current level): Advert 0 (blank → 0),
    // Product page 2, Advice from staff 2 (blank → 2), Registration form 0, Queue 0 (blank, −1 → 0).
    expect(chart.domain.values.slice(0, 3)).toEqual(['Advert', 'Product page', 'Advice from staff']);
    expect(chart.series.map((s: { name: string }) => s.name)).toEqual(['Current', 'Target']);
    expect(chart.series[0].values).toEqual([0, 1, 2, -2, -1, 0, 1, null, -2, -1]);
    expect(chart.series[1].values.slice(0, 5)).toEqual([0, 2, 2, 0, 0]);

    // The flags of the Touchpoints tab are checkboxes; the locale travels with the snapshot.
    const touchpoints = snapshot.tabs.find((t: { name: string }) => t.name === 'Touchpoints');
    expect(touchpoints.cells[3][5]).toMatchObject({ text: 'TRUE', checkbox: true });
    expect(touchpoints.cells[1][5]).toMatchObject({ checkbox: false });
    expect(touchpoints.frozenRows).toBe(1);
    expect(snapshot.locale).toBe('en_US');
  });

  it('lists the hidden rows and columns of a tab', async () => {
    const workbook = createWorkbook({ Data: [['a', 'b', 'c'], [1, 2, 3], [4, 5, 6]] });
    workbook.sheetNamed('Data').hideRows(2, 2);
    workbook.sheetNamed('Data').hideColumns(2);
    preview = await startPreview({ workbook });
    const snapshot = await (await fetch(`${preview.url}api/workbook`)).json();
    expect(snapshot.tabs[0]).toMatchObject({ hiddenRowNumbers: [2, 3], hiddenColumnNumbers: [2] });
  });
});
