import fc from 'fast-check';
import { compareGroupLabels, compareText, GroupLabel } from '../../../src/core/survey/groupOrder';

describe('group order (pivot-table ascending)', () => {
  it('puts numbers, dates, text, booleans, blank in that order', () => {
    const labels: GroupLabel[] = [
      { kind: 'blank' },
      { kind: 'boolean', value: true },
      { kind: 'text', value: 'b' },
      { kind: 'date', day: 20000 },
      { kind: 'number', value: 3 },
      { kind: 'boolean', value: false },
      { kind: 'text', value: 'A' },
      { kind: 'number', value: -1 },
      { kind: 'date', day: 10 },
    ];
    expect([...labels].sort(compareGroupLabels)).toEqual([
      { kind: 'number', value: -1 },
      { kind: 'number', value: 3 },
      { kind: 'date', day: 10 },
      { kind: 'date', day: 20000 },
      { kind: 'text', value: 'A' },
      { kind: 'text', value: 'b' },
      { kind: 'boolean', value: false },
      { kind: 'boolean', value: true },
      { kind: 'blank' },
    ]);
  });

  it('sorts text ignoring case, Polish letters next to their base letter', () => {
    expect(['north', 'East', 'Łódź', 'lublin', 'Zachód', 'Ósemka', 'online'].sort(compareText)).toEqual([
      'East',
      'Łódź',
      'lublin',
      'north',
      'online',
      'Ósemka',
      'Zachód',
    ]);
  });

  it('is a total order on text: antisymmetric, and 0 only for equal strings', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(Math.sign(compareText(a, b))).toBe(0 - Math.sign(compareText(b, a)) + 0);
        expect(compareText(a, b) === 0).toBe(a === b);
      }),
    );
  });
});
