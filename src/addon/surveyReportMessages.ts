import { localeNumber } from '../core/tabs/localeNumber';
import { OutputLocale } from '../core/tabs/outputLocale';
import { SurveyReportBuilt } from './surveyReportBuild';

/** What the menu says about a survey report build, in the spreadsheet's language. */
export interface SurveyReportMessages {
  readonly notBuilt: string;
  toast(result: SurveyReportBuilt): string;
}

export const SURVEY_REPORT_MESSAGES: Readonly<Record<OutputLocale, SurveyReportMessages>> = {
  en: {
    notBuilt: 'Survey report not built',
    toast: (r) => {
      const n = (x: number) => localeNumber(x, 'en', 1);
      const top = r.topDriver ? ` Top driver: ${r.topDriver.name} (${n(r.topDriver.importance)}%).` : '';
      const mismatch = r.biggestMismatch ? ` Biggest valuation mismatch: ${r.biggestMismatch.name}, ${r.biggestMismatch.check}.` : '';
      return `${r.counts.responses} responses from ${r.source}: NPS ${n(r.nps.value)} (95%: ${n(r.nps.lower)} to ${n(r.nps.upper)}).${top}${mismatch}`;
    },
  },
  pl: {
    notBuilt: 'Nie utworzono raportu z badania',
    toast: (r) => {
      const n = (x: number) => localeNumber(x, 'pl', 1);
      const top = r.topDriver ? ` Najważniejszy czynnik: ${r.topDriver.name} (${n(r.topDriver.importance)}%).` : '';
      const mismatch = r.biggestMismatch ? ` Największa rozbieżność ocen: ${r.biggestMismatch.name}, ${r.biggestMismatch.check}.` : '';
      return `Odpowiedzi: ${r.counts.responses} z ${r.source}: NPS ${n(r.nps.value)} (95%: ${n(r.nps.lower)} do ${n(r.nps.upper)}).${top}${mismatch}`;
    },
  },
};
