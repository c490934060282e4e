import { quadrantCells, QUADRANT_HEADER_FILL } from '../../../src/core/quadrants/quadrantCells';
import { NOTE_COLOUR } from '../../../src/core/tabs/generatedTabHead';

type Q = 'a' | 'b' | 'c' | 'd';
const spec = {
  title: 'Matrix',
  corner: 'Y ↕  X ↔',
  xLow: 'Low X',
  xHigh: 'High X',
  yHigh: 'High Y',
  yLow: 'Low Y',
  corners: { topLeft: 'a', topRight: 'b', bottomLeft: 'c', bottomRight: 'd' } as const,
  names: { a: 'A', b: 'B', c: 'C', d: 'D' },
  fills: { a: '#111111', b: '#222222', c: '#333333', d: '#444444' },
  items: { a: [{ text: 'one', note: 'n1' }, { text: 'two' }], b: [], c: [{ text: '=HYPERLINK("x")', note: null }], d: [{ text: 'four' }] } as Record<Q, { text: string; note?: string | null }[]>,
  none: '(none)',
  legend: ['first note', 'second note'],
};

describe('quadrantCells', () => {
  const cells = quadrantCells<Q>(spec);
  const values = cells.map((row) => row.map((cell) => cell.value));

  it('lays out the 2×2 as rows of five cells: axes, quadrant heads with counts, items, legend', () => {
    expect(values).toEqual([
      ['Matrix', null, null, null, null],
      ['Y ↕  X ↔', 'Low X', null, 'High X', null],
      ['High Y', 'A (2)', null, 'B (0)', null],
      [null, 'one', 'n1', '(none)', null],
      [null, 'two', null, null, null],
      ['Low Y', 'C (1)', null, 'D (1)', null],
      [null, '=HYPERLINK("x")', null, 'four', null],
      ['first note', null, null, null, null],
      ['second note', null, null, null, null],
    ]);
  });

  it('fills each quadrant head in its colour and the axis labels grey; notes and (none) are grey', () => {
    expect(cells[2].map((cell) => cell.format?.background)).toEqual([QUADRANT_HEADER_FILL, '#111111', '#111111', '#222222', '#222222']);
    expect(cells[5].map((cell) => cell.format?.background)).toEqual([QUADRANT_HEADER_FILL, '#333333', '#333333', '#444444', '#444444']);
    expect(cells[1].map((cell) => cell.format?.background)).toEqual(Array(5).fill(QUADRANT_HEADER_FILL));
    expect([cells[3][2].format?.fontColor, cells[3][3].format?.fontColor, cells[7][0].format?.fontColor]).toEqual([NOTE_COLOUR, NOTE_COLOUR, NOTE_COLOUR]);
    expect(cells[2][1].format?.bold).toBe(true);
  });
});
