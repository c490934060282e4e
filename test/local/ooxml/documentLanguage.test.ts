import { readDocumentLanguage, withDocumentLanguage } from '../../../local/ooxml/documentLanguage';

// docProps/core.xml as ECMA-376 Part 2 §11 gives it; dc:language holds an RFC 5646 tag.
const CORE = '<?xml version="1.0"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>A</dc:creator></cp:coreProperties>';

describe('the language in docProps/core.xml', () => {
  it('reads a language tag as a Sheets locale', () => {
    expect(readDocumentLanguage(CORE)).toBeUndefined();
    expect(readDocumentLanguage(CORE.replace('</cp:', '<dc:language>pl-PL</dc:language></cp:'))).toBe('pl_PL');
    expect(readDocumentLanguage(CORE.replace('</cp:', '<dc:language>en-GB</dc:language></cp:'))).toBe('en_GB');
    expect(readDocumentLanguage(CORE.replace('</cp:', '<dc:language>pl</dc:language></cp:'))).toBe('pl_PL');
    expect(readDocumentLanguage(CORE.replace('</cp:', '<dc:language>en</dc:language></cp:'))).toBe('en_US');
    expect(readDocumentLanguage(CORE.replace('</cp:', '<dc:language>Polish</dc:language></cp:'))).toBeUndefined();
  });

  it('writes one, replacing any before, declaring the dc namespace where the root lacks it', () => {
    const polish = withDocumentLanguage(CORE, 'pl_PL');
    expect(polish).toBe(CORE.replace('xmlns:dc="http://purl.org/dc/elements/1.1/">', 'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:language>pl-PL</dc:language>'));
    expect(withDocumentLanguage(polish, 'en_GB')).toBe(polish.replace('pl-PL', 'en-GB'));
    const bare = '<cp:coreProperties xmlns:cp="x"></cp:coreProperties>';
    expect(withDocumentLanguage(bare, 'pl_PL')).toBe('<cp:coreProperties xmlns:cp="x" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:language>pl-PL</dc:language></cp:coreProperties>');
  });
});
