import type { Profile } from './profile.js';

/**
 * Profiles for layouts found in published lists, by name (`--profile law-enforcement`).
 *
 * - `law-enforcement`: a county's 法定行政执法事项清单 (执法主体, 执法依据, 职权类型): basic duties.
 * - `power-list`: a 权责清单 (职权名称, 职权编码, 实施主体, 实施依据, 责任事项): basic duties.
 * - `village`: a 村(社区)工作事项清单 with one sheet per kind; 可办理 / 协助 / 不可办理 sheets.
 * - `reclaimed`: a list of 上级部门收回事项 alone, with 收回后承接部门 and 收回原因.
 *
 * @example
 * ```ts
 * bundledProfiles['law-enforcement']?.section; // 'basic'
 * ```
 */
export const bundledProfiles: Readonly<Record<string, Profile>> = {
  'law-enforcement': {
    description: '法定行政执法事项清单 / a county list of statutory law-enforcement powers',
    section: 'basic',
    columns: { 执法事项名称: 'name', 执法类别: 'powerCategory', 执法层级: 'extra' },
  },
  'power-list': {
    description: '权责清单 / a list of powers and responsibilities',
    section: 'basic',
    columns: { 追责情形: 'extra', 运行流程: 'extra', 监督方式: 'extra', 廉政风险点: 'extra' },
  },
  village: {
    description: '村(社区)工作事项清单 / a village work list, one sheet per kind',
    // The prohibited sheets come first: 不可办理 contains 可办理.
    sheets: [
      { match: '/不可办理|不应|禁入|负面/', section: 'prohibited' },
      { match: '/可办理|自治|依法履职/', section: 'selfGovernance' },
      { match: '/协助/', section: 'assisting' },
      { match: '/证明/', section: 'certificateToAbolish' },
    ],
  },
  reclaimed: {
    description: '上级部门收回事项清单 / a list of reclaimed duties',
    section: 'reclaimed',
    columns: { 收回事项名称: 'name', 原承担主体: 'extra' },
  },
};
