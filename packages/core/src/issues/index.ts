export { boundParams, fullLengthParam, quotedTextLimit } from './bound-params.js';
export { fromZodIssues } from './from-zod.js';
export {
  formatPath,
  type InvariantNumber,
  type Issue,
  makeIssue,
  type PathSegment,
  type Severity,
} from './issue.js';
export { type IssueCode, issueCodes } from './issue-code.js';
export { type IssueParams, issueMessage, issueMessages } from './messages.js';
export { QingdanError, type Result, toResult } from './result.js';
