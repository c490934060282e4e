import fc from 'fast-check';
import { compareGroupLabels, compareText, GroupLabel, groupLabelOrder, textOrder } from '../../../src/core/survey/groupOrder';

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

  it('in a Polish spreadsheet, sorts text in the Polish alphabet: ł after l, ó after o, ś after s', () => {
    // Polish alphabet: a ą b c ć d e ę f g h i j k l ł m n ń o ó p r s ś t u w y z ź ż.
    expect(['Śrem', 'Łódź', 'Szczecin', 'lublin', 'Legnica', 'Ósemka', 'online'].sort(textOrder('pl'))).toEqual(['Legnica', 'lublin', 'Łódź', 'online', 'Ósemka', 'Szczecin', 'Śrem']);
    const text = (value: string): GroupLabel => ({ kind: 'text', value });
    expect([text('Śrem'), { kind: 'blank' } as GroupLabel, text('Szczecin'), { kind: 'number', value: 2 } as GroupLabel].sort(groupLabelOrder('pl'))).toEqual([
      { kind: 'number', value: 2 },
      text('Szczecin'),
      text('Śrem'),
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
