import { PROBLEM_TEXTS } from '../../../src/core/tables/problemTexts';

// The texts other tests do not reach through a reader: finding the table, and scores.
// Expected strings written by hand.
describe('problem texts', () => {
  const { en, pl } = PROBLEM_TEXTS;

  it('says in Polish why the table was not found', () => {
    expect(pl.noDefaultTab(['Touchpoints', 'Punkty styku'])).toBe('nie ma karty o nazwie "Touchpoints" ani "Punkty styku"');
    expect(en.noDefaultTab(['Touchpoints', 'Punkty styku'])).toBe('there is no tab named "Touchpoints" or "Punkty styku"');
    expect(pl.tabOrRangeOrSelection('"Arkusz1"')).toBe('jedna z kart ("Arkusz1"), zakres nazwany albo zaznaczenie jako źródło');
    expect(pl.message(pl.place(pl.selectionSheet, undefined, undefined, undefined), pl.nothingSelected, pl.wholeTableSelected)).toBe(
      'Arkusz Zaznaczenie: nic nie jest zaznaczone; dozwolone: zaznaczenie całej tabeli razem z wierszem nagłówków',
    );
  });

  it('declines each noun: "nie jest" takes the instrumental, "to …, nie" the nominative, "lista" the genitive', () => {
    expect(pl.isNot(pl.a('valuationLevel'))).toBe('nie jest poziomem oceny');
    expect(pl.dateValue(pl.a('stageName'))).toBe('to data, nie nazwa etapu');
    expect(pl.isNot(pl.listOf('touchpointNames'))).toBe('nie jest listą nazw punktów styku');
    expect(en.isNot(en.listOf('touchpointNames'))).toBe('is not a list of touchpoint names');
  });

  it('puts "an" before a noun that starts with a vowel: "not an owner", not "not a owner"', () => {
    expect(en.isNot(en.a('owner'))).toBe('is not an owner');
    expect(en.isNot(en.a('impact'))).toBe('is not an impact');
    expect(en.isNot(en.a('effortPoint'))).toBe('is not an effort point');
    expect(en.isNot(en.a('stageName'))).toBe('is not a stage name');
    expect(en.isNot(en.a('npsScore'))).toBe('is not a 0–10 NPS score');
    // And in what a text cell allows.
    expect(en.textAllowed('owner', false)).toBe('an owner (text), or blank');
    expect(en.textAllowed('stageName', true)).toBe('a stage name (text, not empty)');
  });

  it('words the allowed scores of a Responses table', () => {
    expect(en.scoreAllowed(0, 10)).toBe('a whole score from 0 to 10, or blank');
    expect(pl.scoreAllowed(1, 7)).toBe('pełna ocena od 1 do 7 albo puste pole');
  });
});
