import { match } from 'ts-pattern';
import type { Bilingual } from '../codes/concept.js';
import type { Duty } from '../model/duty.js';
import type { DutyList } from '../model/duty-list.js';

/**
 * Whether a task may be given to a village, the duty of its list that decides it, and why.
 *
 * @example
 * ```ts
 * const a: VillageAssignment = { allowed: false, reason: { zh: '禁入事项', en: 'a prohibited item' } };
 * ```
 */
export interface VillageAssignment {
  readonly allowed: boolean;
  readonly duty?: Duty;
  readonly reason: Bilingual;
}

const squeeze = (s: string) => s.replace(/[\s\p{P}]/gu, '');

/**
 * Invariant 7 at the village's door: a task may be given to a village only if it is an
 * assisting duty on the village's admitted list (凡未列入准入事项的，一律不得交由村(社区)办理);
 * a prohibited item, a self-governance duty or a certificate to abolish is never handed down.
 * The task is found by key, else by name (ignoring spaces and punctuation).
 *
 * @example
 * ```ts
 * villageMayBeGiven(longpingList, { name: '出具房屋安全证明' }).allowed; // false: a prohibited item
 * ```
 */
export function villageMayBeGiven(
  list: DutyList,
  task: { readonly key?: string; readonly name?: string },
): VillageAssignment {
  if (list.kind !== 'village')
    return {
      allowed: false,
      reason: {
        zh: `「${list.title}」不是村(社区)工作事项清单`,
        en: `"${list.title}" is not a village work list`,
      },
    };
  const byKey = task.key === undefined ? undefined : list.duties.find((d) => d.key === task.key);
  const wanted = task.name === undefined ? undefined : squeeze(task.name);
  const duty = byKey ?? list.duties.find((d) => wanted !== undefined && squeeze(d.name) === wanted);
  if (!duty)
    return {
      allowed: false,
      reason: {
        zh: '未列入准入事项，一律不得交由村(社区)办理',
        en: 'not on the admitted list: it may not be given to the village',
      },
    };
  const named = { zh: `「${duty.name}」（${duty.key}）`, en: `"${duty.name}" (${duty.key})` };
  return match(duty.section)
    .with('assisting', () => ({
      allowed: true,
      duty,
      reason: {
        zh: `${named.zh}是已准入的协助政府工作事项`,
        en: `${named.en} is an admitted assisting duty`,
      },
    }))
    .with('prohibited', () => ({
      allowed: false,
      duty,
      reason: { zh: `${named.zh}是禁入事项`, en: `${named.en} is a prohibited item` },
    }))
    .with('selfGovernance', () => ({
      allowed: false,
      duty,
      reason: {
        zh: `${named.zh}是村(社区)依法自治事项，不由上级部门交办`,
        en: `${named.en} is the village's own self-governance work, not a task to hand down`,
      },
    }))
    .with('certificateToAbolish', () => ({
      allowed: false,
      duty,
      reason: {
        zh: `${named.zh}是应取消的证明事项`,
        en: `${named.en} is a certificate to abolish`,
      },
    }))
    .with('basic', 'cooperating', 'reclaimed', 'delegated', () => ({
      allowed: false,
      duty,
      reason: {
        zh: `${named.zh}是乡镇清单的事项，不属于村(社区)`,
        en: `${named.en} is a township duty, not a village's`,
      },
    }))
    .exhaustive();
}
