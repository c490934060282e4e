import { englishStem } from '../../../src/core/themes/englishStem';

describe('englishStem (Porter2)', () => {
  // The sample vocabulary and its stems as published with the algorithm (snowballstem.org, English stemmer).
  const published: [string, string][] = [
    ['consign', 'consign'], ['consigned', 'consign'], ['consigning', 'consign'], ['consignment', 'consign'],
    ['consist', 'consist'], ['consisted', 'consist'], ['consistency', 'consist'], ['consistent', 'consist'],
    ['consistently', 'consist'], ['consisting', 'consist'], ['consists', 'consist'], ['consolation', 'consol'],
    ['consolations', 'consol'], ['consolatory', 'consolatori'], ['console', 'consol'], ['consoled', 'consol'],
    ['consolidate', 'consolid'], ['consolidated', 'consolid'], ['consolidating', 'consolid'], ['consoling', 'consol'],
    ['consonant', 'conson'], ['conspicuous', 'conspicu'], ['conspiracy', 'conspiraci'], ['conspirator', 'conspir'],
    ['constable', 'constabl'], ['constancy', 'constanc'], ['constant', 'constant'],
  ];
  it.each(published)('%s → %s', (word, stem) => {
    expect(englishStem(word)).toBe(stem);
  });

  it('makes the inflections of a CX word meet', () => {
    expect(['delivery', 'deliveries'].map(englishStem)).toEqual(['deliveri', 'deliveri']);
    expect(['wait', 'waiting', 'waited', 'waits'].map(englishStem)).toEqual(['wait', 'wait', 'wait', 'wait']);
    expect(['price', 'prices'].map(englishStem)).toEqual(['price', 'price']);
  });

  it('leaves words outside a–z as they are (the package reads the digit 3 as its own marker)', () => {
    expect(englishStem('mp3')).toBe('mp3');
    expect(englishStem('доставки')).toBe('доставки');
    expect(englishStem('24h')).toBe('24h');
  });
});
