import { JSDOM } from 'jsdom';
import { createWorkbook, loadAddon } from '../../local/runtime';
import { distFile } from '../helpers/bundle';
import { scriptRunBridge } from '../helpers/scriptRunBridge';

// The quick round trip in a DOM without a browser; test/browser drives real Chromium.
const html = distFile('Sidebar.html');

/** Opens dist/Sidebar.html in a DOM whose google.script.run reaches `bundle`. */
function openSidebar(bundle: Record<string, unknown>): JSDOM {
  return new JSDOM(html, {
    runScripts: 'dangerously',
    beforeParse(window) {
      Object.assign(window, { google: { script: { run: scriptRunBridge(bundle), host: { close() {} } } } });
    },
  });
}

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
  expect(condition()).toBe(true);
}

const TOUCHPOINTS = [
  ['Stage', 'Touchpoint', 'Valuation'],
  ['Buy', 'Checkout', -1],
];

describe('dist/Sidebar.html', () => {
  it('is one self-contained page: no external scripts, styles, fonts or images', () => {
    expect(html).not.toMatch(/\b(?:src|href)\s*=\s*["']?(?:[a-z]+:)?\/\//i);
    expect(html).not.toMatch(/<script[^>]*\bsrc\s*=/i);
    expect(html).not.toMatch(/<link\b/i);
    expect(html).not.toMatch(/@import|url\(/i);
    expect(html).toMatch(/<style>[^<]+<\/style>/);
    expect(html.match(/<script>/g)).toHaveLength(1);
  });

  it('shows the tables dist/Code.js found, ready to build', async () => {
    const addon = loadAddon(createWorkbook({ 'My journey': TOUCHPOINTS }));
    const document = openSidebar(addon.bundle).window.document;
    await until(() => document.querySelector('.source[data-kind="touchpoints"] .badge.ok') !== null);
    const pick = document.querySelector<HTMLSelectElement>('.source[data-kind="touchpoints"] .source-pick')!;
    expect(pick.selectedOptions[0].textContent).toBe('My journey · 1 row');
  });

  it('renders a tab name as text, never as HTML', async () => {
    const name = '<img src=x onerror="window.hacked=1">';
    const addon = loadAddon(createWorkbook({ [name]: TOUCHPOINTS }));
    const dom = openSidebar(addon.bundle);
    const document = dom.window.document;
    await until(() => document.querySelector('.source[data-kind="touchpoints"] .badge.ok') !== null);
    expect(document.querySelector('.source-pick')!.textContent).toContain(name);
    expect(document.querySelector('img')).toBeNull();
    expect((dom.window as unknown as { hacked?: number }).hacked).toBeUndefined();
  });

  it('shows a server error on the error line', async () => {
    const document = openSidebar({
      getSidebarContext() {
        throw new Error('Exception: You do not have permission to access this spreadsheet');
      },
    }).window.document;
    const errorBox = document.getElementById('error')!;
    await until(() => !errorBox.hidden);
    expect(errorBox.textContent).toBe('Exception: You do not have permission to access this spreadsheet');
  });

  it('on an empty spreadsheet: "Insert example tabs" is the one primary button, and each table says which columns it needs', async () => {
    const addon = loadAddon(createWorkbook({ Sheet1: [] }));
    const document = openSidebar(addon.bundle).window.document;
    await until(() => document.querySelector('#start.first') !== null);
    const primary = [...document.querySelectorAll<HTMLButtonElement>('button.action')].map((b) => b.textContent);
    expect(primary).toEqual(['Insert example tabs']);
    expect(document.getElementById('build-grid')!.className).toContain('secondary');
    expect(document.querySelector('.source[data-kind="touchpoints"] .needs-required')!.textContent).toBe('Needs the columns Stage, Touchpoint, Valuation.');
    expect(document.querySelector('.source[data-kind="projects"] .needs-required')!.textContent).toBe('Needs the columns Project, Cost.');
    expect(document.querySelector('.build-card[data-build="grid"] .badge')!.textContent).toBe('Needs Touchpoints');

    // A build before any table says what a table needs instead of failing.
    document.getElementById('build-grid')!.click();
    await until(() => document.querySelector('.build-card[data-build="grid"] .result.note') !== null);
    expect(document.querySelector('.build-card[data-build="grid"] .result.note')!.textContent).toBe(
      'No Touchpoints table yet. Insert the example tabs, or add a tab whose first row has the headers Stage, Touchpoint, Valuation.',
    );
  });

  it('after inserting the Polish example tabs, builds from them rather than from the English ones already there', async () => {
    const addon = loadAddon(createWorkbook({ Sheet1: [] }));
    addon.bundle.insertExampleTabs({ locale: 'en' });
    const document = openSidebar(addon.bundle).window.document;
    const pick = () => document.querySelector<HTMLSelectElement>('.source[data-kind="touchpoints"] .source-pick')!;
    await until(() => pick()?.value === 'tab:Touchpoints');
    expect(document.querySelector('#start.first')).toBeNull();
    document.getElementById('lang-pl')!.click();
    document.getElementById('insert-examples')!.click();
    await until(() => pick().value === 'tab:Punkty styku');
    expect(document.querySelector<HTMLSelectElement>('.source[data-kind="projects"] .source-pick')!.value).toBe('tab:Projekty');
    document.getElementById('build-grid')!.click();
    await until(() => document.querySelector('.build-card[data-build="grid"] .result.built') !== null);
    expect(document.querySelector('.build-card[data-build="grid"] .result-source')!.textContent).toBe("z 'Punkty styku'!A1:I11");
    expect(document.querySelector('.build-card[data-build="grid"] .result-title')!.textContent).toBe('Utworzono „Siatka ocen”');
  });

  it('groups problems by tab and column, says what is allowed once, and each Show link selects its cell', async () => {
    const addon = loadAddon(createWorkbook({ Touchpoints: [['Stage', 'Touchpoint', 'Valuation'], ['Buy', 'Till', 3], ['Buy', 'Web', 7], ['Buy', 'Door', 'x']] }));
    const document = openSidebar(addon.bundle).window.document;
    await until(() => document.querySelector('.source[data-kind="touchpoints"] .badge.ok') !== null);
    document.getElementById('build-grid')!.click();
    await until(() => document.querySelector('.result.failed') !== null);
    const card = document.querySelector<HTMLElement>('.build-card[data-build="grid"]')!;
    expect(card.dataset.status).toBe('failed');
    expect(card.querySelector('.badge')!.className).toBe('badge bad');
    expect(card.querySelector('.badge')!.textContent).toBe('3 problems');
    expect(document.querySelector('.source[data-kind="touchpoints"] .badge')!.textContent).toBe('3 problems');
    const groups = card.querySelectorAll('.problem-group');
    expect(groups).toHaveLength(1);
    expect(groups[0].querySelector('.problem-group-title')!.textContent).toBe('Touchpoints · column C (Valuation)');
    expect([...groups[0].querySelectorAll('.problem-where')].map((n) => n.textContent)).toEqual(['Row 2', 'Row 3', 'Row 4']);
    expect(groups[0].querySelectorAll('.problem-allowed')).toHaveLength(1);

    groups[0].querySelectorAll<HTMLElement>('.show-link')[1].click();
    await until(() => addon.workbook.activeRange?.describe() === 'Touchpoints!C3');
  });

  it('"Create empty tables" adds the three tables with one example row, and the sidebar builds from them', async () => {
    const addon = loadAddon(createWorkbook({ Sheet1: [] }));
    const document = openSidebar(addon.bundle).window.document;
    await until(() => document.querySelector('#start.first') !== null);
    document.getElementById('create-tables')!.click();
    await until(() => document.querySelector<HTMLSelectElement>('.source[data-kind="touchpoints"] .source-pick')?.value === 'tab:Touchpoints');
    expect(addon.workbook.sheets.map((s) => s.getName())).toEqual(['Sheet1', 'Touchpoints', 'Projects', 'Responses']);
    expect(document.querySelector('#start-result')!.textContent).toBe(
      'Added “Touchpoints”, “Projects”, “Responses”: headers, checks and one example row. Replace the row with your own data.',
    );
    expect(document.getElementById('build-grid')!.className).toContain('action');
    document.getElementById('build-grid')!.click();
    await until(() => document.querySelector('.build-card[data-build="grid"] .result.built') !== null);
    expect(document.querySelector('.build-card[data-build="grid"] .result-text')!.textContent).toBe('1 touchpoint · 1 stage');
  });
});
