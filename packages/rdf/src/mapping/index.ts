export { dutyListFromQuads, type FromQuadsOptions } from './from-quads.js';
export { numberLiteral } from './literals.js';
export {
  competentAuthorities,
  type DutyParticipation,
  dutyParticipations,
  participationIri,
} from './participations.js';
export { sectionClass } from './sections.js';
export { domainIri, dutyListToQuads, type ToQuadsOptions } from './to-quads.js';
