import { OutputLocale } from '../tabs/outputLocale';

/**
 * Every word of a problem with a source table, in English and Polish: the cell readers'
 * "is not …" and "allowed: …" phrases, the header and mapping problems, and the one-line
 * message around them. The user works in the locale of the build (DESIGN §3–§4: tabs and
 * headers follow it), so the messages do too. Same pattern as valuationGridTexts.ts.
 *
 * Polish declines what a cell should hold: "5 nie jest poziomem oceny" (instrumental), "#ARG!
 * to wartość błędu, nie nazwa etapu" (nominative), "lista nazw punktów styku" (genitive), so
 * every noun a reader names is listed here with its forms rather than pasted into a template.
 */
export type CellNoun =
  | 'stageName'
  | 'touchpointName'
  | 'pathName'
  | 'valuationLevel'
  | 'targetLevel'
  | 'momentOfTruth'
  | 'effortPoint'
  | 'reach'
  | 'owner'
  | 'projectName'
  | 'cost'
  | 'impact'
  | 'touchpointNames'
  | 'projectType'
  | 'npsScore'
  | 'cesScore'
  | 'csatScore'
  | 'channel'
  | 'segment'
  | 'comment'
  | 'answerDate'
  | 'stakeholderName'
  | 'department'
  | 'influence'
  | 'interest'
  | 'attitude'
  | 'expectations'
  | 'nextStep'
  | 'themeName'
  | 'keywords';

/** What a cell should hold, in the two forms a message needs. */
export interface Expected {
  /** "a stage name" / "nazwa etapu": after "not" in "is an error value, not …". */
  readonly nominative: string;
  /** "a stage name" / "nazwą etapu": after "is not". */
  readonly instrumental: string;
}

export interface ProblemTexts {
  // What a cell should hold.
  a(noun: CellNoun): Expected;
  readonly number: Expected;
  yesNoFor(noun: CellNoun): Expected;
  listOf(noun: CellNoun): Expected;
  // What is wrong with a cell (follows the value).
  errorValue(expected: Expected): string;
  checkboxValue(expected: Expected): string;
  dateValue(expected: Expected): string;
  isNot(expected: Expected): string;
  readonly emptyCell: string;
  readonly between0And100: string;
  /** Text such as "12,500": thousands or decimals depends on who typed it. */
  readonly ambiguousThousands: string;
  // What a cell allows.
  textAllowed(noun: CellNoun, required: boolean): string;
  numberAllowed(required: boolean, min?: number): string;
  readonly flagAllowed: string;
  readonly shareAllowed: string;
  listAllowed(noun: CellNoun): string;
  oneOfAllowed(listed: string): string;
  scoreAllowed(min: number, max: number): string;
  /** A required whole number on a scale: "a whole number from 1 to 5 (not empty)". */
  wholeFromTo(min: number, max: number): string;
  readonly levelAllowed: string;
  /** An optional date cell: "a date, or blank". */
  readonly dateAllowed: string;
  readonly notYetValued: string;
  readonly defaultTarget: string;
  // Headers and column mappings (tableSchema.ts).
  readonly noHeaders: string;
  unknownMappingKey(key: string): string;
  oneOf(keys: readonly string[]): string;
  readonly notHeaderNorLetter: string;
  headerOrLetter(row: number, known: string, first: string, last: string): string;
  /** Several columns whose headers all name one column, none by its own name: `B ("Owner"), C ("Department")`. */
  severalColumns(columns: readonly { readonly letter: string; readonly header: string }[]): string;
  oneColumnOf(name: string): string;
  noColumn(name: string, known: string, names: readonly string[]): string;
  columnHeaded(name: string, names: readonly string[]): string;
  usedForSeveral(names: readonly string[]): string;
  readonly oneColumnPerMeaning: string;
  readonly emptyTable: string;
  headerRowAndItems(names: readonly string[]): string;
  readonly noRowsBelowHeader: string;
  readonly oneRowPerItem: string;
  // Rows that clash or do not link (touchpointsTable.ts, projectsTable.ts, projectLinks.ts).
  repeatsTouchpoint(row: number, path: string | undefined): string;
  readonly oncePerPath: string;
  readonly impactBlank: string;
  readonly impactOrTouchpoints: string;
  notTouchpoints(count: number, source: string): string;
  readonly noTouchpointsKnown: string;
  closestKnown(pairs: readonly (readonly [name: string, closest: string | undefined])[]): string;
  touchpointNamesFrom(source: string): string;
  tooFewProjects(count: number): string;
  projectRows(min: number): string;
  // Finding the table (sheets/tableSource.ts).
  noDefaultTab(names: readonly string[]): string;
  tabOrRangeOrSelection(tabs: string): string;
  readonly noSuchTab: string;
  oneOfTabs(tabs: string): string;
  readonly noSuchNamedRange: string;
  readonly namedRangeAllowed: string;
  readonly selectionSheet: string;
  readonly nothingSelected: string;
  readonly wholeTableSelected: string;
  // The one-line message (tableProblem.ts).
  place(sheet: string, row: number | undefined, column: string | undefined, header: string | undefined): string;
  message(place: string, what: string, allowed: string): string;
}

const quoted = (names: readonly string[]): string => names.map((n) => `"${n}"`).join(', ');
/** "a channel", "an owner", "an impact". */
const article = (noun: string): string => `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;

const EN_NOUNS: Readonly<Record<CellNoun, string>> = {
  stageName: 'stage name',
  touchpointName: 'touchpoint name',
  pathName: 'path name',
  valuationLevel: 'valuation level',
  targetLevel: 'target level',
  momentOfTruth: 'moment of truth',
  effortPoint: 'effort point',
  reach: 'reach',
  owner: 'owner',
  projectName: 'project name',
  cost: 'cost',
  impact: 'impact',
  touchpointNames: 'touchpoint names',
  projectType: 'project type',
  npsScore: '0–10 NPS score',
  cesScore: '1–7 CES score',
  csatScore: '1–10 CSAT score',
  channel: 'channel',
  segment: 'segment',
  comment: 'comment',
  answerDate: 'date',
  stakeholderName: 'stakeholder name',
  department: 'department',
  influence: 'level of influence',
  interest: 'level of interest',
  attitude: 'stakeholder attitude',
  expectations: 'description of expectations',
  nextStep: 'next step',
  themeName: 'theme name',
  keywords: 'list of keywords',
};

const same = (text: string): Expected => ({ nominative: text, instrumental: text });

const en: ProblemTexts = {
  // "an owner", "an impact", "an effort point"; "a 0–10 NPS score".
  a: (noun) => same(article(EN_NOUNS[noun])),
  number: same('a number'),
  yesNoFor: (noun) => same(`a yes/no value for ${EN_NOUNS[noun]}`),
  listOf: (noun) => same(`a list of ${EN_NOUNS[noun]}`),
  errorValue: (e) => `is an error value, not ${e.nominative}; fix the cell it comes from`,
  checkboxValue: (e) => `is a checkbox or TRUE/FALSE value, not ${e.nominative}`,
  dateValue: (e) => `is a date, not ${e.nominative}`,
  isNot: (e) => `is not ${e.instrumental}`,
  emptyCell: 'the cell is empty',
  between0And100: 'between 0% and 100%',
  ambiguousThousands: 'is text that could mean thousands (12,500 = 12500) or decimals (12,5); type the number without separators, or with a point for decimals',
  textAllowed: (noun, required) => (required ? `${article(EN_NOUNS[noun])} (text, not empty)` : `${article(EN_NOUNS[noun])} (text), or blank`),
  numberAllowed: (required, min) => {
    const range = min === undefined ? 'a number' : `a number ≥ ${min}`;
    return required ? `${range} (not empty)` : `${range}, or blank`;
  },
  flagAllowed: 'a checkbox, yes/no, tak/nie, x, or blank (= no)',
  shareAllowed: 'a share from 0 to 1, or a percentage from 0% to 100% (40% or 40), or blank',
  listAllowed: (noun) => `${EN_NOUNS[noun]} separated by ; or , or new lines, or blank`,
  oneOfAllowed: (listed) => `${listed}, or blank`,
  scoreAllowed: (min, max) => `a whole score from ${min} to ${max}, or blank`,
  wholeFromTo: (min, max) => `a whole number from ${min} to ${max} (not empty)`,
  levelAllowed: 'a whole level −2, −1, 0, 1 or 2 (the emotion grid has these five rows), or blank',
  dateAllowed: 'a date, or blank',
  notYetValued: '(= not yet valued)',
  defaultTarget: '(= the default target: 0 for a negative valuation, else the valuation)',
  noHeaders: 'none',
  unknownMappingKey: (key) => `the column mapping names "${key}", which this table does not have`,
  oneOf: (keys) => `one of ${keys.join(', ')}`,
  notHeaderNorLetter: 'is neither a header of the table nor a column letter inside it',
  headerOrLetter: (row, known, first, last) => `a header of row ${row} (${known}) or a column letter from ${first} to ${last}`,
  severalColumns: (columns) => `could be any of several columns: ${columns.map((c) => `${c.letter} ("${c.header}")`).join(', ')}`,
  oneColumnOf: (name) => `one ${name} column; rename the others or map ${name} to one of them`,
  noColumn: (name, known, names) => `no ${name} column: none of the headers (${known}) is one of ${quoted(names)}`,
  columnHeaded: (name, names) => `a column headed ${names.join(' / ')}, or a mapping of ${name} to one of the columns`,
  usedForSeveral: (names) => `is used for several columns (${names.join(', ')})`,
  oneColumnPerMeaning: 'one column per meaning; change the mapping',
  emptyTable: 'the table is empty',
  headerRowAndItems: (names) => `a header row (${names.join(', ')}) and one row per item`,
  noRowsBelowHeader: 'the table has a header row but no rows below it',
  oneRowPerItem: 'one row per item under the header',
  repeatsTouchpoint: (row, path) => `repeats the touchpoint of row ${row}${path === undefined ? '' : ` on path "${path}"`}`,
  oncePerPath: 'each touchpoint name once per path (a touchpoint with no path is on every path)',
  impactBlank: 'the impact is blank and the project lists no touchpoints to compute it from',
  impactOrTouchpoints: 'an impact number, or the touchpoints the project lifts (its impact is then Σ gap to target × reach)',
  notTouchpoints: (count, source) => `${count === 1 ? 'is not a touchpoint' : 'are not touchpoints'} of ${source}`,
  noTouchpointsKnown: '; the touchpoints table has no touchpoints',
  closestKnown: (pairs) => (pairs.length === 1 ? `; closest known: "${pairs[0][1]}"` : `; closest known: ${pairs.map(([name, near]) => `"${near}" for "${name}"`).join(', ')}`),
  touchpointNamesFrom: (source) => `names from the Touchpoint column of ${source}, separated by ; or , or new lines`,
  tooFewProjects: (count) => `has ${count === 0 ? 'no projects' : 'only 1 project'}; a cost-vs-satisfaction matrix compares projects with each other, so one project has no quadrant to be in`,
  projectRows: (min) => `${min} or more project rows`,
  noDefaultTab: (names) => `there is no tab named ${names.map((n) => `"${n}"`).join(' or ')}`,
  tabOrRangeOrSelection: (tabs) => `one of the tabs (${tabs}), a named range or a selection as the source`,
  noSuchTab: 'there is no tab with this name',
  oneOfTabs: (tabs) => `one of the tabs: ${tabs}`,
  noSuchNamedRange: 'there is no named range with this name',
  namedRangeAllowed: 'the name of a named range (Data › Named ranges), a tab or a selection',
  selectionSheet: 'Selection',
  nothingSelected: 'nothing is selected',
  wholeTableSelected: 'a selection of the whole table, header row included',
  place: (sheet, row, column, header) => {
    const at = [row !== undefined ? `row ${row}` : '', column !== undefined ? `column ${column}` : ''].filter(Boolean).join(', ');
    return `${sheet}${at ? ` ${at}` : ''}${header !== undefined ? ` (${header})` : ''}`;
  },
  message: (place, what, allowed) => `${place}: ${what}; allowed: ${allowed}`,
};

/** [nominative, instrumental, genitive] */
const PL_NOUNS: Readonly<Record<CellNoun, readonly [string, string, string]>> = {
  stageName: ['nazwa etapu', 'nazwą etapu', 'nazwy etapu'],
  touchpointName: ['nazwa punktu styku', 'nazwą punktu styku', 'nazwy punktu styku'],
  pathName: ['nazwa ścieżki', 'nazwą ścieżki', 'nazwy ścieżki'],
  valuationLevel: ['poziom oceny', 'poziomem oceny', 'poziomu oceny'],
  targetLevel: ['poziom celu', 'poziomem celu', 'poziomu celu'],
  momentOfTruth: ['moment prawdy', 'momentem prawdy', 'momentu prawdy'],
  effortPoint: ['wysiłek klienta', 'wysiłkiem klienta', 'wysiłku klienta'],
  reach: ['zasięg', 'zasięgiem', 'zasięgu'],
  owner: ['właściciel', 'właścicielem', 'właściciela'],
  projectName: ['nazwa projektu', 'nazwą projektu', 'nazwy projektu'],
  cost: ['koszt', 'kosztem', 'kosztu'],
  impact: ['wpływ', 'wpływem', 'wpływu'],
  touchpointNames: ['nazwy punktów styku', 'nazwami punktów styku', 'nazw punktów styku'],
  projectType: ['typ projektu', 'typem projektu', 'typu projektu'],
  npsScore: ['ocena NPS 0–10', 'oceną NPS 0–10', 'oceny NPS 0–10'],
  cesScore: ['ocena CES 1–7', 'oceną CES 1–7', 'oceny CES 1–7'],
  csatScore: ['ocena CSAT 1–10', 'oceną CSAT 1–10', 'oceny CSAT 1–10'],
  channel: ['kanał', 'kanałem', 'kanału'],
  segment: ['segment', 'segmentem', 'segmentu'],
  comment: ['komentarz', 'komentarzem', 'komentarza'],
  answerDate: ['data', 'datą', 'daty'],
  stakeholderName: ['nazwa interesariusza', 'nazwą interesariusza', 'nazwy interesariusza'],
  department: ['dział', 'działem', 'działu'],
  influence: ['poziom wpływu', 'poziomem wpływu', 'poziomu wpływu'],
  interest: ['poziom zainteresowania', 'poziomem zainteresowania', 'poziomu zainteresowania'],
  attitude: ['postawa', 'postawą', 'postawy'],
  expectations: ['oczekiwania', 'oczekiwaniami', 'oczekiwań'],
  nextStep: ['następny krok', 'następnym krokiem', 'następnego kroku'],
  themeName: ['nazwa tematu', 'nazwą tematu', 'nazwy tematu'],
  keywords: ['lista słów kluczowych', 'listą słów kluczowych', 'listy słów kluczowych'],
};

const pl: ProblemTexts = {
  a: (noun) => ({ nominative: PL_NOUNS[noun][0], instrumental: PL_NOUNS[noun][1] }),
  number: { nominative: 'liczba', instrumental: 'liczbą' },
  yesNoFor: (noun) => ({ nominative: `wartość tak/nie (${PL_NOUNS[noun][0]})`, instrumental: `wartością tak/nie (${PL_NOUNS[noun][0]})` }),
  listOf: (noun) => ({ nominative: `lista ${PL_NOUNS[noun][2]}`, instrumental: `listą ${PL_NOUNS[noun][2]}` }),
  errorValue: (e) => `to wartość błędu, nie ${e.nominative}; popraw komórkę, z której pochodzi`,
  checkboxValue: (e) => `to pole wyboru lub wartość PRAWDA/FAŁSZ, nie ${e.nominative}`,
  dateValue: (e) => `to data, nie ${e.nominative}`,
  isNot: (e) => `nie jest ${e.instrumental}`,
  emptyCell: 'komórka jest pusta',
  between0And100: 'z przedziału od 0% do 100%',
  ambiguousThousands: 'to tekst, który może oznaczać tysiące (12,500 = 12500) albo ułamek (12,5); wpisz liczbę bez separatorów albo z kropką dziesiętną',
  textAllowed: (noun, required) => (required ? `${PL_NOUNS[noun][0]} (tekst, niepusty)` : `${PL_NOUNS[noun][0]} (tekst) albo puste pole`),
  numberAllowed: (required, min) => {
    const range = min === undefined ? 'liczba' : `liczba ≥ ${min}`;
    return required ? `${range} (pole nie może być puste)` : `${range} albo puste pole`;
  },
  flagAllowed: 'pole wyboru, tak/nie, yes/no, x albo puste pole (= nie)',
  shareAllowed: 'udział od 0 do 1 albo odsetek od 0% do 100% (40% lub 40), albo puste pole',
  listAllowed: (noun) => `${PL_NOUNS[noun][0]} rozdzielone znakiem ; lub , albo nowymi wierszami, albo puste pole`,
  oneOfAllowed: (listed) => `${listed} albo puste pole`,
  scoreAllowed: (min, max) => `pełna ocena od ${min} do ${max} albo puste pole`,
  wholeFromTo: (min, max) => `liczba całkowita od ${min} do ${max} (pole nie może być puste)`,
  levelAllowed: 'pełny poziom −2, −1, 0, 1 lub 2 (siatka emocji ma te pięć wierszy) albo puste pole',
  dateAllowed: 'data albo puste pole',
  notYetValued: '(= jeszcze nie ocenione)',
  defaultTarget: '(= cel domyślny: 0 przy ujemnej ocenie, w przeciwnym razie ocena)',
  noHeaders: 'brak',
  unknownMappingKey: (key) => `przypisanie kolumn wymienia "${key}", a ta tabela nie ma takiej kolumny`,
  oneOf: (keys) => `jedna z: ${keys.join(', ')}`,
  notHeaderNorLetter: 'nie jest ani nagłówkiem tabeli, ani literą kolumny w jej obrębie',
  headerOrLetter: (row, known, first, last) => `nagłówek z wiersza ${row} (${known}) albo litera kolumny od ${first} do ${last}`,
  severalColumns: (columns) => `może być każdą z kilku kolumn: ${columns.map((c) => `${c.letter} ("${c.header}")`).join(', ')}`,
  oneColumnOf: (name) => `jedna kolumna ${name}; zmień nazwy pozostałych albo przypisz ${name} do jednej z nich`,
  noColumn: (name, known, names) => `brak kolumny ${name}: żaden z nagłówków (${known}) nie jest jednym z ${quoted(names)}`,
  columnHeaded: (name, names) => `kolumna z nagłówkiem ${names.join(' / ')} albo przypisanie ${name} do jednej z kolumn`,
  usedForSeveral: (names) => `służy za kilka kolumn (${names.join(', ')})`,
  oneColumnPerMeaning: 'jedna kolumna na każde znaczenie; zmień przypisanie',
  emptyTable: 'tabela jest pusta',
  headerRowAndItems: (names) => `wiersz nagłówków (${names.join(', ')}) i po jednym wierszu na pozycję`,
  noRowsBelowHeader: 'tabela ma wiersz nagłówków, ale pod nim nie ma żadnych wierszy',
  oneRowPerItem: 'po jednym wierszu na pozycję pod nagłówkiem',
  repeatsTouchpoint: (row, path) => `powtarza punkt styku z wiersza ${row}${path === undefined ? '' : ` na ścieżce "${path}"`}`,
  oncePerPath: 'każda nazwa punktu styku raz na ścieżkę (punkt styku bez ścieżki należy do każdej ścieżki)',
  impactBlank: 'wpływ jest pusty, a projekt nie wymienia punktów styku, z których można go obliczyć',
  impactOrTouchpoints: 'liczba (wpływ) albo punkty styku, które projekt poprawia (wpływ to wtedy Σ luka do celu × zasięg)',
  notTouchpoints: (count, source) => `${count === 1 ? 'nie jest punktem styku' : 'nie są punktami styku'} z ${source}`,
  noTouchpointsKnown: '; tabela punktów styku nie ma żadnych punktów styku',
  closestKnown: (pairs) =>
    pairs.length === 1 ? `; najbliższa znana nazwa: "${pairs[0][1]}"` : `; najbliższe znane nazwy: ${pairs.map(([name, near]) => `"${near}" zamiast "${name}"`).join(', ')}`,
  touchpointNamesFrom: (source) => `nazwy z kolumny Punkt styku w ${source}, rozdzielone znakiem ; lub , albo nowymi wierszami`,
  tooFewProjects: (count) =>
    `${count === 0 ? 'nie ma żadnego projektu' : 'ma tylko 1 projekt'}; macierz koszt–satysfakcja porównuje projekty między sobą, więc pojedynczy projekt nie ma ćwiartki, do której mógłby trafić`,
  projectRows: (min) => `co najmniej ${min} wiersze projektów`,
  noDefaultTab: (names) => `nie ma karty o nazwie ${names.map((n) => `"${n}"`).join(' ani ')}`,
  tabOrRangeOrSelection: (tabs) => `jedna z kart (${tabs}), zakres nazwany albo zaznaczenie jako źródło`,
  noSuchTab: 'nie ma karty o tej nazwie',
  oneOfTabs: (tabs) => `jedna z kart: ${tabs}`,
  noSuchNamedRange: 'nie ma zakresu nazwanego o tej nazwie',
  namedRangeAllowed: 'nazwa zakresu nazwanego (Dane › Zakresy nazwane), karta albo zaznaczenie',
  selectionSheet: 'Zaznaczenie',
  nothingSelected: 'nic nie jest zaznaczone',
  wholeTableSelected: 'zaznaczenie całej tabeli razem z wierszem nagłówków',
  place: (sheet, row, column, header) => {
    const at = [row !== undefined ? `wiersz ${row}` : '', column !== undefined ? `kolumna ${column}` : ''].filter(Boolean).join(', ');
    return `Arkusz ${sheet}${at ? `, ${at}` : ''}${header !== undefined ? ` (${header})` : ''}`;
  },
  message: (place, what, allowed) => `${place}: ${what}; dozwolone: ${allowed}`,
};

export const PROBLEM_TEXTS: Readonly<Record<OutputLocale, ProblemTexts>> = { en, pl };
