export { type ListFileFormat, listFileFormat } from './file-format.js';
export { findListFiles } from './find-list-files.js';
export type { LocatedIssue } from './located-issue.js';
export { readDataFile } from './read-data-file.js';
export { type ReadDataResult, readDataText } from './read-data-text.js';
export { readListFile } from './read-list-file.js';
export { type ReadListResult, readListText } from './read-list-text.js';
export { listFileText } from './write-list.js';
