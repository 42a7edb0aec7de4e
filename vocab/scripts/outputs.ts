// What vocab/scripts/generate.ts writes, by path from the repository root.
import { caseTurtle, exampleCases } from './examples.js';
import { referenceMarkdown } from './reference.js';
import { coreSchemes, schemeTurtle } from './schemes.js';

export async function generatedFiles(): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const scheme of coreSchemes()) files[`vocab/schemes/${scheme.id}.ttl`] = schemeTurtle(scheme);
  for (const name of exampleCases()) files[`vocab/examples/${name}/case.ttl`] = caseTurtle(name);
  files['docs/vocabulary/reference.zh.md'] = referenceMarkdown('zh');
  files['docs/vocabulary/reference.en.md'] = referenceMarkdown('en');
  return files;
}
