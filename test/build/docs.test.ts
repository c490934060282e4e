import { readFileSync } from 'node:fs';
import { readEntryPoints } from '../../scripts/lib/entryPoints';
import { renderFunctionDocs } from '../../scripts/lib/functionDocs';

describe('docs/FUNCTIONS.md', () => {
  it('is up to date with the JSDoc (run `npm run docs` when this fails)', () => {
    expect(readFileSync('docs/FUNCTIONS.md', 'utf8')).toBe(renderFunctionDocs(readEntryPoints()));
  });
});
