/**
 * The workbook's language in the package's core properties (`docProps/core.xml`,
 * `<dc:language>`: ECMA-376 Part 2 §11, Dublin Core's language element, a BCP 47 tag such as
 * `pl-PL`). Sheets' XLSX export records none; Excel and LibreOffice may. The local runtime
 * keeps it as the spreadsheet locale (`pl_PL`, as `Spreadsheet.getSpreadsheetLocale()` gives
 * it), so a file built in Polish is recalculated in Polish.
 */
export const CORE_PROPERTIES_PART = 'docProps/core.xml';
/** What a file that records no language is read as: Sheets' default locale. */
export const DEFAULT_LOCALE = 'en_US';

const LANGUAGE = /<dc:language>\s*([A-Za-z]{2,3})(?:[-_]([A-Za-z]{2}))?\s*<\/dc:language>/;

/** `pl-PL` → `pl_PL`, `pl` → `pl_PL`, `en-GB` → `en_GB`; undefined when absent or not a language tag. */
export function readDocumentLanguage(coreXml: string): string | undefined {
  const match = LANGUAGE.exec(coreXml);
  if (!match) return undefined;
  const language = match[1].toLowerCase();
  const region = (match[2] ?? (language === 'en' ? 'US' : language)).toUpperCase();
  return `${language}_${region}`;
}

/** core.xml with `<dc:language>` set to the locale (`pl_PL` → `pl-PL`), the dc namespace declared. */
export function withDocumentLanguage(coreXml: string, locale: string): string {
  const element = `<dc:language>${locale.replace('_', '-')}</dc:language>`;
  if (/<dc:language>[^<]*<\/dc:language>/.test(coreXml)) return coreXml.replace(/<dc:language>[^<]*<\/dc:language>/, element);
  const root = /<cp:coreProperties\b[^>]*>/.exec(coreXml);
  if (!root) return coreXml;
  const opening = root[0].includes('xmlns:dc=') ? root[0] : root[0].replace(/>$/, ' xmlns:dc="http://purl.org/dc/elements/1.1/">');
  return coreXml.replace(root[0], opening + element);
}
