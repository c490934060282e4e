import { readEntryPoints } from '../../scripts/lib/entryPoints';
import { loadBundle } from '../helpers/bundle';
import { parseExample, parseExpectedTable } from '../../scripts/lib/sheetsLiteral';

// The examples in the JSDoc are what users read in autocomplete and docs/FUNCTIONS.md:
// every one written over literals must be what the built function really returns.
const examples = readEntryPoints()
  .flatMap((entry) => (entry.kind === 'custom' ? entry.examples.map((example) => [entry.name, example] as const) : []))
  .map(([name, example]) => [name, example, parseExample(example)] as const)
  .filter(([, , call]) => call !== undefined);

describe('@example tags, evaluated through dist/Code.js', () => {
  it('include one for every custom function', () => {
    const names = new Set(examples.map(([name]) => name));
    for (const entry of readEntryPoints()) if (entry.kind === 'custom') expect(names).toContain(entry.name);
  });

  it.each(examples)('%s: %s', (name, _example, call) => {
    const bundle = loadBundle();
    expect(call!.name).toBe(name);
    const result = bundle[name](...call!.args);
    // "returns 25" is exact; "returns ≈33.3" is the value rounded as shown.
    const expected = call!.expected.replace(/[,;]$/, '').replace(/\.$/, '');
    const rounded = /^≈-?\d+(\.\d+)?$/.exec(expected);
    if (expected.startsWith('{')) {
      // A table: same shape, each cell as written ("≈84.87" rounded as shown).
      const table = parseExpectedTable(expected);
      expect(result.map((row: unknown[]) => row.length)).toEqual(table.map((row) => row.length));
      table.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (cell instanceof Date) expect(result[r][c]).toEqual(cell); // a Date of the bundle's realm
          else if (typeof cell === 'object') expect(result[r][c]).toBeCloseTo(cell.approximately, cell.decimals);
          else expect(result[r][c]).toBe(cell);
        }),
      );
    } else if (rounded) {
      expect(result).toBeCloseTo(Number(expected.slice(1)), rounded[1] ? rounded[1].length - 1 : 0);
    } else if (/^-?\d+(\.\d+)?$/.test(expected)) {
      expect(result).toBeCloseTo(Number(expected), 10);
    } else {
      expect(String(result)).toBe(expected);
    }
  });
});
