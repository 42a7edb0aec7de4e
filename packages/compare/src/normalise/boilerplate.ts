/**
 * Words that open or close a duty's name without saying what the duty is: "负责辖区内……",
 * "协助开展……", "做好……工作". They are set aside before names are compared, only where they
 * stand at the start or the end, so that 组织 in 基层党组织建设 stays. The order matters: longer
 * words come before their prefixes.
 *
 * @example
 * ```ts
 * leadingBoilerplate.includes('协助'); // true
 * ```
 */
export const leadingBoilerplate: readonly string[] = [
  '负责',
  '牵头',
  '协助',
  '配合',
  '参与',
  '做好',
  '开展',
  '组织',
  '落实',
  '加强',
  '推进',
  '推动',
  '督促',
  '指导',
  '依法',
  '积极',
  '全面',
  '承担',
  '履行',
];

/**
 * Words that close a name without changing what it names: 工作, 事项, 职责, 等.
 *
 * @example
 * ```ts
 * trailingBoilerplate.includes('工作'); // true
 * ```
 */
export const trailingBoilerplate: readonly string[] = [
  '相关工作',
  '等工作',
  '工作',
  '事项',
  '职责',
  '等',
];

/**
 * Filler that may stand anywhere in a name and only says where: 辖区内, 本辖区, 本镇, 本乡.
 *
 * @example
 * ```ts
 * placeFiller.includes('辖区内'); // true
 * ```
 */
export const placeFiller: readonly string[] = [
  '本辖区内',
  '本辖区',
  '辖区内',
  '辖区',
  '本镇',
  '本乡',
  '本街道',
];
