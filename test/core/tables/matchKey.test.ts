import fc from 'fast-check';
import { matchKey } from '../../../src/core/tables/matchKey';

describe('matchKey: headers and names compared case-, accent- and punctuation-insensitively', () => {
  it.each([
    ['Punkt styku', 'punkt styku'],
    ['PUNKT  STYKU', 'punkt styku'],
    ['punkt-styku', 'punkt styku'],
    ['Zasięg', 'zasieg'],
    ['Właściciel', 'wlasciciel'],
    ['ŁÓDŹ', 'lodz'],
    ['Ścieżka / Kanał', 'sciezka kanal'],
    ['  Moment of truth? ', 'moment of truth'],
    ['Wysiłek klienta', 'wysilek klienta'],
  ])('%j → %j', (text, key) => {
    expect(matchKey(text)).toBe(key);
  });

  it('is idempotent and ignores case', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(matchKey(matchKey(text))).toBe(matchKey(text));
        expect(matchKey(text.toUpperCase())).toBe(matchKey(text.toLowerCase()));
      }),
    );
  });
});
