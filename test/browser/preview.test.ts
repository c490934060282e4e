/**
 * The add-on in real headless Chromium (Debian's /usr/bin/chromium via playwright-core):
 * `npm run preview`'s server on a local workbook, the real dist/Sidebar.html in its
 * iframe, google.script.run bridged to dist/Code.js on the local runtime. Only clicks and
 * dropdown choices — a newcomer types nothing. Screenshots go to test-results/.
 */
import path from 'node:path';
import type { FrameLocator, Locator, Page } from 'playwright-core';
import { startPreview, Preview } from '../../local/preview/server';
import { createWorkbook, WorkbookData } from '../../local/runtime';
import { previewBrowser, SCREENSHOTS } from './chromium';
import { containsText, hasClass, hasCount, hasText, hasValue } from './eventually';

jest.setTimeout(60_000);

const browser = previewBrowser();
let preview: Preview | undefined;
let page: Page;
/** Every alert/confirm/prompt any frame of the page tried to open. */
let dialogs: string[];


async function open(data: WorkbookData, locale = 'en_US'): Promise<FrameLocator> {
  const workbook = createWorkbook(data, 'Test workbook');
  workbook.locale = locale;
  preview = await startPreview({ workbook });
  page = await browser.open(preview);
  dialogs = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(preview.url);
  const sidebar = page.frameLocator('#sidebar');
  await sidebar.locator('.source').first().waitFor();
  return sidebar;
}

/** The whole preview, with `showing` (in the sidebar) scrolled into view first. */
async function shot(name: string, showing?: Locator): Promise<void> {
  await showing?.scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}

const tabButton = (name: string) => page.locator(`#tabs button[data-tab="${name}"]`);
const cell = (a1: string) => page.locator(`#sheet td[data-cell="${a1}"]`);
const tabNames = () => preview!.addon.workbook.sheets.map((s) => s.getName());

describe('the sidebar in Chromium, on the preview', () => {
  it('takes a newcomer from an empty spreadsheet to the example tabs, a built grid and a built matrix, with clicks only', async () => {
    const sidebar = await open({ Sheet1: [] });
    const grid = sidebar.locator('.build-card[data-build="grid"]');
    const matrix = sidebar.locator('.build-card[data-build="matrix"]');
    await hasText(sidebar.locator('.source[data-kind="touchpoints"] .badge'), 'Not found');

    await sidebar.getByRole('button', { name: 'Insert example tabs' }).click();
    for (const name of ['Touchpoints', 'Projects', 'Responses', 'Themes', 'Stakeholders', 'Metrics']) await tabButton(name).waitFor();
    await hasText(sidebar.locator('#start-result .result.note'), 'Added “Touchpoints”, “Projects”, “Responses”, “Themes”, “Stakeholders”, “Metrics”.');
    await hasText(sidebar.locator('.source[data-kind="touchpoints"] .badge'), 'Ready');
    await hasText(sidebar.locator('.source[data-kind="projects"] .badge'), 'Ready');
    await hasText(sidebar.locator('.source[data-kind="responses"] .badge'), 'Ready');
    // The example's data validation: −2..+2 dropdowns and checkboxes for the flags.
    const touchpoints = preview!.addon.workbook.sheetNamed('Touchpoints');
    expect(touchpoints.validationAt(2, 4)?.criteria).toEqual({ type: 'VALUE_IN_LIST', values: [['-2', '-1', '0', '1', '2'], true] });
    expect(touchpoints.validationAt(2, 6)?.criteria.type).toBe('CHECKBOX');

    await sidebar.getByRole('button', { name: 'Build valuation grid' }).click();
    await hasText(grid.locator('.result.built .result-title'), 'Built “Valuation grid”');
    await containsText(grid.locator('.result.built'), '10 touchpoints · 4 stages · 2 paths');
    await tabButton('Valuation grid').waitFor();
    await shot('sidebar-en-build-result', grid.locator('.result.built'));

    // The link shows the generated tab.
    await tabButton('Touchpoints').click();
    await hasClass(tabButton('Touchpoints'), 'active');
    await sidebar.getByRole('button', { name: 'Open “Valuation grid”' }).click();
    await hasClass(tabButton('Valuation grid'), 'active');
    await hasText(cell('A1'), 'Touchpoint valuation grid');

    // The example projects by hand (impact = Σ gap × reach where blank; medians split):
    // Shorter registration form 40, 2×0.4 = 0.8; Faster returns 120, 3×0.15 + 1×0.25 = 0.7;
    // Extra tills 90, 1×0.35 = 0.35; Staff training 30, 0.5 given; One-click payment 180,
    // 1×0.55 = 0.55; Live tracking 150, 0.6 given. Median cost (90+120)/2 = 105, median
    // impact (0.55+0.6)/2 = 0.575 → quick win: registration form; major: returns, tracking;
    // fill-ins: tills, training; money pit: one-click payment. 4 impacts computed.
    await sidebar.getByRole('button', { name: 'Build cost-vs-satisfaction matrix' }).click();
    await hasText(matrix.locator('.result.built .result-title'), 'Built “Cost vs satisfaction”');
    await containsText(matrix.locator('.result.built'), '6 projects: 1 quick win · 2 major projects · 2 fill-ins · 1 money pit');
    await containsText(matrix.locator('.result.built'), '4 impacts computed from touchpoints');
    await containsText(matrix.locator('.result.built'), 'Split lines: cost 105 (median) · impact 0.575 (median)');
    await tabButton('Cost vs satisfaction').waitFor();
    await shot('sidebar-en-matrix-result', matrix.locator('.result.built'));
    await sidebar.getByRole('button', { name: 'Open “Cost vs satisfaction”' }).click();
    await hasClass(tabButton('Cost vs satisfaction'), 'active');
    expect(tabNames()).toEqual(['Sheet1', 'Touchpoints', 'Projects', 'Responses', 'Themes', 'Stakeholders', 'Metrics', 'Valuation grid', 'Cost vs satisfaction']);

    // The example stakeholders by hand: CEO 5,4, e-commerce 4,5, IT 4,3 manage closely; CFO 5,2,
    // legal 3,1 keep satisfied; hotline 2,5, stores 2,4 keep informed; analyst 1,2 monitor.
    const stakeholders = sidebar.locator('.build-card[data-build="stakeholders"]');
    await hasText(sidebar.locator('.source[data-kind="stakeholders"] .badge'), 'Ready');
    await sidebar.getByRole('button', { name: 'Build stakeholder map' }).click();
    await hasText(stakeholders.locator('.result.built .result-title'), 'Built “Stakeholder map”');
    await containsText(stakeholders.locator('.result.built'), '8 stakeholders: 3 manage closely · 2 keep satisfied · 2 keep informed · 1 monitor');
    await tabButton('Stakeholder map').waitFor();
  });

  it('builds the matrix with split lines chosen by the user', async () => {
    const sidebar = await open({ Sheet1: [] });
    await sidebar.getByRole('button', { name: 'Insert example tabs' }).click();
    await hasText(sidebar.locator('.source[data-kind="projects"] .badge'), 'Ready');
    await sidebar.locator('[data-build="matrix"] .splits summary').click();
    await sidebar.locator('#cost-split').fill('50');
    await sidebar.locator('#impact-split').fill('0.6');
    await sidebar.getByRole('button', { name: 'Build cost-vs-satisfaction matrix' }).click();
    // Cost 50, impact 0.6 (impacts as in the newcomer test): quick win registration form
    // (40, 0.8); fill-in training (30, 0.5); major returns (120, 0.7) and tracking (150,
    // 0.6: on the impact line, so the favourable higher side, flagged); money pits tills
    // (90, 0.35) and one-click payment (180, 0.55).
    await containsText(sidebar.locator('.result.built'), '6 projects: 1 quick win · 2 major projects · 1 fill-in · 2 money pits');
    await containsText(sidebar.locator('.result.built'), '1 project on a split line, placed on the favourable side');
    await containsText(sidebar.locator('.result.built'), 'Split lines: cost 50 · impact 0.6');
  });

  it('builds once a column the headers did not reveal is mapped by hand from a dropdown', async () => {
    const sidebar = await open({
      Journey: [
        ['Stage', 'Touchpoint', 'Score', 'Notes'],
        ['Buy', 'Checkout', -1, 'slow'],
        ['Buy', 'Delivery', 2, ''],
      ],
    });
    const card = sidebar.locator('.source[data-kind="touchpoints"]');
    await hasText(card.locator('.badge'), 'Map columns');
    await containsText(card.locator('.col.missing .col-name'), 'Valuation');
    // A build before the mapping says what is missing instead of failing.
    await sidebar.getByRole('button', { name: 'Build valuation grid' }).click();
    await hasText(sidebar.locator('.result.note'), 'Map Valuation first.');

    await card.locator('select[data-key="valuation"]').selectOption({ label: 'C · Score' });
    await hasText(card.locator('.badge'), 'Ready');
    await hasValue(card.locator('select[data-key="valuation"]'), 'C');
    await shot('sidebar-en-sources-mapping', card);

    await sidebar.getByRole('button', { name: 'Build valuation grid' }).click();
    await hasText(sidebar.locator('.result.built .result-title'), 'Built “Valuation grid”');
    await containsText(sidebar.locator('.result.built'), '2 touchpoints · 1 stage');
    await tabButton('Valuation grid').waitFor();
  });

  it('builds from the current selection, selected with the mouse in the preview', async () => {
    const sidebar = await open({
      Notes: [
        ['Workshop output', '', '', ''],
        ['', 'Stage', 'Touchpoint', 'Valuation'],
        ['', 'Buy', 'Checkout', 1],
        ['', 'Buy', 'Delivery', -2],
      ],
    });
    // Press on B2, release on D4: the table without the title.
    await cell('B2').hover();
    await page.mouse.down();
    await cell('D4').hover();
    await page.mouse.up();
    await hasText(page.locator('.selection'), 'Selection: Notes!B2:D4');
    const card = sidebar.locator('.source[data-kind="touchpoints"]');
    await card.locator('.source-pick').selectOption({ label: 'Current selection' });
    await hasText(card.locator('.badge'), 'Ready');
    await containsText(card.locator('summary'), 'Notes!B2:D4 · 3 of 9 columns recognised');
    await sidebar.getByRole('button', { name: 'Build valuation grid' }).click();
    await containsText(sidebar.locator('.result.built'), 'from Notes!B2:D4');
    await containsText(sidebar.locator('.result.built'), '2 touchpoints · 1 stage');
  });

  it('lists validation errors readably and writes nothing', async () => {
    const sidebar = await open({
      Touchpoints: [
        ['Stage', 'Touchpoint', 'Valuation', 'Reach'],
        ['Buy', 'Checkout', 3, '40%'],
        ['Buy', 'Delivery', 'great', 150],
        ['Buy', 'Checkout', 0, ''],
      ],
    });
    await sidebar.getByRole('button', { name: 'Build valuation grid' }).click();
    const failed = sidebar.locator('.result.failed');
    await hasText(failed.locator('.result-title'), 'Nothing was written');
    await hasText(failed.locator('.result-text'), '4 problems in Touchpoints!A1:D4. Fix them and build again.');
    // One group per column, naming the tab and the user's header, saying once what is allowed.
    const groups = failed.locator('.problem-group');
    await hasCount(groups, 3);
    await hasText(groups.nth(0).locator('.problem-group-title'), 'Touchpoints · column C (Valuation)');
    await hasCount(groups.nth(0).locator('.problem'), 2);
    await hasText(groups.nth(0).locator('.problem-where').nth(0), 'Row 2');
    await hasText(groups.nth(0).locator('.problem-value').nth(0), '3');
    await hasText(groups.nth(0).locator('.problem-what').nth(0), '3 is not a valuation level');
    await hasText(groups.nth(0).locator('.problem-where').nth(1), 'Row 3');
    await hasCount(groups.nth(0).locator('.problem-allowed'), 1);
    await containsText(groups.nth(0).locator('.problem-allowed'), 'Allowed: a whole level −2, −1, 0, 1 or 2');
    await hasText(groups.nth(1).locator('.problem-group-title'), 'Touchpoints · column D (Reach)');
    await hasText(groups.nth(1).locator('.problem-where'), 'Row 3');
    await hasText(groups.nth(2).locator('.problem-group-title'), 'Touchpoints · column B (Touchpoint)');
    await containsText(groups.nth(2).locator('.problem-what'), 'repeats the touchpoint of row 2');
    await shot('sidebar-en-validation-errors', failed);
    expect(tabNames()).toEqual(['Touchpoints']);
    await hasCount(page.locator('#tabs button'), 1);
  });

  it('shows a touchpoint named <img src=x onerror=alert(1)> as text and runs nothing', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const sidebar = await open({
      [hostile]: [
        ['Stage', 'Touchpoint', 'Valuation'],
        [hostile, hostile, 1],
        ['Buy', 'Bad', hostile],
      ],
    });
    const card = sidebar.locator('.source[data-kind="touchpoints"]');
    await hasText(card.locator('.source-pick option:checked'), `${hostile} · 2 rows`);
    await sidebar.getByRole('button', { name: 'Build valuation grid' }).click();
    await hasText(sidebar.locator('.problem-value'), JSON.stringify(hostile));
    expect(tabNames()).toEqual([hostile]);

    // The tab (and the preview's grid) shows the name as it is, too.
    await hasText(tabButton(hostile), hostile);
    await hasText(cell('B2'), hostile);
    expect(await page.locator('img').count()).toBe(0);
    expect(await sidebar.locator('img').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });

  it('speaks Polish to a Polish user, builds a Polish tab, and switches language on a click', async () => {
    const sidebar = await open(
      {
        'Punkty styku': [
          ['Etap', 'Punkt styku', 'Ścieżka', 'Ocena', 'Cel', 'Moment prawdy'],
          ['Zakup', 'Kasa', 'Sklep', -1, '', true],
          ['Zakup', 'Płatność online', 'Online', 1, 2, false],
          ['Dostawa', 'Kurier', '', 0, '', false],
        ],
      },
      'pl_PL',
    );
    await hasText(sidebar.locator('h2[data-t="yourTables"]'), 'Twoje tabele');
    const card = sidebar.locator('.source[data-kind="touchpoints"]');
    await hasText(card.locator('.badge'), 'Gotowe');
    await card.locator('summary').click();
    await hasText(card.locator('.col.found .col-name').first(), 'Etap');
    await shot('sidebar-pl-sources-mapping', card);

    await sidebar.getByRole('button', { name: 'Utwórz siatkę ocen' }).click();
    await hasText(sidebar.locator('.result.built .result-title'), 'Utworzono „Siatka ocen”');
    await tabButton('Siatka ocen').waitFor();
    await shot('sidebar-pl-build-result', sidebar.locator('.result.built'));

    await sidebar.getByRole('button', { name: 'English' }).click();
    await hasText(sidebar.locator('h2[data-t="yourTables"]'), 'Your tables');
    await hasText(sidebar.locator('.result.built .result-title'), 'Built “Siatka ocen”');
    await sidebar.getByRole('button', { name: 'Polski' }).click();
    await hasText(sidebar.locator('#build-grid'), 'Utwórz siatkę ocen');
  });

  it('lists Polish validation errors with Polish labels and Polish problem texts', async () => {
    const sidebar = await open({ 'Punkty styku': [['Etap', 'Punkt styku', 'Ocena'], ['Zakup', 'Kasa', 5]] }, 'pl_PL');
    await sidebar.getByRole('button', { name: 'Utwórz siatkę ocen' }).click();
    await hasText(sidebar.locator('.result.failed .result-title'), 'Nic nie zostało zapisane');
    await hasText(sidebar.locator('.problem-group-title'), 'Punkty styku · kolumna C (Ocena)');
    await hasText(sidebar.locator('.problem-where'), 'Wiersz 2');
    await hasText(sidebar.locator('.problem-what'), '5 nie jest poziomem oceny');
    await hasText(sidebar.locator('.problem-allowed'), 'Dozwolone: pełny poziom −2, −1, 0, 1 lub 2 (siatka emocji ma te pięć wierszy) albo puste pole (= jeszcze nie ocenione)');
    await shot('sidebar-pl-validation-errors', sidebar.locator('.result.failed'));
    expect(tabNames()).toEqual(['Punkty styku']);
  });

  it('runs the menu: Insert example tabs, Build valuation grid and matrix (toasts), Help (a dialog)', async () => {
    await open({ Sheet1: [] });
    const menuItem = async (caption: string) => {
      await page.getByRole('button', { name: 'Extensions' }).click();
      await page.locator(`button[data-menu-item="${caption}"]`).click();
    };
    await menuItem('Insert example tabs');
    await tabButton('Metrics').waitFor();
    await menuItem('Build valuation grid');
    await containsText(page.locator('.toast').last(), '"Valuation grid" built');
    await tabButton('Valuation grid').waitFor();
    await menuItem('Build cost-vs-satisfaction matrix');
    await tabButton('Cost vs satisfaction').waitFor();
    await containsText(page.locator('.toast').last(), '6 projects. Quick wins: 1, major projects: 2, fill-ins: 2, money pits: 1.');
    await menuItem('Help');
    await hasText(page.getByRole('dialog').locator('h2'), 'CX Sheets help');
    expect(dialogs).toEqual([]);
  });
});
