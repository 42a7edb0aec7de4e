export { refuseInputs } from './check-inputs.js';
export { fileIssue, isFileError } from './file-issue.js';
export {
  asFileSystemError,
  attempt,
  type FileOperation,
  FileSystemError,
  fileSystemError,
} from './file-system-error.js';
export {
  type AtomicWriteOptions,
  atomicFile,
  checkOutputFile,
  type OutputFileHandle,
  type OutputFileOptions,
  writeFilesAtomic,
} from './output-file.js';
export {
  checkOutputFolder,
  type OutputFolder,
  type OutputFolderOptions,
  openOutputFolder,
} from './output-folder.js';
export { markedCommand, outputMarkerFile, outputMarkerText } from './output-marker.js';
export { type OutputRefusal, OutputRefusedError } from './output-refused-error.js';
export { canonicalPath, isSameOrInside } from './real-path.js';
