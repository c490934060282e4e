import { execFileSync } from 'node:child_process';
import path from 'node:path';
import vm from 'node:vm';
import { calendarDay, describeCellValue, isBlankCell, isDateCell } from '../../../src/core/tables/cellValue';

describe('cell values', () => {
  it('treats "", whitespace, null and undefined as blank, and nothing else', () => {
    expect(['', '   ', null, undefined].every(isBlankCell)).toBe(true);
    expect([0, false, 'x', new Date(0)].some(isBlankCell)).toBe(false);
  });

  it('recognises a Date from another realm', () => {
    expect(isDateCell(vm.runInNewContext('new Date(0)'))).toBe(true);
    expect(isDateCell('2026-01-01')).toBe(false);
  });

  it.each([
    [' abc ', '"abc"'],
    [3, '3'],
    [-0.5, '-0.5'],
    [true, 'TRUE'],
    [false, 'FALSE'],
    [new Date(Date.UTC(2026, 0, 5)), '2026-01-05'],
    [new Date(NaN), 'an invalid date'],
    ['', 'an empty cell'],
    // As typed, not JSON-escaped: quotes and backslashes stay single; a line break shows as ↵.
    ['=HYPERLINK("http://evil.example")', '"=HYPERLINK("http://evil.example")"'],
    ['C:\\files', '"C:\\files"'],
    ['two\nlines', '"two↵lines"'],
  ])('%p is described as %s', (value, text) => {
    expect(describeCellValue(value)).toBe(text);
  });

  it('names the calendar day the sheet shows, even east of Greenwich', () => {
    // A date cell of 1 March 2026 reaches a Warsaw script as local midnight: 28 Feb 23:00 UTC.
    // The time zone is fixed per process, so this runs in a Node started in Warsaw time.
    const script = `const m = require(${JSON.stringify(path.resolve('src/core/tables/cellValue.ts'))});
      const cell = new Date(2026, 2, 1);
      console.log(JSON.stringify([cell.toISOString(), m.calendarDay(cell), m.describeCellValue(cell)]));`;
    const output = execFileSync(process.execPath, ['--import', 'tsx', '-e', script], { env: { ...process.env, TZ: 'Europe/Warsaw' }, encoding: 'utf8' });
    expect(JSON.parse(output)).toEqual(['2026-02-28T23:00:00.000Z', '2026-03-01', '2026-03-01']);
  });

  it('names the calendar day in this process too', () => {
    expect(calendarDay(new Date(2026, 0, 5))).toBe('2026-01-05');
  });
});
