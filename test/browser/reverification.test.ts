/**
 * Compare valuations and Save a dated copy in real headless Chromium, on the preview (the
 * real dist/Sidebar.html, google.script.run bridged to dist/Code.js on the local runtime).
 * Clicks and dropdown choices only. Screenshots go to test-results/.
 */
import path from 'node:path';
import type { FrameLocator, Locator, Page } from 'playwright-core';
import { startPreview, Preview } from '../../local/preview/server';
import { createWorkbook, WorkbookData } from '../../local/runtime';
import { previewBrowser, SCREENSHOTS } from './chromium';
import { containsText, hasClass, hasCount, hasText, hasValue } from './eventually';

jest.setTimeout(90_000);

const browser = previewBrowser();
let preview: Preview | undefined;
let page: Page;


async function open(data: WorkbookData, locale = 'en_US'): Promise<FrameLocator> {
  const workbook = createWorkbook(data, 'Test workbook');
  workbook.locale = locale;
  preview = await startPreview({ workbook });
  page = await browser.open(preview);
  page.on('dialog', (dialog) => void dialog.dismiss());
  await page.goto(preview.url);
  const sidebar = page.frameLocator('#sidebar');
  await sidebar.locator('.source').first().waitFor();
  return sidebar;
}

async function shot(name: string, showing?: Locator): Promise<void> {
  await showing?.scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}

const tabButton = (name: string) => page.locator(`#tabs button[data-tab="${name}"]`);
const tabNames = () => preview!.addon.workbook.sheets.map((s) => s.getName());

const HEADER = ['Stage', 'Touchpoint', 'Path', 'Valuation', 'Moment of truth'];
/**
 * By hand (DESIGN §4): Wi-Fi +2 → 0 Worse (a lost differentiator, renamed case); Website
 * 0 → −1 Now negative; Kiosk New; Helpline +2 → blank Not valued (lost); Survey −1 → −1
 * Same; Leaflet Retired.
 */
const BEFORE = [HEADER, ['Ride', 'Wi-Fi', '', 2, true], ['Ride', 'Website', 'Online', 0, false], ['Ride', 'Leaflet', '', 1, false], ['After', 'Helpline', '', 2, false], ['After', 'Survey', '', -1, false]];
const NOW = [HEADER, ['Ride', 'WI-FI', '', 0, true], ['Ride', 'Website', 'Online', -1, false], ['Ride', 'Kiosk', 'Store', 1, false], ['After', 'Helpline', '', '', false], ['After', 'Survey', '', -1, false]];

describe('Compare valuations and Save a dated copy in the sidebar', () => {
  it('compares the dated table with the current one, then saves today\'s copy for next year', async () => {
    const sidebar = await open({ 'Touchpoints 2025': BEFORE, Touchpoints: NOW, Notes: [['x']] });
    // The grid's default source is the current table, never the dated one.
    await hasValue(sidebar.locator('.source[data-kind="touchpoints"] .source-pick'), 'tab:Touchpoints');
    const before = sidebar.locator('#compare-before');
    const now = sidebar.locator('#compare-now');
    await hasValue(before, 'Touchpoints 2025');
    await hasValue(now, 'Touchpoints');
    // Before offers the dated tables first; Now the current ones.
    await hasText(before.locator('optgroup').first(), 'Touchpoints 2025');
    expect(await before.locator('optgroup').first().getAttribute('label')).toBe('Tables with a year or date');
    expect(await now.locator('optgroup').first().getAttribute('label')).toBe('Current tables');

    await sidebar.getByRole('button', { name: 'Compare valuations' }).click();
    const built = sidebar.locator('.result.built');
    await hasText(built.locator('.result-title'), 'Built “Re-verification”');
    await containsText(built, "from 'Touchpoints 2025'!A1:E6, Touchpoints!A1:E6");
    await containsText(built, '5 touchpoints before · 5 now');
    await containsText(built, '1 worse · 1 newly below 0 · 0 better · 1 same');
    await containsText(built, '1 new · 1 retired · 1 not valued');
    await containsText(built, 'Differentiators lost: WI-FI, Helpline');
    await tabButton('Re-verification').waitFor();
    await shot('sidebar-en-compare-result', built);
    await sidebar.getByRole('button', { name: 'Open “Re-verification”' }).click();
    await hasClass(tabButton('Re-verification'), 'active');
    const statuses = preview!.addon.workbook.sheetNamed('Re-verification').getDataRange().getValues().filter((r) => r[0] === 'Ride' || r[0] === 'After').map((r) => r[6]);
    expect(statuses.filter(Boolean)).toEqual(['Worse', 'Now negative', 'New', 'Not valued', 'Same', 'Retired']);

    await sidebar.getByRole('button', { name: 'Save a dated copy of Now' }).click();
    const today = new Date().toISOString().slice(0, 10); // the workbook's time zone is UTC
    await hasText(built.locator('.result-title'), `Saved “Touchpoints ${today}”`);
    // The card's badge says what happened: saved, not built.
    await hasText(sidebar.locator('.build-card[data-build="reverify"] .badge'), 'Saved');
    await containsText(built, 'A copy of “Touchpoints” as it is today. Keep valuing in “Touchpoints”; next year, compare with this copy.');
    await tabButton(`Touchpoints ${today}`).waitFor();
    expect(tabNames()).toEqual(['Touchpoints 2025', 'Touchpoints', `Touchpoints ${today}`, 'Notes', 'Re-verification']);
    // The copy is now offered as Before, latest first; the pick stays the one chosen.
    await hasText(before.locator('optgroup').first().locator('option').first(), `Touchpoints ${today}`);
    await hasValue(before, 'Touchpoints 2025');
    await shot('sidebar-en-dated-copy', built);
  });

  it('lists the problems of both tables together, each with its tab, and writes nothing', async () => {
    const broken = BEFORE.map((row, i) => (i === 2 ? ['Ride', 'Website', 'Online', 3, false] : row));
    const sidebar = await open({ 'Touchpoints 2025': broken, Touchpoints: [...NOW, ['After', 'Chat', '', 'great', false]] });
    await sidebar.getByRole('button', { name: 'Compare valuations' }).click();
    const failed = sidebar.locator('.result.failed');
    await hasText(failed.locator('.result-title'), 'Nothing was written');
    await hasCount(failed.locator('.problem'), 2);
    // Grouped by tab and column, each problem's row under its group.
    await hasText(failed.locator('.problem-group-title').nth(0), 'Touchpoints 2025 · column D (Valuation)');
    await hasText(failed.locator('.problem-where').nth(0), 'Row 3');
    await hasText(failed.locator('.problem-value').nth(0), '3');
    await hasText(failed.locator('.problem-group-title').nth(1), 'Touchpoints · column D (Valuation)');
    await hasText(failed.locator('.problem-where').nth(1), 'Row 7');
    await shot('sidebar-en-compare-problems', failed);
    expect(tabNames()).toEqual(['Touchpoints 2025', 'Touchpoints']);
  });

  it('compares the tables the user picks, and speaks Polish', async () => {
    const polish = (rows: unknown[][]) => [['Etap', 'Punkt styku', 'Ścieżka', 'Ocena', 'Moment prawdy'], ...rows.slice(1)];
    const sidebar = await open({ Mapa: polish(NOW), 'Mapa zeszłoroczna': polish(BEFORE) }, 'pl_PL');
    await hasText(sidebar.locator('.reverify .sublabel'), 'Weryfikacja ocen');
    // No tab name holds a date: the user chooses Before.
    await hasValue(sidebar.locator('#compare-before'), '');
    await sidebar.getByRole('button', { name: 'Porównaj oceny' }).click();
    await hasText(sidebar.locator('.result.note'), 'Najpierw wybierz wcześniejszą tabelę (Wcześniej).');
    await sidebar.locator('#compare-before').selectOption('Mapa zeszłoroczna');
    await sidebar.getByRole('button', { name: 'Porównaj oceny' }).click();
    await hasText(sidebar.locator('.result.built .result-title'), 'Utworzono „Weryfikacja ocen”');
    await containsText(sidebar.locator('.result.built'), 'Gorzej: 1 · teraz ujemne: 1 · lepiej: 0 · bez zmian: 1');
    await containsText(sidebar.locator('.result.built'), 'Utracone wyróżniki: WI-FI, Helpline');
    await shot('sidebar-pl-compare-result', sidebar.locator('.result.built'));
    await tabButton('Weryfikacja ocen').waitFor();
  });
});
