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
