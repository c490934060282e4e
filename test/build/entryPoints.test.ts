import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readEntryPoints, renderStubs } from '../../scripts/lib/entryPoints';

const tsconfig = path.resolve('tsconfig.json');
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'cx-entry-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function entriesOf(source: string) {
  const main = path.join(dir, 'main.ts');
  writeFileSync(main, source);
  return readEntryPoints(main, tsconfig);
}

const goodDoc = `/**
     * Doubles a number.
     *
     * @param value The number to double.
     * @param times How many times (optional).
     * @return Twice the number.
     * @customfunction
     */`;

describe('readEntryPoints', () => {
  it('reads a custom function with its JSDoc, parameters and optional flags', () => {
    const [fn] = entriesOf(`${goodDoc}\n    export function DOUBLE(value: number, times?: number) { return value * 2 * (times ?? 1); }`);
    expect(fn).toMatchObject({
      kind: 'custom',
      name: 'DOUBLE',
      parameters: ['value', 'times'],
      optional: [false, true],
      description: 'Doubles a number.',
      params: [
        { name: 'value', description: 'The number to double.' },
        { name: 'times', description: 'How many times (optional).' },
      ],
      returns: 'Twice the number.',
    });
    // Re-indented to the top level, every line kept.
    expect(fn.kind === 'custom' && fn.jsDoc.split('\n')).toEqual([
      '/**',
      ' * Doubles a number.',
      ' *',
      ' * @param value The number to double.',
      ' * @param times How many times (optional).',
      ' * @return Twice the number.',
      ' * @customfunction',
      ' */',
    ]);
  });

  it('turns plain functions and serverApi methods into plain entry points', () => {
    const entries = entriesOf(`
      export function onOpen(e: unknown) {}
      export const serverApi = { build(options: unknown) { return 1; }, list() { return []; } };
      export type NotCallable = string;`);
    expect(entries).toEqual([
      { kind: 'entry', name: 'onOpen', parameters: ['e'], target: 'onOpen' },
      { kind: 'entry', name: 'build', parameters: ['options'], target: 'serverApi.build' },
      { kind: 'entry', name: 'list', parameters: [], target: 'serverApi.list' },
    ]);
    expect(renderStubs(entries)).toBe(
      'function onOpen(e) {\n  return CXSheets.onOpen(e);\n}\n\n' +
        'function build(options) {\n  return CXSheets.serverApi.build(options);\n}\n\n' +
        'function list() {\n  return CXSheets.serverApi.list();\n}',
    );
  });

  it.each([
    ['a missing @param', `/**\n * Doubles.\n * @return Twice.\n * @customfunction\n */\nexport function DOUBLE(value: number) { return value; }`, /@param tags \(none\) must name the parameters \(value\)/],
    ['a misnamed @param', `/**\n * Doubles.\n * @param x The number.\n * @return Twice.\n * @customfunction\n */\nexport function DOUBLE(value: number) { return value; }`, /@param tags \(x\) must name the parameters \(value\)/],
    ['no @return', `/**\n * Doubles.\n * @param value The number.\n * @customfunction\n */\nexport function DOUBLE(value: number) { return value; }`, /needs an @return/],
    ['no description', `/**\n * @param value The number.\n * @return Twice.\n * @customfunction\n */\nexport function DOUBLE(value: number) { return value; }`, /needs a description/],
    ['a non-function export', `export const LIMIT = 3;`, /exports LIMIT, which is neither a function nor serverApi/],
    ['a serverApi arrow property', `export const serverApi = { go: () => 1 };`, /every member must be a method/],
    ['a name taken twice', `export function go() {}\nexport const serverApi = { go() {} };`, /two entry points are named go/],
  ])('fails the build on %s', (_case, source, message) => {
    expect(() => entriesOf(source)).toThrow(message);
  });
});
