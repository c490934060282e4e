import { OutputLocale } from '../tabs/outputLocale';

/**
 * The headers and labels of the survey table functions (NPS_BY, NPS_TREND, CSAT_BY, CES_BY)
 * in the spreadsheet's language (DESIGN §2: English, or Polish for a `pl_*` locale). NPS and
 * CSAT % stay as they are in both.
 */
export interface SurveyTableWords {
  readonly group: string;
  readonly period: string;
  readonly responses: string;
  readonly ciLow: string;
  readonly ciHigh: string;
  readonly promoters: string;
  readonly passives: string;
  readonly detractors: string;
  readonly change: string;
  readonly pValue: string;
  readonly significant: string;
  readonly dissatisfied: string;
  readonly mean: string;
  readonly easy: string;
  readonly difficult: string;
  readonly netEasy: string;
  readonly total: string;
  readonly blank: string;
}

export const SURVEY_TABLE_WORDS: Readonly<Record<OutputLocale, SurveyTableWords>> = {
  en: {
    group: 'Group',
    period: 'Period',
    responses: 'Responses',
    ciLow: 'CI low',
    ciHigh: 'CI high',
    promoters: 'Promoters %',
    passives: 'Passives %',
    detractors: 'Detractors %',
    change: 'Change',
    pValue: 'p-value',
    significant: 'Significant',
    dissatisfied: 'Dissatisfied %',
    mean: 'Mean',
    easy: 'Easy %',
    difficult: 'Difficult %',
    netEasy: 'Net easy',
    total: 'Total',
    blank: '(blank)',
  },
  pl: {
    group: 'Grupa',
    period: 'Okres',
    responses: 'Odpowiedzi',
    ciLow: 'Dolna granica',
    ciHigh: 'Górna granica',
    promoters: 'Promotorzy %',
    passives: 'Neutralni %',
    detractors: 'Krytycy %',
    change: 'Zmiana',
    pValue: 'Wartość p',
    significant: 'Istotna',
    dissatisfied: 'Niezadowoleni %',
    mean: 'Średnia',
    easy: 'Łatwo %',
    difficult: 'Trudno %',
    netEasy: 'Łatwo netto',
    total: 'Razem',
    blank: '(puste)',
  },
};
