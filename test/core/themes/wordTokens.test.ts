import { scanWords, wordHash, wordTokens } from '../../../src/core/themes/wordTokens';

function adjacency(text: string): [string, boolean][] {
  const words: [string, boolean][] = [];
  scanWords(text, (start, end, adjacent) => words.push([text.slice(start, end), adjacent]));
  return words;
}

describe('wordTokens', () => {
  it('finds words of letters and digits in any script, keeping inner apostrophes', () => {
    expect(wordTokens('Late delivery, deliveries!!! e-mail: don’t 24h dostawą')).toEqual(['Late', 'delivery', 'deliveries', 'e', 'mail', 'don’t', '24h', 'dostawą']);
    expect(wordTokens('Доставка опоздала; 配送が遅い')).toEqual(['Доставка', 'опоздала', '配送が遅い']);
    expect(wordTokens("customers' 'quoted' rock'n'roll")).toEqual(['customers', 'quoted', "rock'n'roll"]);
  });

  it('keeps combining marks and letters outside the Basic Multilingual Plane inside a word; emoji separate words', () => {
    expect(wordTokens('cafe\u0301 𝐀𝐁c great👍service')).toEqual(['cafe\u0301', '𝐀𝐁c', 'great', 'service']);
  });

  it('finds nothing in punctuation or an empty text', () => {
    expect(wordTokens('')).toEqual([]);
    expect(wordTokens(' -- !!! … ')).toEqual([]);
  });
});

describe('scanWords hash', () => {
  it('passes each word with its wordHash, surrogate pairs and apostrophes included', () => {
    const text = 'don’t 𝐀𝐁c, Dostawą';
    scanWords(text, (start, end, _adjacent, hash) => expect(hash).toBe(wordHash(text, start, end)));
    expect(wordHash('ab', 0, 2)).not.toBe(wordHash('ba', 0, 2));
  });
});

describe('scanWords adjacency', () => {
  it('joins words separated by spaces or a hyphen only; punctuation and dashes part them', () => {
    expect(adjacency('late delivery, again - now (ok) on–time\u00a0guaranteed')).toEqual([
      ['late', false],
      ['delivery', true],
      ['again', false], // after ","
      ['now', true], // " - " is spaces and a hyphen
      ['ok', false], // after "("
      ['on', false], // after ")"
      ['time', false], // the en dash parts words
      ['guaranteed', true], // a no-break space joins
    ]);
  });
});
