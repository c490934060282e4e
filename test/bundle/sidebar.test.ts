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
});
