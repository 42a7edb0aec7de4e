import type { Division, DutyList, ListDomain } from '@qingdan/core';
import { huangmeiDomainScheme } from '@qingdan/core';
import fc from 'fast-check';
import { dutyArbitrary } from './duties.js';
import { departmentsArbitrary, officesArbitrary } from './organisations.js';
import { keyText, type TextFlavour, textOf } from './text.js';

/** What kind of lists to generate. */
export interface DutyListOptions {
  /** Township or village lists; both when absent. */
  readonly kind?: DutyList['kind'];
  /** The status; `published` or `draft` when absent (generated lists hold every invariant either way). */
  readonly status?: DutyList['status'];
  /** At most this many duties (default 12). */
  readonly maxDuties?: number;
  /** At least this many duties (default 0). */
  readonly minDuties?: number;
  /** `realistic` Chinese text, or `hostile` text with quotes, line breaks and astral characters (default: both). */
  readonly flavour?: TextFlavour;
}

const county: Division = {
  code: '421127',
  name: '黄梅县',
  level: 'county',
  parent: { code: '421100', name: '黄冈市', level: 'city' },
};

function divisionArbitrary(kind: DutyList['kind']): fc.Arbitrary<Division> {
  const township = fc.integer({ min: 100, max: 499 }).map(
    (n): Division => ({
      code: `421127${n}`,
      name: `第${n}镇`,
      level: 'township',
      parent: county,
    }),
  );
  if (kind === 'village')
    return fc.tuple(township, fc.integer({ min: 200, max: 299 })).map(
      ([t, n]): Division => ({
        code: `${t.code}${n}`,
        name: `第${n}村`,
        level: 'village',
        parent: t,
      }),
    );
  return fc.oneof(
    { weight: 4, arbitrary: township },
    { weight: 1, arbitrary: fc.constant(county) },
  );
}

const ownDomains: ListDomain[] = [
  { code: 'ecology', notation: 'A', label: { zh: '生态环保' } },
  { code: 'safety', label: { zh: '平安建设', en: 'Public safety' } },
];

/**
 * A list edition that holds every invariant: unique keys, references that resolve, and what
 * each section needs. The values are exactly what `parseDutyList` gives back for them.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(dutyListArbitrary(), (list) => parseDutyList(formatDutyList(list)).ok));
 * ```
 */
export function dutyListArbitrary(options: DutyListOptions = {}): fc.Arbitrary<DutyList> {
  const kindArb = options.kind
    ? fc.constant(options.kind)
    : fc.constantFrom<DutyList['kind']>('township', 'village');
  const flavourArb = options.flavour
    ? fc.constant(options.flavour)
    : fc.constantFrom<TextFlavour>('realistic', 'hostile');
  return fc.tuple(kindArb, flavourArb).chain(([kind, flavour]) => listOf(kind, flavour, options));
}

function listOf(
  kind: DutyList['kind'],
  flavour: TextFlavour,
  options: DutyListOptions,
): fc.Arbitrary<DutyList> {
  const maxDuties = options.maxDuties ?? 12;
  const minDuties = options.minDuties ?? 0;
  const keys = (min: number, max: number) =>
    fc.uniqueArray(keyText(), { minLength: min, maxLength: max });
  return fc
    .record({
      division: divisionArbitrary(kind),
      officeKeys: keys(1, 5),
      departmentKeys: keys(1, 5),
      dutyKeys: keys(minDuties, maxDuties),
      ownDomains: fc.boolean(),
    })
    .chain(({ division, officeKeys, departmentKeys, dutyKeys, ownDomains: own }) => {
      const domains = own
        ? ownDomains.map((d) => d.code)
        : huangmeiDomainScheme.concepts.map((c) => c.code);
      const township = division.level === 'township' ? division.code : undefined;
      const scope = {
        kind,
        offices: officeKeys,
        departments: departmentKeys,
        domains,
        flavour,
        ...(township ? { township } : {}),
      };
      const status = options.status
        ? fc.constant(options.status)
        : fc.constantFrom<DutyList['status']>('published', 'draft', 'superseded');
      return fc.record(
        {
          id: keyText(),
          kind: fc.constant(kind),
          title: textOf(flavour),
          titleEn: fc.constant('Duty list'),
          division: fc.constant(division),
          template: fc.constant(division.level === 'county'),
          issuer: fc.record({ name: textOf(flavour) }),
          issued: fc
            .date({ min: new Date('2019-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
            .map((d) => d.toISOString().slice(0, 10)),
          documentNumber: fc.constantFrom(
            '梅编发〔2024〕12号',
            '宜政办发[2025]3号',
            '惠府〔2021〕7号',
          ),
          edition: fc.constantFrom('2024', '2025年第1版'),
          status,
          supersedes: keyText(),
          townshipType: fc.constantFrom(
            '重点城市化区',
            '工业化促进区',
            '特色农产品生产区',
            '生态与林业协调发展区',
          ),
          sourceUrl: fc.constantFrom('https://www.example.gov.cn/zwgk/qd/2024.html'),
          ...(own ? { domains: fc.constant(ownDomains) } : {}),
          offices: officesArbitrary(officeKeys, flavour),
          departments: departmentsArbitrary(departmentKeys, flavour),
          duties: fc.tuple(...dutyKeys.map((key) => dutyArbitrary(scope, key))),
        },
        {
          requiredKeys: [
            'id',
            'kind',
            'title',
            'division',
            'issuer',
            'status',
            'offices',
            'departments',
            'duties',
            ...(own ? ['domains' as const] : []),
          ],
        },
      ) as unknown as fc.Arbitrary<DutyList>;
    });
}
