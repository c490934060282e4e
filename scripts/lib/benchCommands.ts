/**
 * `npm run bench`'s command-line figures (DESIGN §7): time and peak memory of `cx-sheets
 * recalc` on 100,000 and 1,000,000 responses × 9 columns, and of `cx-sheets build` for a
 * 200-touchpoint grid and a 10,000-project matrix. Each run is a child process, as a user
 * runs the command; its peak memory is the child's maximum resident set size
 * (process.resourceUsage().maxRSS), its CPU time user + system. Figures are printed, never
 * asserted: a memory regression shows here, not as a flaky test.
 *
 * The input workbooks are made once (scripts/lib/benchWorkbooks.ts) and kept in the
 * system's temporary folder, named by size and a format version.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createWorkbook } from '../../local/runtime';
import { xlsxBytes } from '../../local/xlsx';
import { projectRows, touchpointRows, writeResponsesWorkbook } from './benchWorkbooks';

const ROOT = path.resolve(__dirname, '../..');
const DIR = path.join(os.tmpdir(), 'cx-sheets-bench');
/** Bump when the generated workbooks change, so that old copies are not reused. */
const VERSION = 1;

interface Measured {
  readonly status: number | null;
  readonly seconds: number;
  readonly cpuSeconds: number;
  readonly peakMb: number;
  readonly lastLine: string;
}

/** Runs `cx-sheets …args` in a child process and reads its resource usage. */
export function measureCommand(args: readonly string[]): Measured {
  const script = [
    "require('tsx/cjs/api').register();",
    `require(${JSON.stringify(path.join(ROOT, 'local/cli/main.ts'))}).main(['node', 'cx-sheets', ...process.argv.slice(1)]).then((code) => {`,
    '  const u = process.resourceUsage();',
    "  process.stderr.write('\\n@@usage ' + JSON.stringify({ maxRSS: u.maxRSS, cpu: u.userCPUTime + u.systemCPUTime }) + '\\n');",
    '  process.exitCode = code;',
    '});',
  ].join('\n');
  const start = performance.now();
  const run = spawnSync(process.execPath, ['-e', script, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const seconds = (performance.now() - start) / 1000;
  const usage = /@@usage (\{.*\})/.exec(run.stderr ?? '');
  const parsed = usage ? (JSON.parse(usage[1]) as { maxRSS: number; cpu: number }) : { maxRSS: 0, cpu: 0 };
  const output = `${run.stdout ?? ''}${run.stderr ?? ''}`.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('@@') && !line.startsWith('… '));
  return { status: run.status, seconds, cpuSeconds: parsed.cpu / 1e6, peakMb: parsed.maxRSS / 1024, lastLine: output[output.length - 1] ?? '' };
}

async function input(name: string, make: (file: string) => Promise<void>): Promise<string> {
  mkdirSync(DIR, { recursive: true });
  const file = path.join(DIR, `${name}-v${VERSION}.xlsx`);
  if (!existsSync(file)) {
    const start = performance.now();
    process.stdout.write(`  (making ${path.basename(file)} once… `);
    await make(file);
    process.stdout.write(`${((performance.now() - start) / 1000).toFixed(0)} s, ${(statSync(file).size / 1e6).toFixed(1)} MB)\n`);
  }
  return file;
}

async function tabsWorkbook(file: string, tabs: Record<string, unknown[][]>): Promise<void> {
  writeFileSync(file, await xlsxBytes(createWorkbook(tabs)));
}

export async function commandLineBench(): Promise<void> {
  console.log('\ncx-sheets on large workbooks: one child process per run; peak = its maximum resident set size');
  const cases: { name: string; args: (file: string, out: string) => string[]; file: () => Promise<string> }[] = [
    {
      name: 'recalc, 100,000 responses × 9 columns',
      file: () => input('responses-100000', (f) => writeResponsesWorkbook(f, 100_000).then(() => undefined)),
      args: (file, out) => ['recalc', file, '--out', out],
    },
    {
      name: 'recalc, 1,000,000 responses × 9 columns',
      file: () => input('responses-1000000', (f) => writeResponsesWorkbook(f, 1_000_000).then(() => undefined)),
      args: (file, out) => ['recalc', file, '--out', out],
    },
    {
      name: 'build, valuation grid of 200 touchpoints',
      file: () => input('touchpoints-200', (f) => tabsWorkbook(f, { Touchpoints: touchpointRows(200) })),
      args: (file, out) => ['build', file, '--out', out],
    },
    {
      name: 'build, matrix of 10,000 projects',
      file: () => input('projects-10000', (f) => tabsWorkbook(f, { Touchpoints: touchpointRows(20), Projects: projectRows(10_000) })),
      args: (file, out) => ['build', file, '--out', out],
    },
  ];
  const rows: string[][] = [];
  let failed = 0;
  for (const benchCase of cases) {
    const file = await benchCase.file();
    const out = path.join(DIR, `out-${process.pid}.xlsx`);
    const measured = measureCommand(benchCase.args(file, out));
    rmSync(out, { force: true });
    if (measured.status !== 0) failed++;
    rows.push([
      benchCase.name,
      `${(statSync(file).size / 1e6).toFixed(1)} MB`,
      measured.status === 0 ? 'ok' : `exit ${measured.status}: ${measured.lastLine}`,
      `${measured.seconds.toFixed(1)} s`,
      `${measured.cpuSeconds.toFixed(1)} s`,
      `${measured.peakMb.toFixed(0)} MB`,
    ]);
  }
  const header = ['command', 'input', 'result', 'wall time', 'CPU time', 'peak memory'];
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  console.log(line(header));
  for (const row of rows) console.log(line(row));
  if (failed > 0) process.exitCode = 1;
}
