/**
 * The Survey report card of the sidebar in headless Chromium, on the preview of the example
 * workbook (examples/cx-example.xlsx, English and Polish): choose the quarter and build; the
 * card says the NPS, the top driver and the biggest valuation mismatch, and the tab opens
 * with its two charts. Screenshots of the report go to test-results/.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { startPreview, Preview } from '../../local/preview/server';
import { readXlsx } from '../../local/xlsx';
import { previewBrowser, SCREENSHOTS } from './chromium';
import { containsText, hasClass, hasText } from './eventually';

jest.setTimeout(120_000);

const browser = previewBrowser();
let preview: Preview | undefined;
let page: Page;


const EXAMPLES = { en: 'examples/cx-example.xlsx', pl: 'examples/cx-example-pl.xlsx' };
const WORDS = {
  en: { button: 'Build survey report', built: 'Built “Survey report”', tab: 'Survey report', nps: 'NPS 10.6 (95%: 6 to 15.2)', top: 'Top driver: Courier handover (55.1%)' },
  pl: { button: 'Utwórz raport z badania', built: 'Utworzono „Raport z badania”', tab: 'Raport z badania', nps: 'NPS 10,6 (95%: 6 do 15,2)', top: 'Najważniejszy czynnik: Przekazanie przez kuriera (55,1%)' },
};

describe.each(['en', 'pl'] as const)('the Survey report card (%s)', (lang) => {
  it('builds the report by quarter and shows its headline; the tab has its two charts', async () => {
    const workbook = await readXlsx(path.resolve(__dirname, '../..', EXAMPLES[lang]));
    workbook.locale = lang === 'pl' ? 'pl_PL' : 'en_US';
    preview = await startPreview({ workbook });
    page = await browser.open(preview);
    await page.setViewportSize({ width: 1600, height: 1000 });
    await page.goto(preview.url);
    const sidebar = page.frameLocator('#sidebar');
    const card = sidebar.locator('.build-card[data-build="report"]');
    await card.waitFor();
    await card.locator('summary').click();
    await card.locator('#report-period').selectOption('quarter');
    const w = WORDS[lang];
    await sidebar.getByRole('button', { name: w.button }).click();
    await containsText(card.locator('.result.built'), w.nps);
    await containsText(card.locator('.result.built'), w.top);
    const tab = page.locator(`#tabs button[data-tab="${w.tab}"]`);
    await tab.click();
    await hasClass(tab, 'active');
    await hasText(page.locator('#sheet td[data-cell="A1"]'), w.tab);
    const sheet = preview.addon.workbook.sheetNamed(w.tab);
    expect(sheet.getCharts()).toHaveLength(2);
    // By quarter: July–September and October–December 2025.
    const values = sheet.getDataRange().getDisplayValues() as string[][];
    expect(values.filter((row) => /^2025 Q[34]$/.test(row[0])).map((row) => row[0])).toEqual(['2025 Q3', '2025 Q4']);
    await page.screenshot({ path: path.join(SCREENSHOTS, `survey-report-${lang}.png`), fullPage: true });
  });
});
