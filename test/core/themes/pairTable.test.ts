import fc from 'fast-check';
import { PairTable } from '../../../src/core/themes/pairTable';

describe('PairTable', () => {
  it('numbers pairs in order of first addition and finds them again, as a Map of "a,b" keys does', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(50), fc.nat(50)), { maxLength: 400 }), (pairs) => {
        const table = new PairTable(4);
        const reference = new Map<string, number>();
        for (const [a, b] of pairs) {
          const key = `${a},${b}`;
          if (!reference.has(key)) reference.set(key, reference.size);
          expect(table.add(a, b)).toBe(reference.get(key));
        }
        expect(table.size).toBe(reference.size);
        for (const [a, b] of pairs) expect(table.get(a, b)).toBe(reference.get(`${a},${b}`));
        expect(table.get(51, 0)).toBe(-1);
        const seen: string[] = [];
        table.forEach((a, b, index) => {
          expect(reference.get(`${a},${b}`)).toBe(index);
          seen.push(`${a},${b}`);
        });
        expect(seen.sort()).toEqual([...reference.keys()].sort());
      }),
    );
  });
});
