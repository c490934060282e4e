import { JSDOM } from 'jsdom';
import { distFile, loadBundle } from '../helpers/bundle';
import { scriptRunBridge } from '../helpers/scriptRunBridge';

const html = distFile('Sidebar.html');

/** Opens dist/Sidebar.html in a DOM whose google.script.run reaches dist/Code.js. */
function openSidebar(getActiveSheet: () => { getName(): string }): JSDOM {
  const bundle = loadBundle({ SpreadsheetApp: { getActiveSheet } });
  return new JSDOM(html, {
    runScripts: 'dangerously',
    beforeParse(window) {
      Object.assign(window, { google: { script: { run: scriptRunBridge(bundle), host: { close() {} } } } });
    },
  });
}

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
  expect(condition()).toBe(true);
}

describe('dist/Sidebar.html', () => {
  it('is one self-contained page: no external scripts, styles, fonts or images', () => {
    expect(html).not.toMatch(/\b(?:src|href)\s*=\s*["']?(?:[a-z]+:)?\/\//i);
    expect(html).not.toMatch(/<script[^>]*\bsrc\s*=/i);
    expect(html).not.toMatch(/<link\b/i);
    expect(html).not.toMatch(/@import|url\(/i);
    expect(html).toMatch(/<style>[^<]+<\/style>/);
    expect(html.match(/<script>/g)).toHaveLength(1);
  });

  it('shows the active sheet name fetched from the server bundle', async () => {
    const dom = openSidebar(() => ({ getName: () => 'Responses' }));
    const shown = dom.window.document.getElementById('active-sheet')!;
    await until(() => shown.textContent === 'Responses');
  });

  it('renders a sheet name as text, never as HTML', async () => {
    const name = '<img src=x onerror="window.hacked=1">';
    const dom = openSidebar(() => ({ getName: () => name }));
    const shown = dom.window.document.getElementById('active-sheet')!;
    await until(() => shown.textContent === name);
    expect(shown.querySelector('img')).toBeNull();
    expect((dom.window as unknown as { hacked?: number }).hacked).toBeUndefined();
  });

  it('shows a server error instead of the name', async () => {
    const dom = openSidebar(() => {
      throw new Error('Exception: You do not have permission to access this sheet');
    });
    const errorBox = dom.window.document.getElementById('error')!;
    await until(() => !errorBox.hidden);
    expect(errorBox.textContent).toBe('Exception: You do not have permission to access this sheet');
  });

  it('asks the server again on Refresh', async () => {
    let name = 'Touchpoints';
    const dom = openSidebar(() => ({ getName: () => name }));
    const document = dom.window.document;
    const shown = document.getElementById('active-sheet')!;
    await until(() => shown.textContent === 'Touchpoints');
    name = 'Projects';
    (document.getElementById('refresh') as HTMLButtonElement).click();
    await until(() => shown.textContent === 'Projects');
  });
});
