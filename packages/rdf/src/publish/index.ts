export { openFileSink, type WrittenFile } from './file-sink.js';
export { mediaTypes, type PublicationFormat, parseFormats, publicationFormats } from './formats.js';
export { catalogFiles, editionFile } from './layout.js';
export { loneSurrogateIssues } from './lone-surrogates.js';
export {
  type PublishOptions,
  type PublishProgress,
  type PublishReport,
  type PublishSource,
  publishInto,
  publishLists,
} from './publish-lists.js';
export type { EditionRenderer } from './renderer.js';
export { vocabularyFiles } from './vocabulary-files.js';
export { vocabularyRenderer } from './vocabulary-renderer.js';
export { type WrittenEdition, writeEdition } from './write-edition.js';
