// The command line at Sheets' limits and at the edges of its options.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { SHEETS_CELL_LIMIT } from '../../../src/core/tabs/sheetLimits';
import { cxSheets, writeWorkbook } from './cliWorkbook';
import { TOUCHPOINTS_HEADER } from './gridWorkbook';

jest.setTimeout(600_000);

const dir = mkdtempSync(path.join(os.tmpdir(), 'cx-sheets-limits-'));
const file = (name: string) => path.join(dir, name);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Cells of a workbook as Sheets counts them once opened: each tab at least 1,000 × 26, more if its cells reach further. */
async function cellsOf(xlsx: string): Promise<number> {
  const zip = await JSZip.loadAsync(readFileSync(xlsx));
  let cells = 0;
  for (const name of Object.keys(zip.files).filter((n) => /^xl\/worksheets\/[^/]+\.xml$/.test(n))) {
    const xml = await zip.files[name].async('string');
    let rows = 0;
    let columns = 0;
    for (const m of xml.matchAll(/<c r="([A-Z]+)(\d+)"/g)) {
      const column = m[1].split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
      rows = Math.max(rows, Number(m[2]));
      columns = Math.max(columns, column);
    }
    cells += Math.max(1000, rows) * Math.max(26, columns);
  }
  return cells;
}

describe('cx-sheets and the 10,000,000-cell limit (DESIGN §4)', () => {
  it('a grid of 3,500 touchpoints on one path either fits under the limit or is refused with the limit named and no output', async () => {
    const input = file('journey-3500.xlsx');
    const rows: unknown[][] = [TOUCHPOINTS_HEADER];
    for (let i = 0; i < 3500; i++) rows.push([`Stage ${1 + Math.floor(i / 700)}`, `Touchpoint ${i + 1}`, '', (i % 5) - 2, '', 'no', 'no', 0.5, 'Team']);
    await writeWorkbook(input, { Touchpoints: rows as never });
    const output = file('journey-3500-grid.xlsx');
    const run = cxSheets('grid', input, '--out', output);
    if (run.status === 0) {
      expect(await cellsOf(output)).toBeLessThanOrEqual(SHEETS_CELL_LIMIT);
    } else {
      expect(run.status).toBe(1);
      expect(run.stderr).toHaveLength(1);
      expect(run.stderr[0]).toMatch(/^cx-sheets: The tab "Valuation grid" needs [\d,]+ cells and the spreadsheet already has [\d,]+: together more than Google Sheets' limit of 10,000,000 cells per spreadsheet\. Nothing was written/);
      expect(existsSync(output)).toBe(false);
    }
  });
});

describe('cx-sheets --out', () => {
  it('pointing at a folder: one clear line naming the folder, no temporary file named, nothing written', async () => {
    const input = file('small.xlsx');
    await writeWorkbook(input, { Touchpoints: [TOUCHPOINTS_HEADER, ['Buy', 'Checkout', '', 1, '', 'no', 'no', 1, 'Shop']] });
    const folder = file('out-folder');
    mkdirSync(folder);
    const run = cxSheets('build', input, '--out', folder);
    expect(run.status).toBe(1);
    expect(run.stderr).toEqual([`cx-sheets: --out ${folder} is a folder; give the file to write, e.g. --out ${path.join(folder, 'small-out.xlsx')}`]);
    expect(run.stderr[0]).not.toMatch(/\.tmp/);
  });
});
