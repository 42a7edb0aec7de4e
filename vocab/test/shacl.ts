// Validation with a real SHACL engine (rdf-validate-shacl) on an N3 store, shared by the tests.
import { readFileSync } from 'node:fs';
import { Parser, type Quad, Store } from 'n3';
import SHACLValidator from 'rdf-validate-shacl';

export const vocabDir = new URL('../', import.meta.url);

export function readTurtle(file: string, baseIRI?: string): Quad[] {
  const text = readFileSync(new URL(file, vocabDir), 'utf8');
  return new Parser(baseIRI ? { baseIRI } : {}).parse(text);
}

export interface Finding {
  readonly severity: string;
  readonly shape: string;
  readonly focus: string;
  readonly messages: readonly string[];
}

export async function validate(shapes: Quad[], data: Quad[]): Promise<Finding[]> {
  const validator = new SHACLValidator(new Store(shapes));
  const report = await validator.validate(new Store(data));
  return report.results.map((r) => ({
    severity: r.severity?.value.replace('http://www.w3.org/ns/shacl#', '') ?? '',
    shape: r.sourceShape?.value ?? '',
    focus: r.focusNode?.value ?? '',
    messages: r.message.map((m) => `${m.value}@${'language' in m ? m.language : ''}`),
  }));
}
