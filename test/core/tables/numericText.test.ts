import { parseNumericText } from '../../../src/core/tables/numericText';
import { isErrorValue } from '../../../src/core/tables/errorValue';

describe('parseNumericText', () => {
  it.each([
    ['9', 9],
    [' 9 ', 9],
    ['7,5', 7.5],
    ['7.5', 7.5],
    ['7,0', 7],
    ['-1', -1],
    ['+2', 2],
    ['.5', 0.5],
    [',5', 0.5],
    ['10.', 10],
    ['0', 0],
  ])('reads %j as %d', (text, expected) => {
    expect(parseNumericText(text)).toBe(expected);
  });

  it.each(['', ' ', 'n/a', "don't know", '9 points', '1e3', '1.2.3', '7,5,1', '--1', 'Infinity', 'NaN', '0x10', '½'])(
    'does not read %j as a number',
    (text) => {
      expect(parseNumericText(text)).toBeUndefined();
    },
  );
});

describe('isErrorValue', () => {
  it.each(['#N/A', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#NULL!', '#ERROR!', '#n/a'])('knows %s', (text) => {
    expect(isErrorValue(text)).toBe(true);
  });
  it.each(['#1 fan', 'N/A', '', '#'])('does not take %j for an error', (text) => {
    expect(isErrorValue(text)).toBe(false);
  });
});
