import { JSDOM } from 'jsdom';
import { createWorkbook, loadAddon } from '../../local/runtime';
import { distFile } from '../helpers/bundle';
import { scriptRunBridge } from '../helpers/scriptRunBridge';

// The stakeholder card and button of dist/Sidebar.html, over dist/Code.js on the local
// runtime, in a DOM without a browser.
const html = distFile('Sidebar.html');

function openSidebar(bundle: Record<string, unknown>): JSDOM {
  return new JSDOM(html, {
    runScripts: 'dangerously',
    beforeParse(window) {
      Object.assign(window, { google: { script: { run: scriptRunBridge(bundle), host: { close() {} } } } });
    },
  });
}

/** Waits for the page to get there: a build runs the bundle on the local runtime, slower on a busy machine. */
async function until(condition: () => boolean): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (!condition() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 5));
  expect(condition()).toBe(true);
}

jest.setTimeout(60_000);

const NAME = '<img src=x onerror="window.hacked=1">';
/* By hand: the <img> name 4,4 and Ann 3,5 → manage closely; Bob 5,1 → keep satisfied; Cid 1,1 → monitor. */
const PEOPLE = [
  ['Stakeholder', 'Department', 'Influence', 'Interest', 'Attitude'],
  [NAME, 'IT', 4, 4, 'supporter'],
  ['Ann', 'Sales', 3, 5, 'supporter'],
  ['Bob', 'Finance', 5, 1, 'opponent'],
  ['Cid', '', 1, 1, ''],
];

describe('the sidebar builds the stakeholder map', () => {
  it('finds the Stakeholders table, builds the map with one click and shows its counts; names stay text', async () => {
    const addon = loadAddon(createWorkbook({ People: PEOPLE }));
    const dom = openSidebar(addon.bundle);
    const document = dom.window.document;
    await until(() => document.querySelector('.source[data-kind="stakeholders"] .badge.ok') !== null);
    expect(document.querySelector('.source[data-kind="stakeholders"] .source-pick')!.querySelector('option:checked')!.textContent).toBe('People · 4 rows');
    const button = document.getElementById('build-stakeholders') as HTMLButtonElement;
    expect(button.textContent).toBe('Build stakeholder map');
    button.click();
    await until(() => document.querySelector('.result.built') !== null);
    const result = document.querySelector('.result.built')!;
    expect(result.querySelector('.result-title')!.textContent).toBe('Built “Stakeholder map”');
    expect([...result.querySelectorAll('.result-text')].map((p) => p.textContent)).toEqual([
      '4 stakeholders: 2 manage closely · 1 keep satisfied · 0 keep informed · 1 monitor',
      '2 supporters ▲ · 1 opponent ▼',
    ]);
    expect(addon.workbook.sheetNamed('Stakeholder map').getDataRange().getValues().flat()).toContain(`${NAME} ▲`);
    expect(document.querySelector('img')).toBeNull();
    expect((dom.window as unknown as { hacked?: number }).hacked).toBeUndefined();
  });

  it('lists the problems of the table and writes nothing', async () => {
    const addon = loadAddon(createWorkbook({ Stakeholders: [PEOPLE[0], ['Bob', 'Finance', 6, 1, 'opponent']] }));
    const document = openSidebar(addon.bundle).window.document;
    await until(() => document.querySelector('.source[data-kind="stakeholders"] .badge.ok') !== null);
    (document.getElementById('build-stakeholders') as HTMLButtonElement).click();
    await until(() => document.querySelector('.result.failed') !== null);
    // Problems are grouped by sheet and column, each row under its group.
    expect(document.querySelector('.problem-group-title')!.textContent).toBe('Stakeholders · column C (Influence)');
    const problem = document.querySelector('.problem')!;
    expect(problem.querySelector('.problem-where')!.textContent).toBe('Row 2');
    expect(problem.querySelector('.problem-what')!.textContent).toBe('6 is not a level of influence');
    expect(addon.workbook.sheets.map((s) => s.getName())).toEqual(['Stakeholders']);
  });
});
