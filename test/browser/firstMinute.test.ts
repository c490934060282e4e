/**
 * Issue 13 in real headless Chromium on the preview: a newcomer on an empty spreadsheet
 * reaches a built grid by pressing only the primary button each time; a problem's *Show*
 * link selects the bad cell; a failed build's card turns red; and the preview shows the
 * generated tabs as Sheets would — charts drawn where they sit, formatted values,
 * checkboxes, frozen rows, hidden rows and columns, text running on over empty cells.
 * Screenshots of each generated tab in English and Polish go to test-results/.
 */
import path from 'node:path';
import type { FrameLocator, Locator, Page } from 'playwright-core';
import { startPreview, Preview } from '../../local/preview/server';
import { createWorkbook, WorkbookData } from '../../local/runtime';
import { previewBrowser, SCREENSHOTS } from './chromium';
import { containsText, hasClass, hasCount, hasText } from './eventually';

jest.setTimeout(90_000);

const browser = previewBrowser();
let preview: Preview | undefined;
let page: Page;


async function open(data: WorkbookData, locale = 'en_US', prepare?: (workbook: ReturnType<typeof createWorkbook>) => void): Promise<FrameLocator> {
  const workbook = createWorkbook(data, 'Test workbook');
  workbook.locale = locale;
  prepare?.(workbook);
  preview = await startPreview({ workbook });
  page = await browser.open(preview);
  await page.goto(preview.url);
  const sidebar = page.frameLocator('#sidebar');
  await sidebar.locator('.source').first().waitFor();
  return sidebar;
}

const tabButton = (name: string) => page.locator(`#tabs button[data-tab="${name}"]`);
const cell = (a1: string) => page.locator(`#sheet td[data-cell="${a1}"]`);

/** The one primary (blue) button of the sidebar that can be pressed now, as a newcomer would find it. */
async function thePrimaryButton(sidebar: FrameLocator, expected: string): Promise<Locator> {
  const primary = sidebar.locator('button.action:not([disabled])');
  await hasText(primary.first(), expected);
  return primary.first();
}

/** How many pixels of a chart's canvas are drawn (not blank, not white). */
function drawnPixels(chart: Locator): Promise<number> {
  return chart.locator('canvas').evaluate((canvas: HTMLCanvasElement) => {
    const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    let drawn = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i + 3] > 0 && (data[i] < 240 || data[i + 1] < 240 || data[i + 2] < 240)) drawn++;
    return drawn;
  });
}

/** The generated tab with its chart in view, for a person to look at. */
async function shotWithChart(name: string): Promise<void> {
  await page.locator('.chart').first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}

describe('the first minute', () => {
  it('takes an empty spreadsheet to a built grid with its chart, pressing only the primary button each time', async () => {
    const sidebar = await open({ Sheet1: [] });
    // Nothing found: "Start here" comes first, its one primary button inserts the examples,
    // and each table says which columns it needs.
    await hasCount(sidebar.locator('button.action'), 1);
    await containsText(sidebar.locator('.source[data-kind="touchpoints"] .needs'), 'Needs the columns Stage, Touchpoint, Valuation.');
    await hasClass(sidebar.locator('#build-grid'), 'secondary');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'first-minute-en-empty.png') });
    await (await thePrimaryButton(sidebar, 'Insert example tabs')).click();
    await tabButton('Metrics').waitFor();

    // The examples are in: the build buttons are primary now, the grid's first.
    await hasClass(sidebar.locator('#insert-examples'), 'secondary');
    await (await thePrimaryButton(sidebar, 'Build valuation grid')).click();
    const card = sidebar.locator('.build-card[data-build="grid"]');
    await hasText(card.locator('.result.built .result-title'), 'Built “Valuation grid”');
    await hasText(card.locator('.badge'), 'Built');
    await hasClass(tabButton('Valuation grid'), 'active');

    // The emotion curve is drawn where Sheets puts it: its corner on its anchor cell.
    const chart = page.locator('.chart');
    await hasCount(chart, 1);
    expect(await chart.getAttribute('data-title')).toBe('Current vs target along the journey');
    expect(await drawnPixels(chart)).toBeGreaterThan(2000);
    const anchor = preview!.addon.workbook.sheetNamed('Valuation grid').charts[0].position;
    const [boxLeft, columnLeft] = await Promise.all([
      chart.evaluate((e: HTMLElement) => e.offsetLeft),
      page.locator(`#sheet th[data-column="${anchor.column}"]`).evaluate((e: HTMLElement) => e.offsetLeft),
    ]);
    expect(boxLeft).toBe(columnLeft + anchor.offsetX);
    await shotWithChart('preview-en-valuation-grid');
  });

  it('picks the Polish example tabs after they are inserted beside English ones, and builds from them', async () => {
    const sidebar = await open({ Sheet1: [] });
    await sidebar.getByRole('button', { name: 'Insert example tabs' }).click();
    await tabButton('Metrics').waitFor();
    await sidebar.getByRole('button', { name: 'Polski' }).click();
    await sidebar.getByRole('button', { name: 'Wstaw przykładowe karty' }).click();
    await tabButton('Metryki').waitFor();
    await hasText(sidebar.locator('.source[data-kind="touchpoints"] .source-pick option:checked'), 'Punkty styku · 10 wierszy');
    await sidebar.getByRole('button', { name: 'Utwórz siatkę ocen' }).click();
    await containsText(sidebar.locator('.build-card[data-build="grid"] .result-source'), "'Punkty styku'!A1:I11");
  });
});

describe('problems you can act on', () => {
  const BAD = {
    Touchpoints: [
      ['Stage', 'Touchpoint', 'Valuation', 'Reach'],
      ['Buy', 'Checkout', 3, 0.4],
      ['Buy', 'Delivery', 'great', 0.5],
      ['Buy', 'Returns', 7, 150],
    ],
  };

  it('turns the failed build\'s card red, says "Allowed" once per column, and each Show link selects its cell', async () => {
    const sidebar = await open(BAD);
    await sidebar.getByRole('button', { name: 'Build valuation grid' }).click();
    const card = sidebar.locator('.build-card[data-build="grid"]');
    await hasText(card.locator('.badge'), '4 problems');
    await hasClass(card.locator('.badge'), 'bad');
    expect(await card.evaluate((e) => getComputedStyle(e).borderTopColor)).toBe('rgb(217, 48, 37)');
    await hasClass(sidebar.locator('.source[data-kind="touchpoints"]'), 'bad');
    await hasText(sidebar.locator('.source[data-kind="touchpoints"] .badge'), '4 problems');

    const valuation = card.locator('.problem-group').nth(0);
    await hasText(valuation.locator('.problem-group-title'), 'Touchpoints · column C (Valuation)');
    await hasCount(valuation.locator('.problem'), 3);
    await hasCount(valuation.locator('.problem-allowed'), 1);
    await card.locator('.result.failed').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'sidebar-en-problems-show.png') });

    // Row 3's Show link: the cell C3 ("great") is selected in the spreadsheet, nothing written.
    const before = preview!.addon.workbook.sheetNamed('Touchpoints').getDataRange().getValues();
    await page.locator('#tabs button').first().click();
    await valuation.locator('.problem').nth(1).getByRole('button', { name: 'Show Row 3' }).click();
    await hasText(page.locator('.selection'), 'Selection: Touchpoints!C3');
    expect(preview!.addon.workbook.activeRange?.describe()).toBe('Touchpoints!C3');
    expect(preview!.addon.workbook.sheetNamed('Touchpoints').getDataRange().getValues()).toEqual(before);
    // The Reach group's link selects D4.
    await card.locator('.problem-group').nth(1).getByRole('button', { name: 'Show Row 4' }).click();
    await hasText(page.locator('.selection'), 'Selection: Touchpoints!D4');
  });

  it('names the tab of every matrix problem, and its Show link goes to that tab', async () => {
    const sidebar = await open({
      Projects: [['Project', 'Cost', 'Impact'], ['A', 10, 0.5], ['B', 'cheap', 0.4], ['C', 30, 0.2]],
      Notes: [['mine']],
    });
    await page.locator('#tabs button[data-tab="Notes"]').click();
    await sidebar.getByRole('button', { name: 'Build cost-vs-satisfaction matrix' }).click();
    const card = sidebar.locator('.build-card[data-build="matrix"]');
    await hasText(card.locator('.problem-group-title').first(), 'Projects · column B (Cost)');
    await card.getByRole('button', { name: 'Show Row 3' }).click();
    await hasClass(tabButton('Projects'), 'active');
    await hasText(page.locator('.selection'), 'Selection: Projects!B3');
  });
});

describe('the preview shows the tabs as Sheets does', () => {
  it('draws the matrix with its split lines, and formatted values: "+1", "(computed)", checkboxes, frozen rows', async () => {
    const sidebar = await open({ Sheet1: [] });
    await sidebar.getByRole('button', { name: 'Insert example tabs' }).click();
    await tabButton('Touchpoints').click();
    // The flags are checkboxes, ticked where the file says TRUE (Advice from staff is a moment of truth).
    await hasCount(cell('F4').locator('input[type="checkbox"]:checked'), 1);
    await hasCount(cell('F2').locator('input[type="checkbox"]:not(:checked)'), 1);
    await hasText(cell('H2'), '80%');

    await sidebar.getByRole('button', { name: 'Build valuation grid' }).click();
    await hasClass(tabButton('Valuation grid'), 'active');
    // The level rows of the emotion grid are signed, as the file's +0;-0;0 says.
    await containsText(page.locator('#sheet td', { hasText: '+2' }).first(), '+2');
    // The title row is frozen: it stays at the top while the tab scrolls.
    const title = cell('A1');
    const top = await title.evaluate((e) => e.getBoundingClientRect().top);
    await page.locator('#sheet').evaluate((e) => e.scrollTo(0, 500));
    expect(await title.evaluate((e) => e.getBoundingClientRect().top)).toBe(top);
    await page.locator('#sheet').evaluate((e) => e.scrollTo(0, 0));

    await sidebar.getByRole('button', { name: 'Build cost-vs-satisfaction matrix' }).click();
    await hasClass(tabButton('Cost vs satisfaction'), 'active');
    await hasCount(page.locator('#sheet td', { hasText: '0.80 (computed)' }), 1);
    const chart = page.locator('.chart');
    await hasCount(chart, 1);
    expect(await chart.getAttribute('data-title')).toBe('Cost vs satisfaction impact');
    expect(await drawnPixels(chart)).toBeGreaterThan(2000);
    await shotWithChart('preview-en-cost-satisfaction');
  });

  it('draws both tabs in Polish, decimal commas included', async () => {
    const sidebar = await open({ Arkusz1: [] }, 'pl_PL');
    await sidebar.getByRole('button', { name: 'Wstaw przykładowe karty' }).click();
    await tabButton('Metryki').waitFor();
    await sidebar.getByRole('button', { name: 'Utwórz siatkę ocen' }).click();
    await hasClass(tabButton('Siatka ocen'), 'active');
    await hasCount(page.locator('.chart canvas'), 1);
    expect(await drawnPixels(page.locator('.chart'))).toBeGreaterThan(2000);
    await shotWithChart('preview-pl-valuation-grid');

    await sidebar.getByRole('button', { name: 'Utwórz macierz koszt–satysfakcja' }).click();
    await hasClass(tabButton('Koszt a satysfakcja'), 'active');
    await hasCount(page.locator('#sheet td', { hasText: '0,80 (obliczony)' }), 1);
    expect(await drawnPixels(page.locator('.chart'))).toBeGreaterThan(2000);
    await shotWithChart('preview-pl-cost-satisfaction');
  });

  it('leaves hidden rows and columns out, and lets text run on over empty cells up to the next filled one', async () => {
    await open(
      {
        Notes: [
          ['A long heading that runs on', '', '', 'x'],
          ['hidden row', 'b', 'c', 'd'],
          ['Another long text that runs on', '', '', ''],
        ],
      },
      'en_US',
      (workbook) => {
        const notes = workbook.sheetNamed('Notes');
        notes.hideRows(2);
        notes.hideColumns(3);
      },
    );
    await hasCount(cell('A1'), 1);
    await hasCount(cell('A2'), 0);
    await hasCount(cell('C1'), 0);
    await hasCount(page.locator('#sheet th[data-column="3"]'), 0);
    await hasClass(page.locator('#sheet th[data-column="4"]'), 'after-hidden');
    // A1 runs on over B1 (C is hidden) and stops at D1, which holds "x": 100 + 100 px.
    expect(await cell('A1').locator('.spill-text').evaluate((e: HTMLElement) => e.style.width)).toBe('200px');
    // A3 runs on over B3 and D3 (C hidden) and E3…: every empty column to the last one drawn.
    expect(await cell('A3').locator('.spill-text').count()).toBe(1);
  });

  it('lets text run on in frozen rows and columns too, over their opaque neighbours (a generated tab\'s "Built … from …" note)', async () => {
    // Row 1 frozen, columns A–B frozen: A1 is in the corner, A2 in a frozen column, C1 in a frozen row.
    const long = 'A long text that runs on over its empty neighbours';
    await open({ Notes: [[long, '', long, '', '', ''], [long, '', 'x', '', '', ''], ['x', 'y', 'z', '', '', '']] }, 'en_US', (workbook) => {
      const notes = workbook.sheetNamed('Notes');
      notes.setFrozenRows(1);
      notes.setFrozenColumns(2);
    });
    // What is drawn 20 px into the empty cell to the right is the long text's cell, not the empty cell.
    for (const address of ['A1', 'A2', 'C1']) {
      const box = (await cell(address).boundingBox())!;
      const hit = await page.evaluate(([x, y]) => document.elementFromPoint(x, y)?.closest('td')?.getAttribute('data-cell'), [box.x + box.width + 20, box.y + box.height / 2]);
      expect([address, hit]).toEqual([address, address]);
    }
  });

});
