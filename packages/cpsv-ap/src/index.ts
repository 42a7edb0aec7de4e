export { genericServices } from './generic.js';
export { findingsToIssues } from './issues.js';
export { quadsToCpsvJsonLd } from './jsonld.js';
export { type GraphFormat, graphFormatOf, readCpsvGraph } from './read.js';
export { type CpsvOptions, cpsvPrefixes, cpsvQuads, cpsvRenderer } from './render.js';
export {
  cpsvContext,
  cpsvContextAliases,
  cpsvContextIri,
  cpsvDocumentLoader,
  cpsvShapesTurtle,
  RemoteContextError,
} from './standards.js';
export { CpsvChecker, type CpsvEngine, type CpsvFinding } from './validate.js';
