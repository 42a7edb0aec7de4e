import {
  findConcept,
  type Section,
  townshipSectionScheme,
  villageItemKindScheme,
} from '@qingdan/core';
import { normaliseText } from '../text/normalise.js';

// Stems seen in sheet names and heading rows, tried after the labels; order matters.
const stems: readonly (readonly [string, Section])[] = [
  ['基本履职', 'basic'],
  ['基本职责', 'basic'],
  // A 法定 (statutory) list is the township's own powers: 法定行政执法事项清单, 法定职权.
  ['法定', 'basic'],
  ['配合履职', 'cooperating'],
  ['配合事项', 'cooperating'],
  ['收回', 'reclaimed'],
  ['赋权', 'delegated'],
  ['委托', 'delegated'],
  ['下放', 'delegated'],
  ['依法履职', 'selfGovernance'],
  ['主责事项', 'selfGovernance'],
  ['自治', 'selfGovernance'],
  ['协助', 'assisting'],
  ['禁入', 'prohibited'],
  ['负面清单', 'prohibited'],
  ['不应由村', 'prohibited'],
  ['取消证明', 'certificateToAbolish'],
  ['取消的证明', 'certificateToAbolish'],
];

/**
 * The section a sheet name, heading row or section cell names: a code, a label of the section
 * code lists (基本履职事项, 禁入事项 …), or a name built on one (`一、配合履职事项清单（39项）`).
 *
 * @example
 * ```ts
 * sectionOf('二、配合履职事项清单'); // 'cooperating'
 * sectionOf('Sheet1'); // undefined
 * ```
 */
export function sectionOf(text: string): Section | undefined {
  const bare = normaliseText(text)
    .replace(/^[(]?[一二三四五六七八九十\d]+[)、.]?/, '')
    .replace(/[(]?(共)?\d+项[)]?$/, '')
    .replace(/清单$/, '');
  if (bare === '') return undefined;
  const concept =
    findConcept(townshipSectionScheme, bare) ?? findConcept(villageItemKindScheme, bare);
  if (concept) return concept.code;
  // Certificates a village is no longer to issue: 不应由基层群众性自治组织出具证明事项, 不再出具的证明.
  if (/(不应|不再|取消).*证明/.test(bare)) return 'certificateToAbolish';
  return stems.find(([stem]) => bare.includes(stem))?.[1];
}

/**
 * The Chinese label of a section, as export names sheets and the section column.
 *
 * @example
 * ```ts
 * sectionLabel('cooperating'); // '配合履职事项'
 * ```
 */
export function sectionLabel(section: Section): string {
  const concept = [...townshipSectionScheme.concepts, ...villageItemKindScheme.concepts].find(
    (c) => c.code === section,
  );
  return concept?.label.zh ?? section;
}
