import { OutputLocale } from '../tabs/outputLocale';
import { Priority } from './importancePerformance';

/**
 * The words of a driver table in the spreadsheet's language (DESIGN §2, the Polish words at
 * the end of the section; GLOSSARY: driver analysis = analiza czynników wpływu).
 */
export interface DriversTexts {
  /** Driver | Responses | Correlation | Importance % | Mean | Priority */
  readonly header: readonly [string, string, string, string, string, string];
  /** The label of the last row; the same in both languages. */
  readonly rSquared: string;
  /** The name of an unlabelled driver: "Driver 1", "Czynnik 1" (n from 1). */
  readonly defaultLabel: (n: number) => string;
  readonly priorities: Readonly<Record<Priority, string>>;
}

export const DRIVERS_TEXTS: Readonly<Record<OutputLocale, DriversTexts>> = {
  en: {
    header: ['Driver', 'Responses', 'Correlation', 'Importance %', 'Mean', 'Priority'],
    rSquared: 'R²',
    defaultLabel: (n) => `Driver ${n}`,
    priorities: { concentrate: 'Concentrate here', keepUp: 'Keep up the good work', overkill: 'Possible overkill', low: 'Low priority' },
  },
  pl: {
    header: ['Czynnik', 'Odpowiedzi', 'Korelacja', 'Ważność %', 'Średnia', 'Priorytet'],
    rSquared: 'R²',
    defaultLabel: (n) => `Czynnik ${n}`,
    priorities: { concentrate: 'Skup się tutaj', keepUp: 'Tak trzymaj', overkill: 'Możliwy nadmiar', low: 'Niski priorytet' },
  },
};
