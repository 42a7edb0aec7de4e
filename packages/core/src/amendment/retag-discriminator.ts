import type { Issue } from '../issues/issue.js';

/**
 * The issue reader turns a bad discriminator into `invalid-section`, whose message speaks of a
 * duty's section; for any other discriminator (`change`, `step`) the honest code is
 * `invalid-value`, with the same params.
 */
export function retagDiscriminator(issues: readonly Issue[]): Issue[] {
  return issues.map((issue) =>
    issue.code === 'invalid-section' && issue.path[issue.path.length - 1] !== 'section'
      ? { ...issue, code: 'invalid-value' }
      : issue,
  );
}
