export { qingdanContextIri } from '@qingdan/vocab';
export {
  contextDocumentLoader,
  RemoteContextRefusedError,
  type RemoteDocument,
  staticDocumentLoader,
} from './document-loader.js';
export { dutyListToJsonLd, type ToJsonLdOptions } from './list-to-jsonld.js';
export { quadsToJsonLd } from './quads-to-jsonld.js';
