import { DriversError, driversProblemMessage, nameList } from '../../../src/core/drivers/driversProblem';

describe('driver analysis problems', () => {
  it('list names as a sentence does', () => {
    expect(nameList(['A'])).toBe('"A"');
    expect(nameList(['A', 'B'])).toBe('"A" and "B"');
    expect(nameList(['A', 'B', 'C'])).toBe('"A", "B" and "C"');
  });

  it.each([
    [{ kind: 'tooFewRows', rows: 0, drivers: 3 }, 'no row has both an outcome and a rating (blank cells and text are skipped); give outcome and ratings as parallel ranges with the same rows'],
    [{ kind: 'tooFewRows', rows: 1, drivers: 1 }, 'only 1 row has an outcome and a rating; 1 driver needs at least 3 (the number of drivers + 2)'],
    [{ kind: 'tooFewRows', rows: 6, drivers: 5 }, 'only 6 rows have an outcome and a rating; 5 drivers need at least 7 (the number of drivers + 2)'],
    [{ kind: 'tooFewAnswers', driver: 'CSAT Return', answers: 1 }, '"CSAT Return" has 1 answer in rows with an outcome; each driver needs at least 3'],
    [{ kind: 'constantDriver', driver: 'CSAT Return', value: 5 }, '"CSAT Return" is 5 in every row with an outcome; a rating that never varies cannot explain anything, leave it out'],
    [{ kind: 'constantOutcome', value: 10 }, 'the outcome is 10 in every row used; there is no variation for the drivers to explain'],
    [{ kind: 'tooFewPairAnswers', drivers: ['Web', 'Store'], rows: 2 }, '"Web" and "Store" are both answered in only 2 rows; each pair of drivers needs at least 3 rows answered together'],
    [{ kind: 'pairWithoutVariation', drivers: ['Web', 'Store'], rows: 4 }, '"Web" and "Store" have no correlation: on the 4 rows where both are answered, one of them never varies'],
    [{ kind: 'outcomeConstantForDriver', driver: 'Web', rows: 3 }, 'the outcome never varies on the 3 rows where "Web" is answered, so their correlation does not exist'],
    [{ kind: 'duplicate', drivers: ['A', 'A copy'], rows: 9, negative: false }, '"A" and "A copy" are perfectly correlated (r = 1 on the 9 rows where both are answered): one duplicates the other; leave one of them out'],
    [{ kind: 'duplicate', drivers: ['A', 'A reversed'], rows: 9, negative: true }, '"A" and "A reversed" are perfectly correlated (r = −1 on the 9 rows where both are answered): one mirrors the other; leave one of them out'],
    [{ kind: 'singular', drivers: ['A', 'B'] }, '"A" and "B" are collinear (one is a linear function of the other: the drivers\' correlation matrix is singular); leave one of them out'],
    [{ kind: 'singular', drivers: ['A', 'B', 'A + B'] }, '"A", "B" and "A + B" are collinear (one is a linear combination of the others: the drivers\' correlation matrix is singular); leave one of them out'],
    [
      { kind: 'notPositiveDefinite', drivers: ['A', 'B', 'C'] },
      'the correlations among "A", "B" and "C" contradict each other (the correlation matrix is not positive definite): each is computed on the rows where both of its drivers are answered, and their blanks differ too much; use rows where all are answered, or leave one out',
    ],
    [
      { kind: 'rSquaredAboveOne', rSquared: 1.0154 },
      "the outcome's correlations with the drivers contradict the drivers' correlations with each other (together they would explain 101.5% of the outcome's variance): each is computed on different rows; use rows where all are answered",
    ],
    [{ kind: 'nothingExplained' }, "the drivers explain none of the outcome's variance (R² = 0: no driver correlates with it), so there is no importance to share out"],
  ] as const)('%o reads: %s', (problem, message) => {
    expect(driversProblemMessage(problem)).toBe(message);
    const error = new DriversError(problem);
    expect(error.message).toBe(message);
    expect(error.problem).toBe(problem);
  });
});

describe('driver analysis problems in Polish (the Survey report\'s note in a Polish tab)', () => {
  it.each([
    [{ kind: 'tooFewRows', rows: 0, drivers: 3 }, 'żaden wiersz nie ma jednocześnie wyniku i oceny (puste komórki i tekst są pomijane); podaj wynik i oceny jako równoległe zakresy o tych samych wierszach'],
    // Numerals govern the noun and the verb: 1 wiersz ma, 3 wiersze mają, 5 wierszy ma.
    [{ kind: 'tooFewRows', rows: 1, drivers: 1 }, 'tylko 1 wiersz ma wynik i ocenę; 1 czynnik wymaga co najmniej 3 wierszy (liczba czynników + 2)'],
    [{ kind: 'tooFewRows', rows: 3, drivers: 3 }, 'tylko 3 wiersze mają wynik i ocenę; 3 czynniki wymagają co najmniej 5 wierszy (liczba czynników + 2)'],
    [{ kind: 'tooFewRows', rows: 6, drivers: 5 }, 'tylko 6 wierszy ma wynik i ocenę; 5 czynników wymaga co najmniej 7 wierszy (liczba czynników + 2)'],
    [{ kind: 'tooFewAnswers', driver: 'Ocena Zwrot', answers: 2 }, '„Ocena Zwrot” ma 2 odpowiedzi w wierszach z wynikiem; każdy czynnik potrzebuje co najmniej 3'],
    [{ kind: 'constantDriver', driver: 'Check-out', value: 5 }, '„Check-out” ma wartość 5 w każdym wierszu z wynikiem; ocena, która się nie zmienia, niczego nie wyjaśnia — pomiń ją'],
    [{ kind: 'tooFewPairAnswers', drivers: ['Web', 'Sklep'], rows: 1 }, '„Web” i „Sklep” mają odpowiedzi razem tylko w 1 wierszu; każda para czynników potrzebuje co najmniej 3 wierszy z obiema odpowiedziami'],
    [{ kind: 'duplicate', drivers: ['A', 'B'], rows: 9, negative: true }, '„A” i „B” są idealnie skorelowane (r = −1 w 9 wierszach z obiema odpowiedziami): jedna odwraca drugą; pomiń jedną z nich'],
    [{ kind: 'singular', drivers: ['A', 'B', 'A + B'] }, '„A”, „B” i „A + B” są współliniowe (jedna jest liniową kombinacją pozostałych: macierz korelacji czynników jest osobliwa); pomiń jedną z nich'],
    [{ kind: 'rSquaredAboveOne', rSquared: 1.0154 }, 'korelacje wyniku z czynnikami są sprzeczne z korelacjami czynników między sobą (razem wyjaśniałyby 101,5% wariancji wyniku): każdą liczono na innych wierszach; użyj wierszy z kompletem odpowiedzi'],
  ] as const)('%o reads: %s', (problem, message) => {
    expect(driversProblemMessage(problem, 'pl')).toBe(message);
  });

  it('has a Polish sentence for every kind, with no English left in it', () => {
    const kinds = [
      { kind: 'constantOutcome', value: 10 },
      { kind: 'pairWithoutVariation', drivers: ['A', 'B'], rows: 4 },
      { kind: 'outcomeConstantForDriver', driver: 'A', rows: 3 },
      { kind: 'notPositiveDefinite', drivers: ['A', 'B', 'C'] },
      { kind: 'nothingExplained' },
    ] as const;
    for (const problem of kinds) expect(driversProblemMessage(problem, 'pl')).not.toMatch(/\b(the|rows?|drivers?|outcome|and|each)\b/);
  });
});
