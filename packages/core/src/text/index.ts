export { isBlankText, visibleCharacter } from './blank.js';
export { codePointName, hazardOfCodeUnit, type TextHazard } from './characters.js';
export { decodeUnicode, type UnicodeDecoding, type UnicodeEncoding } from './decode-unicode.js';
export { escapeForTerminal } from './escape-for-terminal.js';
export { findHazards, type HazardFinding } from './find-hazards.js';
export { guessEncoding, type LikelyEncoding } from './guess-encoding.js';
export { textHazardIssues, textValueIssues } from './hazard-issues.js';
export { firstInvalidUtf8 } from './utf8.js';
export { withTextChecks } from './with-text-checks.js';
