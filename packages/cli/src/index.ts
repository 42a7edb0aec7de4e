export type { CommandContext, CommandRegistration } from './command.js';
export { commands } from './commands/index.js';
export { exitCodes } from './exit-codes.js';
export { type Io, nodeIo } from './io.js';
export { formatIssueForTerminal, issueToJson } from './output/issues.js';
export { formatTable } from './output/table.js';
export { readLists } from './read-lists.js';
export { run } from './run.js';
