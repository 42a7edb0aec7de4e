import { qingdanContext, schemeTurtles, shapesTurtle, vocabularyTurtle } from '@qingdan/vocab';
import { vocabularyFolder } from '../iri/index.js';

/**
 * The vocabulary's documents a publication carries under its base (in {@link vocabularyFolder}),
 * by path in the output folder: the JSON-LD context its editions name, the ontology, the SHACL
 * shapes and every code list. A portal's JSON-LD processor then resolves the context from the
 * publication itself.
 *
 * @example
 * ```ts
 * Object.keys(vocabularyFiles()).slice(0, 3); // ['vocab/context.jsonld', 'vocab/qingdan.ttl', 'vocab/shapes.ttl']
 * ```
 */
export function vocabularyFiles(): Record<string, string> {
  const files: Record<string, string> = {
    [`${vocabularyFolder}context.jsonld`]: `${JSON.stringify(qingdanContext, null, 2)}\n`,
    [`${vocabularyFolder}qingdan.ttl`]: vocabularyTurtle,
    [`${vocabularyFolder}shapes.ttl`]: shapesTurtle,
  };
  for (const [id, turtle] of Object.entries(schemeTurtles))
    files[`${vocabularyFolder}schemes/${id}.ttl`] = turtle;
  return files;
}
