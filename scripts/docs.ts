/** npm run docs: regenerates docs/FUNCTIONS.md from the custom functions' JSDoc. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readEntryPoints } from './lib/entryPoints';
import { renderFunctionDocs } from './lib/functionDocs';

const root = path.resolve(__dirname, '..');
mkdirSync(path.join(root, 'docs'), { recursive: true });
writeFileSync(path.join(root, 'docs/FUNCTIONS.md'), renderFunctionDocs(readEntryPoints(path.join(root, 'src/main.ts'), path.join(root, 'tsconfig.json'))));
console.log('wrote docs/FUNCTIONS.md');
