import { foldWord } from './foldWord';

/**
 * English and Polish stop words (DESIGN §2, THEMES): the function words that carry no theme,
 * left out when THEMES discovers frequent words and phrases. Keywords may still contain them
 * ("on time" matches the words "on time" in a row).
 *
 * The English list is the classic information-retrieval list of pronouns, articles,
 * auxiliaries, prepositions and conjunctions (with their contracted forms, also written
 * without the apostrophe as customers type them); the Polish list covers the same word
 * classes with their inflected forms (jest, są, był…, który, która…, mnie, mi…). Words a
 * CX theme may hinge on stay out of both: not, no and nie (a "not delivered" theme), good,
 * dobrze, time, czas. Both lists are written here as a reader spells them and folded once
 * when the module loads, as comments are (się → sie, już → juz).
 */
const ENGLISH = `a about above after again against all already also always am an and any are aren't as at be because been before
being below between both but by can can't cannot cant could couldn't couldnt did didn't didnt do does doesn't
doesnt doing don't dont down during each even ever every few for from further get gets got had hadn't has
hasn't have haven't having he he'd he'll he's her here here's hers herself him himself his how how's i i'd
i'll i'm i've if in into is isn't isnt it it's its itself just let's me more most much mustn't my myself nor now
of off on once only or other ought our ours ourselves out over own quite really same shall shan't she she'd she'll she's
should shouldn't so some still such than that that's the their theirs them themselves then there there's these
they they'd they'll they're they've this those though through to too under until up upon us very was wasn't
wasnt we we'd we'll we're we've were weren't what what's when when's where where's whether which while who
who's whom whose why why's will with won't would wouldn't yet you you'd you'll you're you've your yours
yourself yourselves`;

const POLISH = `a aby ach acz aczkolwiek aj albo ale ależ ani aż bardziej bardzo bez bo bowiem by byli bym byś
być był była było były byłem byłam będzie będą będę bo cali cała cały chociaż ciągle choć ci cię ciebie co cokolwiek
coś czy czyli dla dlaczego dlatego do dokąd dość gdy gdyby gdyż gdzie go i ich ile im inna inne inny innych
iż ja ją jak jakaś jakby jaki jakie jakiś jakiż jako jakoś je jeden jedna jedno jednak jednakże jego jej jemu
jest jestem jesteś jesteśmy jeszcze jeśli jeżeli już każdy kiedy kilka kto ktoś która które którego której
który których którym którzy ku lecz lub ma mają mam mi mimo między mną mnie mogą moi moim moja moje może
można mój mu my na nad nam nami naprawdę nas nasi nasz nasza nasze naszego naszych natomiast nawet nią nic nich niech
niego niej niemu nim nimi niż o obok od około on ona one oni ono oraz oto owszem pan pana pani po pod podczas
pomimo ponad ponieważ poza przecież przed przede przez przy sam sama są się skąd sobie sobą swoje swój ta tak
taka taki takie także tam te tego tej temu ten teraz też to tobą tobie toteż tu tutaj twoi twoim twoja twoje
twój ty tych tylko tym u w wam wami was wasz wasza wasze we wciąż więc wszyscy wszystkich wszystkie wszystkim
wszystko wtedy wy właśnie z za ze zawsze znowu znów żaden żadna żadne żadnych że żeby`;

const STOP_WORDS: ReadonlySet<string> = new Set(`${ENGLISH} ${POLISH}`.split(/\s+/).filter(Boolean).map(foldWord));

/** Whether a folded word is an English or Polish stop word. */
export function isStopWord(folded: string): boolean {
  return STOP_WORDS.has(folded);
}
