import type { Duty } from '@qingdan/core';
import { qd } from '@qingdan/vocab';

/**
 * The class of the vocabulary each section's duties belong to. In JSON-LD, `section` is `@type`
 * and the section codes are terms of the context naming these classes.
 *
 * @example
 * ```ts
 * sectionClass.cooperating; // 'https://w3id.org/qingdan/ns#CooperatingDuty'
 * ```
 */
export const sectionClass: { readonly [S in Duty['section']]: string } = {
  basic: qd.BasicDuty,
  cooperating: qd.CooperatingDuty,
  reclaimed: qd.ReclaimedDuty,
  delegated: qd.DelegatedDuty,
  selfGovernance: qd.SelfGovernanceDuty,
  assisting: qd.AssistingDuty,
  prohibited: qd.ProhibitedItem,
  certificateToAbolish: qd.CertificateToAbolish,
};
