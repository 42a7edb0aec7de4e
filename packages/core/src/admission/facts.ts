import type { AdmissionStage } from '../codes/admission.js';
import type { DutyList } from '../model/duty-list.js';
import type { AdmissionRequest, AdmissionStep, AdmissionStepOf } from './request.js';

/**
 * What a rule looks at: the request, the stage its procedure reached, and the current list.
 *
 * @example
 * ```ts
 * const facts: AdmissionFacts = { request, stage: replayProcedure(request.procedure).stage, list };
 * ```
 */
export interface AdmissionFacts {
  readonly request: AdmissionRequest;
  readonly stage: AdmissionStage;
  readonly list: DutyList;
}

/**
 * The last step of a kind in a request's procedure, if it was taken.
 *
 * @example
 * ```ts
 * lastStep(request, 'matching')?.resources;
 * ```
 */
export function lastStep<K extends AdmissionStep['step']>(
  request: AdmissionRequest,
  kind: K,
): AdmissionStepOf<K> | undefined {
  const found = request.procedure.filter((s): s is AdmissionStepOf<K> => s.step === kind);
  return found[found.length - 1];
}
