// The preview server over HTTP (the browser tests drive the same server in Chromium).
import { startPreview, Preview } from '../../../local/preview/server';
import { createWorkbook } from '../../../local/runtime';

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
    // Two touchpoints of one stage: the stage's name is merged above them.
    const workbook = createWorkbook({ Touchpoints: [['Stage', 'Touchpoint', 'Valuation'], ['Buy', '<b>Till</b>', -1], ['Buy', 'Web', 2]] });
    preview = await startPreview({ workbook });
    await run('buildValuationGrid', [{}]);
    const snapshot = await (await fetch(`${preview.url}api/workbook`)).json();
    expect(snapshot.activeSheet).toBe('Valuation grid'); // a new tab is the active one, as in Sheets
    expect(snapshot.menus[0].items.map((i: { caption: string }) => i.caption).filter(Boolean)).toEqual([
      'Open sidebar', 'Build valuation grid', 'Build cost-vs-satisfaction matrix', 'Build stakeholder map', 'Insert example tabs', 'Help',
    ]);
    const [source, grid] = snapshot.tabs;
    expect(source.cells[1][1]).toEqual({ text: '<b>Till</b>' });
    expect(grid.generated).toBe(true);
    expect(grid.cells[0][0]).toMatchObject({ text: 'Touchpoint valuation grid', bold: true });
    expect(grid.merges.length).toBeGreaterThan(0);
    expect(grid.cells.flat().some((c: { background?: string }) => c.background !== undefined)).toBe(true);
  });
});
