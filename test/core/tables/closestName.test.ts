import { closestName, editDistance } from '../../../src/core/tables/closestName';
import { splitNameList } from '../../../src/core/tables/nameList';

describe('editDistance', () => {
  it.each([
    ['kitten', 'sitting', 3], // the textbook example: k→s, e→i, +g
    ['', 'abc', 3],
    ['web form', 'web from', 2],
    ['same', 'same', 0],
  ])('%s → %s is %d', (a, b, expected) => {
    expect(editDistance(a, b)).toBe(expected);
  });
});

describe('closestName', () => {
  const known = ['Web form', 'Call centre IVR', 'Delivery', 'Płatność online'];
  it('suggests the nearest known name', () => {
    expect(closestName('Web from', known)).toBe('Web form');
    expect(closestName('platnosc onlin', known)).toBe('Płatność online');
    expect(closestName('delivry', known)).toBe('Delivery');
  });
  it('has nothing to suggest from no names', () => {
    expect(closestName('anything', [])).toBeUndefined();
  });
});

describe('splitNameList', () => {
  it('splits on semicolons, commas and new lines, trimming and dropping blanks', () => {
    expect(splitNameList('Web form; IVR,Delivery\nReturns\r\n;; ')).toEqual(['Web form', 'IVR', 'Delivery', 'Returns']);
  });
  it('counts a repeated name once, whatever its case', () => {
    expect(splitNameList('Web form; web FORM; Delivery')).toEqual(['Web form', 'Delivery']);
  });
  it('gives nothing for a blank cell', () => {
    expect(splitNameList('  ')).toEqual([]);
  });
});
