export { commonDutyFields, sectionMappings } from './duties.js';
export { dutyMapping, listMapping } from './list.js';
export {
  competentAuthorities,
  type DutyParticipation,
  dutyParticipations,
} from './participations.js';
export {
  departmentMapping,
  divisionMapping,
  domainMapping,
  extraColumnMapping,
  fundingMapping,
  issuerMapping,
  legalBasisMapping,
  legalResourceMapping,
  officeMapping,
  participationMapping,
  provisionMapping,
  resourcesMapping,
  staffingMapping,
} from './parts.js';
export type {
  Container,
  Derive,
  Field,
  Fields,
  FieldsOf,
  IriMaker,
  IriTemplate,
  NestField,
  NodeMapping,
  NodeTerm,
  ParticipationOf,
  RefTarget,
  TermKind,
  ValueField,
  Variant,
  Variants,
} from './types.js';
