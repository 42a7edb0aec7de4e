import { match } from 'ts-pattern';
import type { AdmissionStage, AdmissionStepKind } from '../codes/admission.js';
import type { AdmissionStep, AdmissionStepOf } from './request.js';

/**
 * Which steps may follow each stage: the one next step of the procedure, or an early refusal
 * or return. A decided request takes no further step. The types below are derived from this
 * table, so the compiler and the checker of files agree.
 *
 * @example
 * ```ts
 * allowedSteps.accepted; // ['evaluation', 'refusal', 'return']
 * ```
 */
export const allowedSteps = {
  applied: ['acceptance', 'refusal', 'return'],
  accepted: ['evaluation', 'refusal', 'return'],
  evaluated: ['consultation', 'refusal', 'return'],
  consulted: ['matching', 'refusal', 'return'],
  matched: ['decision', 'refusal', 'return'],
  admitted: [],
  refused: [],
  returned: [],
} as const satisfies Record<AdmissionStage, readonly AdmissionStepKind[]>;

/**
 * A stage from which the procedure goes on.
 *
 * @example
 * ```ts
 * const s: OpenStage = 'matched'; // 'admitted' is not open
 * ```
 */
export type OpenStage = {
  [S in AdmissionStage]: (typeof allowedSteps)[S] extends readonly [] ? never : S;
}[AdmissionStage];

/**
 * The kinds of step allowed at stage `S`.
 *
 * @example
 * ```ts
 * type AfterMatching = AllowedStep<'matched'>; // 'decision' | 'refusal' | 'return'
 * ```
 */
export type AllowedStep<S extends AdmissionStage> = (typeof allowedSteps)[S][number];

/**
 * The stage a step leads to; a decision leads to its outcome.
 *
 * @example
 * ```ts
 * type S = StageAfter<AdmissionStepOf<'consultation'>>; // 'consulted'
 * ```
 */
export type StageAfter<T extends AdmissionStep> = T extends {
  step: 'decision';
  outcome: infer O extends AdmissionStage;
}
  ? O
  : T['step'] extends 'application'
    ? 'applied'
    : T['step'] extends 'acceptance'
      ? 'accepted'
      : T['step'] extends 'evaluation'
        ? 'evaluated'
        : T['step'] extends 'consultation'
          ? 'consulted'
          : T['step'] extends 'matching'
            ? 'matched'
            : T['step'] extends 'refusal'
              ? 'refused'
              : T['step'] extends 'return'
                ? 'returned'
                : never;

/**
 * A procedure known, by its type, to stand at stage `S`: only {@link startProcedure} and
 * {@link advance} make one, so a step out of order does not compile.
 *
 * @example
 * ```ts
 * const p: Procedure<'applied'> = startProcedure({ step: 'application', by: { name: '黄梅县民政局' }, on: '2025-03-01', evidence: [] });
 * ```
 */
export interface Procedure<S extends AdmissionStage = AdmissionStage> {
  readonly stage: S;
  readonly steps: readonly AdmissionStep[];
}

/**
 * The stage a step leads to.
 *
 * @example
 * ```ts
 * stageAfter({ step: 'decision', outcome: 'refused', collective: true, by: { name: '县委常委会' }, on: '2025-05-01', evidence: [] }); // 'refused'
 * ```
 */
export function stageAfter<T extends AdmissionStep>(step: T): StageAfter<T> {
  const stage = match(step as AdmissionStep)
    .with({ step: 'application' }, () => 'applied' as const)
    .with({ step: 'acceptance' }, () => 'accepted' as const)
    .with({ step: 'evaluation' }, () => 'evaluated' as const)
    .with({ step: 'consultation' }, () => 'consulted' as const)
    .with({ step: 'matching' }, () => 'matched' as const)
    .with({ step: 'decision' }, (d) => d.outcome)
    .with({ step: 'refusal' }, () => 'refused' as const)
    .with({ step: 'return' }, () => 'returned' as const)
    .exhaustive();
  return stage as StageAfter<T>;
}

/**
 * Starts a procedure with its application.
 *
 * @example
 * ```ts
 * const p = startProcedure({ step: 'application', by: { name: '黄梅县民政局' }, on: '2025-03-01', evidence: [] });
 * p.stage; // 'applied'
 * ```
 */
export function startProcedure(application: AdmissionStepOf<'application'>): Procedure<'applied'> {
  return { stage: 'applied', steps: [application] };
}

/**
 * Takes the next step. The step must be one the current stage allows: anything else is a type
 * error (`advance(applied, decision)` does not compile). A step whose kind is only known at run
 * time goes through {@link replayProcedure} instead.
 *
 * @example
 * ```ts
 * const accepted = advance(applied, { step: 'acceptance', by: { name: '中共黄梅县委社会工作部' }, on: '2025-03-05', evidence: [] });
 * accepted.stage; // 'accepted'
 * ```
 */
export function advance<S extends OpenStage, T extends AdmissionStepOf<AllowedStep<S>>>(
  procedure: Procedure<S>,
  step: T,
): Procedure<StageAfter<T>> {
  return { stage: stageAfter(step), steps: [...procedure.steps, step] };
}

/**
 * Whether a step may follow a stage.
 *
 * @example
 * ```ts
 * mayFollow('applied', 'decision'); // false
 * ```
 */
export function mayFollow(stage: AdmissionStage, step: AdmissionStepKind): boolean {
  return (allowedSteps[stage] as readonly AdmissionStepKind[]).includes(step);
}
