import type { Office } from './organisations.js';

/**
 * Huangmei's "六办三中心": the six offices and three centres that carry a township's duties, the
 * bundled default for a county that has not set up its own.
 *
 * @example
 * ```ts
 * sixOfficesThreeCentres.length; // 9
 * ```
 */
export const sixOfficesThreeCentres: readonly Office[] = [
  {
    key: 'dzzh',
    name: '党政综合办公室',
    nameEn: 'Party and Government General Office',
    type: 'office',
  },
  { key: 'djgz', name: '党建工作办公室', nameEn: 'Party Building Office', type: 'office' },
  {
    key: 'jjfz',
    name: '经济发展服务办公室',
    nameEn: 'Economic Development Service Office',
    type: 'office',
  },
  {
    key: 'cxjs',
    name: '城乡建设办公室',
    nameEn: 'Urban and Rural Construction Office',
    type: 'office',
  },
  { key: 'shsw', name: '社会事务办公室', nameEn: 'Social Affairs Office', type: 'office' },
  { key: 'pajs', name: '平安建设办公室', nameEn: 'Public Safety Office', type: 'office' },
  { key: 'zhfw', name: '综合服务中心', nameEn: 'General Service Centre', type: 'centre' },
  { key: 'zhzf', name: '综合执法中心', nameEn: 'Comprehensive Enforcement Centre', type: 'centre' },
  {
    key: 'nyfw',
    name: '农业农村服务中心',
    nameEn: 'Agriculture and Rural Service Centre',
    type: 'centre',
  },
];
