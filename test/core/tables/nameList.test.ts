import fc from 'fast-check';
import { matchKey } from '../../../src/core/tables/matchKey';
import { joinNameList, splitNameList } from '../../../src/core/tables/nameList';

describe('splitNameList (DESIGN §3: a Projects cell listing touchpoints)', () => {
  it('splits at semicolons, commas and new lines, trims, drops blanks and repeats', () => {
    expect(splitNameList('Website; Checkout,Till\nHotline;; checkout')).toEqual(['Website', 'Checkout', 'Till', 'Hotline']);
  });

  it('keeps a name in double quotes whole, with its ; or , inside', () => {
    expect(splitNameList('"Pick-up; returns", Delivery, "Bag, box"')).toEqual(['Pick-up; returns', 'Delivery', 'Bag, box']);
  });

  it('reads a doubled quote inside quotes as one quote, as CSV does', () => {
    expect(splitNameList('"The ""fast"" lane"; Till')).toEqual(['The "fast" lane', 'Till']);
  });

  it('leaves a quote inside a name that is not quoted as it is', () => {
    expect(splitNameList('5" screen; Till')).toEqual(['5" screen', 'Till']);
  });
});

describe('joinNameList', () => {
  it('quotes a name holding a separator, so the cell reads back as the same names', () => {
    const names = ['Pick-up; returns', 'platnosc, KARTA', 'Delivery', 'Say "hi"; then', 'Line\nbreak'];
    const cell = joinNameList(names);
    expect(cell).toBe('"Pick-up; returns", "platnosc, KARTA", Delivery, "Say ""hi""; then", "Line\nbreak"');
    expect(splitNameList(cell)).toEqual(names);
  });

  it('round-trips any list of distinct names', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ minLength: 1, maxLength: 12 }).map((s) => s.trim()).filter((s) => s !== ''), { selector: matchKey, maxLength: 6 }), (names) => {
        expect(splitNameList(joinNameList(names))).toEqual(names);
      }),
    );
  });
});
