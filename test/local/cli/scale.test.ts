// DESIGN §7: cx-sheets handles a workbook as large as Sheets allows without crashing, by
// streaming the file and keeping plain data cells out of the formula engine. Before that
// design, recalc ended in "Maximum call stack size exceeded" from 140,000 responses and
// took 2.6 GB for 100,000 (about 20 KB a response). `npm run bench` prints the figures for
// 100,000 and 1,000,000 responses; this test runs 300,000 every time.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { measureCommand } from '../../../scripts/lib/benchCommands';
import { BENCH_METRICS, writeResponsesWorkbook } from '../../../scripts/lib/benchWorkbooks';

jest.setTimeout(900_000);

const dir = mkdtempSync(path.join(os.tmpdir(), 'cx-sheets-scale-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('cx-sheets recalc at scale', () => {
  it('300,000 responses × 9 columns: exit 0, the NPS the data give, the Responses part copied, memory far from 20 KB a response', async () => {
    const input = path.join(dir, 'responses-300000.xlsx');
    const output = path.join(dir, 'responses-300000-out.xlsx');
    const written = await writeResponsesWorkbook(input, 300_000);
    const run = measureCommand(['recalc', input, '--out', output]);
    expect(run.lastLine).toMatch(/results updated in: Metrics/);
    expect(run.status).toBe(0);

    const [inZip, outZip] = await Promise.all([JSZip.loadAsync(readFileSync(input)), JSZip.loadAsync(readFileSync(output))]);
    const metrics = await outZip.file('xl/worksheets/sheet2.xml')!.async('string');
    const b1 = /<c r="B1"[^>]*>(?:<f>[^<]*<\/f>)<v>([^<]*)<\/v>/.exec(metrics);
    expect(BENCH_METRICS[0][1]).toBe('NPS(Responses!D2:D)');
    // NPS = (promoters − detractors) / answers × 100, counted by the generator as it wrote them.
    expect(Number(b1?.[1])).toBeCloseTo(((written.promoters - written.detractors) / written.npsAnswers) * 100, 9);
    // The 300,000 rows are the input's, untouched.
    const [a, b] = await Promise.all([inZip.file('xl/worksheets/sheet1.xml')!.async('nodebuffer'), outZip.file('xl/worksheets/sheet1.xml')!.async('nodebuffer')]);
    expect(b.equals(a)).toBe(true);
    // 20 KB a response would be 6 GB; the store keeps a response in well under 1 KB.
    expect(run.peakMb).toBeLessThan(1500);
  });
});
