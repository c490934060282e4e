import { splitNameList } from '../../../src/core/tables/nameList';

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
