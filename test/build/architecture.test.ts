import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * The layout rules of docs/ARCHITECTURE.md, checked on the tree: core lives in domain
 * folders, each twinned by a test folder, no folder grows past 20 files, and core names
 * no Apps Script service, DOM or Node global.
 */
const ROOT = path.resolve(__dirname, '../..');
const CORE = path.join(ROOT, 'src/core');
const TEST_CORE = path.join(ROOT, 'test/core');

const entries = (dir: string) => readdirSync(dir).map((name) => ({ name, full: path.join(dir, name) }));
const domains = entries(CORE).filter((e) => statSync(e.full).isDirectory());

function tsFiles(dir: string): string[] {
  return entries(dir).flatMap((e) => (statSync(e.full).isDirectory() ? tsFiles(e.full) : e.name.endsWith('.ts') ? [e.full] : []));
}

describe('the source tree follows docs/ARCHITECTURE.md', () => {
  it('keeps no TypeScript file directly in src/core except an optional index', () => {
    const loose = entries(CORE).filter((e) => e.name.endsWith('.ts') && e.name !== 'index.ts');
    expect(loose.map((e) => e.name)).toEqual([]);
  });

  it('twins every core domain folder with a test folder', () => {
    expect(domains.length).toBeGreaterThanOrEqual(6);
    const missing = domains.filter((d) => !statSync(path.join(TEST_CORE, d.name), { throwIfNoEntry: false })?.isDirectory());
    expect(missing.map((d) => d.name)).toEqual([]);
  });

  it('keeps every core folder at 20 files or fewer', () => {
    const big = domains.filter((d) => readdirSync(d.full).length > 20).map((d) => d.name);
    expect(big).toEqual([]);
  });

  it('names no Apps Script service, DOM or Node global in core', () => {
    const forbidden = /SpreadsheetApp|HtmlService|document\.|window\.|process\.|require\(/;
    const offenders = tsFiles(CORE).filter((file) => forbidden.test(readFileSync(file, 'utf8')));
    expect(offenders.map((f) => path.relative(ROOT, f))).toEqual([]);
  });
});
