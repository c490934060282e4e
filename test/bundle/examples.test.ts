import { readEntryPoints } from '../../scripts/lib/entryPoints';
import { loadBundle } from '../helpers/bundle';
import { parseExample } from '../helpers/sheetsLiteral';

// The examples in the JSDoc are what users read in autocomplete and docs/FUNCTIONS.md:
// every one written over literals must be what the built function really returns.
const examples = readEntryPoints()
  .flatMap((entry) => (entry.kind === 'custom' ? entry.examples.map((example) => [entry.name, example] as const) : []))
  .map(([name, example]) => [name, example, parseExample(example)] as const)
  .filter(([, , call]) => call !== undefined);

describe('@example tags, evaluated through dist/Code.js', () => {
  it('include NPS', () => {
    expect(examples.map(([name]) => name)).toContain('NPS');
  });

  it.each(examples)('%s: %s', (name, _example, call) => {
    const bundle = loadBundle();
    expect(call!.name).toBe(name);
    const result = bundle[name](...call!.args);
    // "returns 25" is exact; "returns ≈33.3" is the value rounded as shown.
    const expected = call!.expected.replace(/[,;]$/, '').replace(/\.$/, '');
    const rounded = /^≈-?\d+(\.\d+)?$/.exec(expected);
    if (rounded) {
      expect(result).toBeCloseTo(Number(expected.slice(1)), rounded[1] ? rounded[1].length - 1 : 0);
    } else if (/^-?\d+(\.\d+)?$/.test(expected)) {
      expect(result).toBeCloseTo(Number(expected), 10);
    } else {
      expect(String(result)).toBe(expected);
    }
  });
});
