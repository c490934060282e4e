// The built example opened by a real spreadsheet program (issue 13, item 1): LibreOffice
// headless (Debian's `libreoffice-calc`) converts the `cx-sheets build` output to PDF, and
// every chart title of the generated tabs must be in the PDF's text (poppler's `pdftotext`),
// which it is only when LibreOffice read the chart parts and drew the charts. One page with
// a chart is rendered to test-results/libreoffice-chart.png (`pdftoppm`) for a person to look at.
//
// Needs `soffice` and `pdftotext`/`pdftoppm` on PATH (apt-get install libreoffice-calc
// poppler-utils; .ci/run installs them). Missing tools fail the test, never skip it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cxSheets } from './cli/cliWorkbook';

// LibreOffice's first start (a fresh profile) and a 120-page export on a busy 2-core machine.
jest.setTimeout(180_000);

const ROOT = path.resolve(__dirname, '../..');

/** The example's generated tabs' chart titles, as their builds set them. */
const TITLES = [
  'Current vs target along the journey',
  'Cost vs satisfaction impact',
  'Stakeholders: influence × interest',
  'Valuations before and now along the journey',
  'NPS with its 95% interval',
  'Importance × performance',
];

function requireTool(command: string, args: string[], install: string): void {
  const probe = spawnSync(command, args, { encoding: 'utf8' });
  if (probe.error) throw new Error(`${command} is not installed, and this test needs it: install it with \`apt-get install -y --no-install-recommends ${install}\` (.ci/run does).`);
}

const squeeze = (text: string) => text.replace(/\s+/g, ' ');

describe('LibreOffice draws every chart of the built example', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cx-sheets-libreoffice-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('converts the cx-sheets build output to PDF holding each chart title, and renders a page with a chart to PNG', () => {
    requireTool('soffice', ['--version'], 'libreoffice-calc');
    requireTool('pdftotext', ['-v'], 'poppler-utils');

    const out = path.join(dir, 'cx-example-built.xlsx');
    const run = cxSheets('build', 'examples/cx-example.xlsx', '--out', out);
    expect(run.stderr.filter((line) => line.startsWith('cx-sheets:'))).toEqual([]);
    expect(run.status).toBe(0);

    // A profile of its own (and a HOME of its own), so it runs as root in CI and beside a running LibreOffice.
    const home = path.join(dir, 'home');
    mkdirSync(home);
    const convert = spawnSync(
      'soffice',
      [`-env:UserInstallation=file://${path.join(dir, 'profile')}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, out],
      { encoding: 'utf8', env: { ...process.env, HOME: home }, timeout: 170_000 },
    );
    const pdf = path.join(dir, 'cx-example-built.pdf');
    if (!existsSync(pdf)) throw new Error(`soffice wrote no PDF (status ${convert.status}): ${convert.stdout}${convert.stderr}`);

    const text = spawnSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(text.status).toBe(0);
    const pages = text.stdout.split('\f').map(squeeze);
    const missing = TITLES.filter((title) => !pages.some((page) => page.includes(title)));
    expect(missing).toEqual([]);

    // A page for a person: the one with the survey report's scatter chart (whole on one page).
    const page = pages.findIndex((p) => p.includes('Importance × performance')) + 1;
    const results = path.join(ROOT, 'test-results');
    mkdirSync(results, { recursive: true });
    requireTool('pdftoppm', ['-v'], 'poppler-utils');
    const render = spawnSync('pdftoppm', ['-f', String(page), '-l', String(page), '-png', '-r', '110', '-singlefile', pdf, path.join(results, 'libreoffice-chart')]);
    expect(render.status).toBe(0);
    expect(existsSync(path.join(results, 'libreoffice-chart.png'))).toBe(true);
  });
});
