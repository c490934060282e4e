import { localeNumber } from '../tabs/localeNumber';
import { OutputLocale } from '../tabs/outputLocale';
import { polishCount, polishForm } from '../tabs/polishCount';

/**
 * Why a driver analysis cannot run on the data given (DESIGN §2, `DRIVERS`): each problem
 * says what is missing, or names the drivers involved, so that the user knows which column
 * to fix or leave out. Kept as data, worded by driversProblemMessage in English (the sentence
 * the custom function throws, after its name, as every custom function's errors are) or in
 * Polish (the Survey report's note in a Polish tab).
 */
export type DriversProblem =
  /** Fewer than k + 2 rows have an outcome and a rating. */
  | { readonly kind: 'tooFewRows'; readonly rows: number; readonly drivers: number }
  | { readonly kind: 'tooFewAnswers'; readonly driver: string; readonly answers: number }
  | { readonly kind: 'constantDriver'; readonly driver: string; readonly value: number }
  | { readonly kind: 'constantOutcome'; readonly value: number }
  | { readonly kind: 'tooFewPairAnswers'; readonly drivers: readonly [string, string]; readonly rows: number }
  /** One of the two never varies on the rows where both are answered. */
  | { readonly kind: 'pairWithoutVariation'; readonly drivers: readonly [string, string]; readonly rows: number }
  /** The outcome never varies on the rows where the driver is answered. */
  | { readonly kind: 'outcomeConstantForDriver'; readonly driver: string; readonly rows: number }
  | { readonly kind: 'duplicate'; readonly drivers: readonly [string, string]; readonly rows: number; readonly negative: boolean }
  | { readonly kind: 'singular'; readonly drivers: readonly string[] }
  | { readonly kind: 'notPositiveDefinite'; readonly drivers: readonly string[] }
  | { readonly kind: 'rSquaredAboveOne'; readonly rSquared: number }
  | { readonly kind: 'nothingExplained' };

/** The smallest number of answers a driver, or a pair of drivers answered together, needs. */
export const MIN_DRIVER_ANSWERS = 3;

export class DriversError extends Error {
  constructor(readonly problem: DriversProblem) {
    super(driversProblemMessage(problem));
    this.name = 'DriversError';
  }
}

const quoted = (name: string) => JSON.stringify(name);
const polishQuoted = (name: string) => `„${name}”`;

/** `"A"`, `"A" and "B"`, `"A", "B" and "C"`. */
export function nameList(names: readonly string[]): string {
  const all = names.map(quoted);
  return all.length <= 1 ? all.join('') : `${all.slice(0, -1).join(', ')} and ${all[all.length - 1]}`;
}

const rowsWord = (n: number) => `${n} ${n === 1 ? 'row' : 'rows'}`;

export function driversProblemMessage(problem: DriversProblem, locale: OutputLocale = 'en'): string {
  if (locale === 'pl') return polishMessage(problem);
  switch (problem.kind) {
    case 'tooFewRows':
      return problem.rows === 0
        ? 'no row has both an outcome and a rating (blank cells and text are skipped); give outcome and ratings as parallel ranges with the same rows'
        : `only ${rowsWord(problem.rows)} ${problem.rows === 1 ? 'has' : 'have'} an outcome and a rating; ${problem.drivers} ${problem.drivers === 1 ? 'driver needs' : 'drivers need'} at least ${problem.drivers + 2} (the number of drivers + 2)`;
    case 'tooFewAnswers':
      return `${quoted(problem.driver)} has ${problem.answers} ${problem.answers === 1 ? 'answer' : 'answers'} in rows with an outcome; each driver needs at least ${MIN_DRIVER_ANSWERS}`;
    case 'constantDriver':
      return `${quoted(problem.driver)} is ${problem.value} in every row with an outcome; a rating that never varies cannot explain anything, leave it out`;
    case 'constantOutcome':
      return `the outcome is ${problem.value} in every row used; there is no variation for the drivers to explain`;
    case 'tooFewPairAnswers':
      return `${nameList(problem.drivers)} are both answered in only ${rowsWord(problem.rows)}; each pair of drivers needs at least ${MIN_DRIVER_ANSWERS} rows answered together`;
    case 'pairWithoutVariation':
      return `${nameList(problem.drivers)} have no correlation: on the ${rowsWord(problem.rows)} where both are answered, one of them never varies`;
    case 'outcomeConstantForDriver':
      return `the outcome never varies on the ${rowsWord(problem.rows)} where ${quoted(problem.driver)} is answered, so their correlation does not exist`;
    case 'duplicate':
      return (
        `${nameList(problem.drivers)} are perfectly correlated (r = ${problem.negative ? '−1' : '1'} on the ${rowsWord(problem.rows)} where both are answered): ` +
        `one ${problem.negative ? 'mirrors' : 'duplicates'} the other; leave one of them out`
      );
    case 'singular':
      return problem.drivers.length === 2
        ? `${nameList(problem.drivers)} are collinear (one is a linear function of the other: the drivers' correlation matrix is singular); leave one of them out`
        : `${nameList(problem.drivers)} are collinear (one is a linear combination of the others: the drivers' correlation matrix is singular); leave one of them out`;
    case 'notPositiveDefinite':
      return (
        `the correlations among ${nameList(problem.drivers)} contradict each other (the correlation matrix is not positive definite): ` +
        'each is computed on the rows where both of its drivers are answered, and their blanks differ too much; use rows where all are answered, or leave one out'
      );
    case 'rSquaredAboveOne':
      return (
        "the outcome's correlations with the drivers contradict the drivers' correlations with each other " +
        `(together they would explain ${(problem.rSquared * 100).toFixed(1)}% of the outcome's variance): each is computed on different rows; use rows where all are answered`
      );
    case 'nothingExplained':
      return "the drivers explain none of the outcome's variance (R² = 0: no driver correlates with it), so there is no importance to share out";
  }
}

/** `„A”`, `„A” i „B”`, `„A”, „B” i „C”`. */
function polishNameList(names: readonly string[]): string {
  const all = names.map(polishQuoted);
  return all.length <= 1 ? all.join('') : `${all.slice(0, -1).join(', ')} i ${all[all.length - 1]}`;
}

/** "w 1 wierszu", "w 3 wierszach": the locative after "w". */
const inRows = (n: number) => `w ${n} ${n === 1 ? 'wierszu' : 'wierszach'}`;

function polishMessage(problem: DriversProblem): string {
  switch (problem.kind) {
    case 'tooFewRows':
      return problem.rows === 0
        ? 'żaden wiersz nie ma jednocześnie wyniku i oceny (puste komórki i tekst są pomijane); podaj wynik i oceny jako równoległe zakresy o tych samych wierszach'
        : `tylko ${polishCount(problem.rows, 'wiersz', 'wiersze', 'wierszy')} ${polishForm(problem.rows, 'ma', 'mają', 'ma')} wynik i ocenę; ` +
            `${polishCount(problem.drivers, 'czynnik', 'czynniki', 'czynników')} ${polishForm(problem.drivers, 'wymaga', 'wymagają', 'wymaga')} co najmniej ${problem.drivers + 2} wierszy (liczba czynników + 2)`;
    case 'tooFewAnswers':
      return `${polishQuoted(problem.driver)} ma ${polishCount(problem.answers, 'odpowiedź', 'odpowiedzi', 'odpowiedzi')} w wierszach z wynikiem; każdy czynnik potrzebuje co najmniej ${MIN_DRIVER_ANSWERS}`;
    case 'constantDriver':
      return `${polishQuoted(problem.driver)} ma wartość ${localeNumber(problem.value, 'pl')} w każdym wierszu z wynikiem; ocena, która się nie zmienia, niczego nie wyjaśnia — pomiń ją`;
    case 'constantOutcome':
      return `wynik ma wartość ${localeNumber(problem.value, 'pl')} w każdym użytym wierszu; czynniki nie mają czego wyjaśniać`;
    case 'tooFewPairAnswers':
      return `${polishNameList(problem.drivers)} mają odpowiedzi razem tylko ${inRows(problem.rows)}; każda para czynników potrzebuje co najmniej ${MIN_DRIVER_ANSWERS} wierszy z obiema odpowiedziami`;
    case 'pairWithoutVariation':
      return `${polishNameList(problem.drivers)} nie mają korelacji: ${inRows(problem.rows)} z obiema odpowiedziami jedna z nich się nie zmienia`;
    case 'outcomeConstantForDriver':
      return `wynik się nie zmienia ${inRows(problem.rows)}, w których ${polishQuoted(problem.driver)} ma odpowiedź, więc ich korelacja nie istnieje`;
    case 'duplicate':
      return (
        `${polishNameList(problem.drivers)} są idealnie skorelowane (r = ${problem.negative ? '−1' : '1'} ${inRows(problem.rows)} z obiema odpowiedziami): ` +
        `jedna ${problem.negative ? 'odwraca' : 'powtarza'} drugą; pomiń jedną z nich`
      );
    case 'singular':
      return (
        `${polishNameList(problem.drivers)} są współliniowe (${problem.drivers.length === 2 ? 'jedna jest liniową funkcją drugiej' : 'jedna jest liniową kombinacją pozostałych'}: ` +
        'macierz korelacji czynników jest osobliwa); pomiń jedną z nich'
      );
    case 'notPositiveDefinite':
      return (
        `korelacje między ${polishNameList(problem.drivers)} są ze sobą sprzeczne (macierz korelacji nie jest dodatnio określona): ` +
        'każdą liczono na wierszach, w których oba jej czynniki mają odpowiedź, a ich puste komórki za bardzo się różnią; użyj wierszy z kompletem odpowiedzi albo pomiń jeden z czynników'
      );
    case 'rSquaredAboveOne':
      return (
        'korelacje wyniku z czynnikami są sprzeczne z korelacjami czynników między sobą ' +
        `(razem wyjaśniałyby ${localeNumber(problem.rSquared * 100, 'pl', 1)}% wariancji wyniku): każdą liczono na innych wierszach; użyj wierszy z kompletem odpowiedzi`
      );
    case 'nothingExplained':
      return 'czynniki nie wyjaśniają żadnej części wariancji wyniku (R² = 0: żaden nie jest z nim skorelowany), więc nie ma ważności do podziału';
  }
}
