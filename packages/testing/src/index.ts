export { type DutyScope, dutyArbitrary } from './duties.js';
export { type DutyListOptions, dutyListArbitrary } from './duty-list.js';
export { cpuGrowth } from './growth.js';
export { provisionArbitrary, structuredLegalBasisArbitrary } from './legal-bases.js';
export { minimalList } from './minimal-list.js';
export { departmentsArbitrary, officesArbitrary, resourcesArbitrary } from './organisations.js';
export {
  anyText,
  attackText,
  chineseText,
  keyText,
  type TextFlavour,
  textOf,
} from './text.js';
