import { CSAT } from '../../src/functions/csat';
import { column } from '../helpers/cells';

describe('CSAT', () => {
  it('reads every shape: value, column, row, block, with blanks, text and numeric text', () => {
    expect(CSAT(5)).toBe(100);
    // 5, 4, 3, 2 valid: top-2-box 4–5 → 2 of 4
    expect(CSAT(column(5, '', '4', 'n/a', 3, '2,0'))).toBe(50);
    expect(CSAT([[5, 4, 3, 2]] as never)).toBe(50);
    expect(CSAT([[5, 4], [3, ' 2 ']] as never)).toBe(50);
  });

  it('uses the top two boxes of each scale by default', () => {
    expect(CSAT(column(7, 6, 5, 1), 7)).toBe(50); // 6–7
    expect(CSAT(column(10, 9, 8, 1), 10)).toBe(50); // 9–10
    expect(CSAT(column(10, 9, 8, 1), 10, 8)).toBe(75); // 8–10
  });

  it('refuses a score off the scale, naming it', () => {
    expect(() => CSAT(column(5, 6))).toThrow('CSAT: 6 (row 2 of scores) is not a 1–5 satisfaction score; allowed: whole numbers from 1 to 5');
    expect(() => CSAT(column(0), 10)).toThrow('CSAT: 0 (scores) is not a 1–10 satisfaction score; allowed: whole numbers from 1 to 10');
    expect(() => CSAT(column(4.5))).toThrow('CSAT: 4.5 (scores) is not a 1–5 satisfaction score');
    expect(() => CSAT(column(new Date(2026, 5, 1, 12)))).toThrow('(scores) is a date, not a 1–5 satisfaction score');
  });

  it('refuses a scale or satisfied_from that is not allowed, listing the allowed values', () => {
    expect(() => CSAT(column(5), 6)).toThrow('CSAT: scale 6 is not allowed; allowed: 5, 7, 10');
    expect(() => CSAT(column(5), 5, 6)).toThrow('CSAT: satisfied_from 6 is not allowed; allowed: whole numbers from 1 to 5 (the scale)');
    expect(() => CSAT(column(5), 5, 3.5)).toThrow('CSAT: satisfied_from 3.5 is not allowed');
    expect(() => CSAT(column(5), 5, 0)).toThrow('CSAT: satisfied_from 0 is not allowed');
  });

  it('says so when there is no score', () => {
    expect(() => CSAT(column(''))).toThrow('CSAT: scores has no 1–5 satisfaction scores');
  });
});
