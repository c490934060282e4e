// Writes examples/cx-example.xlsx and examples/cx-example-pl.xlsx from seeded random data
// (scripts/lib/exampleWorkbook.ts). Same code, same bytes: a test checks the committed files.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { exampleBytes, Language } from './lib/exampleWorkbook';

export const EXAMPLE_FILES: Record<Language, string> = {
  en: path.resolve(__dirname, '../examples/cx-example.xlsx'),
  pl: path.resolve(__dirname, '../examples/cx-example-pl.xlsx'),
};

async function main(): Promise<void> {
  for (const [language, file] of Object.entries(EXAMPLE_FILES) as [Language, string][]) {
    const bytes = await exampleBytes(language);
    writeFileSync(file, bytes);
    console.log(`${path.relative(process.cwd(), file)}: ${Math.round(bytes.length / 1024)} KB`);
  }
}

if (require.main === module) {
  main().catch((error) => {
    console.error(String(error?.message ?? error));
    process.exitCode = 1;
  });
}
