// Regenerates what vocab/ derives from other sources: the SKOS schemes (from @qingdan/core), the
// examples' case.ttl (from their list.yaml, through @qingdan/rdf) and the vocabulary reference in
// docs/vocabulary (from qingdan.ttl). The tests in vocab/test fail when any of them is stale.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatedFiles } from './outputs.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
for (const [path, text] of Object.entries(await generatedFiles())) {
  mkdirSync(dirname(`${root}${path}`), { recursive: true });
  writeFileSync(`${root}${path}`, text);
}
