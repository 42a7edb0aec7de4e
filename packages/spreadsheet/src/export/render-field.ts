import {
  type Duty,
  delegationModeScheme,
  powerCategoryScheme,
  reclaimReasonScheme,
} from '@qingdan/core';
import { match } from 'ts-pattern';
import type { ListVocabulary } from '../layout/bodies.js';
import type { FieldName } from '../layout/fields.js';
import { sectionLabel } from '../layout/section-of.js';
import { renderLegalBases } from './render-legal-basis.js';

const label = (
  scheme: { concepts: readonly { code: string; label: { zh: string } }[] },
  code: string,
): string => scheme.concepts.find((c) => c.code === code)?.label.zh ?? code;

const field = (duty: Duty, name: string): unknown => (duty as Record<string, unknown>)[name];
const text = (v: unknown): string => (v === undefined ? '' : String(v));
const lines = (v: unknown): string => ((v as readonly string[] | undefined) ?? []).join('\n');

/**
 * The text of one cell of a duty's row, as export writes it and import reads it back: bodies by
 * name joined with `、`, code-list values by their Chinese label, legal bases one per line,
 * equipment, platforms and training one per line.
 *
 * @example
 * ```ts
 * renderField(duty, 'powerCategory', vocab); // '行政处罚'
 * ```
 */
export function renderField(duty: Duty, name: FieldName, vocab: ListVocabulary): string {
  const bodies = (
    keys: unknown,
    index: ListVocabulary['offices'] | ListVocabulary['departments'],
  ) => ((keys as readonly string[] | undefined) ?? []).map((k) => index.nameOf(k)).join('、');
  return match(name)
    .with(
      'key',
      'number',
      'code',
      'name',
      'nameEn',
      'description',
      'departmentDuty',
      'townshipDuty',
      'reclaimNote',
      'admissionDecision',
      'prohibitionReason',
      'replacedBy',
      (f) => text(field(duty, f)),
    )
    .with('section', () => sectionLabel(duty.section))
    .with('domain', () => (duty.domain === undefined ? '' : vocab.domainLabel(duty.domain)))
    .with('powerCategory', () =>
      duty.powerCategory ? label(powerCategoryScheme, duty.powerCategory) : '',
    )
    .with('legalBases', () => renderLegalBases(duty.legalBases))
    .with('offices', () => bodies(duty.offices, vocab.offices))
    .with(
      'leadDepartments',
      'receivingDepartments',
      'delegatingDepartments',
      'requestingDepartments',
      (f) => bodies(field(duty, f), vocab.departments),
    )
    .with('reclaimReasons', () =>
      ((field(duty, 'reclaimReasons') as readonly string[] | undefined) ?? [])
        .map((c) => label(reclaimReasonScheme, c))
        .join('、'),
    )
    .with('formerDelegationMode', 'delegationMode', (f) => {
      const code = field(duty, f);
      return code === undefined ? '' : label(delegationModeScheme, String(code));
    })
    .with('localTo', () => (duty.localTo ?? []).join('、'))
    .with('staffHeadcount', () => text(duty.resources?.staff?.headcount))
    .with('staffKind', () => text(duty.resources?.staff?.kind))
    .with('fundingAmount', () => text(duty.resources?.funding?.amountPerYear))
    .with('fundingSource', () => text(duty.resources?.funding?.source))
    .with('equipment', 'platforms', 'training', (f) => lines(duty.resources?.[f]))
    .with('resourcesNote', () => text(duty.resources?.note))
    .exhaustive();
}
