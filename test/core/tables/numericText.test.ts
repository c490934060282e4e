import { parseNumericText, parseScoreText } from '../../../src/core/tables/numericText';
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
    ['\u22121', -1], // the typographic minus U+2212, as word processors write it
    [' \u22122,5 ', -2.5],
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

describe('parseScoreText', () => {
  it.each([
    ['10 - Extremely likely', 10],
    ['0 – Not at all likely', 0], // en dash
    ['0 — Not at all likely', 0], // em dash
    ['5: Very satisfied', 5],
    ['4 (Satisfied)', 4],
    ['7. Strongly agree', 7],
    ['10-Extremely likely', 10],
    ['\u22121 – Disagree', -1],
    ['9', 9],
    [' 7,5 ', 7.5],
    ['3 - Źle', 3], // a Polish label
  ])('reads the score of %j as %d', (text, expected) => {
    expect(parseScoreText(text)).toBe(expected);
  });

  it.each(['5 - 7', '9 points', '10 -', 'Extremely likely - 10', '5 - 7 days', 'n/a', '', '1e3', '5 — 6'])('does not read %j as a score', (text) => {
    expect(parseScoreText(text)).toBeUndefined();
  });
});

describe('isErrorValue', () => {
  it.each(['#N/A', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#NULL!', '#ERROR!', '#n/a'])('knows %s', (text) => {
    expect(isErrorValue(text)).toBe(true);
  });
  it.each(['#1 fan', 'N/A', '', '#'])('does not take %j for an error', (text) => {
    expect(isErrorValue(text)).toBe(false);
  });
});
