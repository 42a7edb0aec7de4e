import type { AdmissionStage, AdmissionStepKind } from '../codes/admission.js';
import { type Issue, makeIssue, type PathSegment } from '../issues/issue.js';
import { allowedSteps, mayFollow, stageAfter } from './procedure.js';
import type { AdmissionStep } from './request.js';

/**
 * Where a recorded procedure stands, and what is wrong with it.
 *
 * @example
 * ```ts
 * const { stage, issues } = replayProcedure(request.procedure);
 * ```
 */
export interface ReplayedProcedure {
  /** The stage after the last step that could be taken. */
  readonly stage: AdmissionStage;
  readonly issues: readonly Issue[];
}

/**
 * Replays recorded steps (from a file) through the procedure: it must start with an
 * application, each step must be one the stage before it allows, and dates never go back.
 * Issues point at `base` + the step's index.
 *
 * @example
 * ```ts
 * const { stage, issues } = replayProcedure(request.procedure);
 * ```
 */
export function replayProcedure(
  steps: readonly AdmissionStep[],
  base: readonly PathSegment[] = ['procedure'],
): ReplayedProcedure {
  const issues: Issue[] = [];
  const first = steps[0];
  if (first?.step !== 'application') {
    issues.push(
      makeIssue('admission-procedure-start', 'error', [...base, 0, 'step'], {
        step: first?.step ?? '',
      }),
    );
    return { stage: 'applied', issues };
  }
  let stage: AdmissionStage = 'applied';
  for (let i = 1; i < steps.length; i++) {
    const step = steps[i] as AdmissionStep;
    const previous = steps[i - 1] as AdmissionStep;
    if (!mayFollow(stage, step.step)) {
      const allowed: readonly AdmissionStepKind[] = allowedSteps[stage];
      issues.push(
        makeIssue('admission-transition-illegal', 'error', [...base, i, 'step'], {
          stage,
          step: step.step,
          allowed: allowed.join(', '),
        }),
      );
      break;
    }
    if (step.on < previous.on)
      issues.push(
        makeIssue('admission-step-date-backwards', 'error', [...base, i, 'on'], {
          date: step.on,
          previous: previous.on,
        }),
      );
    stage = stageAfter(step);
  }
  return { stage, issues };
}
