export { admissionAmendments } from './admission-amendments.js';
export { builtInAdmissionRules } from './built-in-rules.js';
export { checkCondition } from './check-condition.js';
export {
  type Condition,
  conditionSchema,
  type FieldCondition,
  fieldsOf,
  type Operator,
} from './condition.js';
export {
  type AdmissionEvaluation,
  type AdmissionOutcome,
  type AdmissionVerdict,
  evaluateAdmission,
  type RuleVerdict,
} from './evaluate-admission.js';
export { evaluateCondition } from './evaluate-condition.js';
export { type AdmissionFacts, lastStep } from './facts.js';
export {
  type AdmissionField,
  type AdmissionFieldName,
  admissionFields,
  awaitsProcedure,
  type FieldType,
  type FieldValue,
} from './fields.js';
export { type CountyConfig, parseAdmissionRequest, parseCountyConfig } from './parse-admission.js';
export { type AdmissionPredicateName, admissionPredicates, type Finding } from './predicates.js';
export {
  type AllowedStep,
  advance,
  allowedSteps,
  mayFollow,
  type OpenStage,
  type Procedure,
  type StageAfter,
  stageAfter,
  startProcedure,
} from './procedure.js';
export { type ReplayedProcedure, replayProcedure } from './replay-procedure.js';
export {
  type AdmissionRequest,
  type AdmissionStep,
  type AdmissionStepOf,
  actorSchema,
  admissionRequestSchema,
  admissionStepSchema,
  admissionTargetSchema,
  evidenceSchema,
  targetLevel,
} from './request.js';
export {
  type AdmissionRule,
  countyConfigSchema,
  countyRuleSchema,
  type RuleSeverity,
} from './rule.js';
export { type VillageAssignment, villageMayBeGiven } from './village-assignment.js';
