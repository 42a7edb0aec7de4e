import {
  delegationModeScheme,
  divisionLevelScheme,
  type DutyList,
  legalRankScheme,
  listKindScheme,
  listStatusScheme,
  officeTypeScheme,
  powerCategoryScheme,
  reclaimReasonScheme,
} from '@qingdan/core';
import { dutyListToQuads } from '@qingdan/rdf';
import { conceptIri } from '@qingdan/vocab';
import { dutyListArbitrary } from '@qingdan/testing';
import fc from 'fast-check';
import { DataFactory, type Quad, Store } from 'n3';
import { describe, expect, it } from 'vitest';
import { type Finding, readTurtle, validate } from './shacl.js';

const shapes = readTurtle('shapes.ttl');
const sh = 'http://www.w3.org/ns/shacl#';
const base = 'https://data.example.org/qingdan/';

describe('shapes.ttl', () => {
  it('is a well-formed SHACL shapes graph (checked against SHACL for SHACL)', async () => {
    const findings = await validate(readTurtle('test/shacl-shacl.ttl'), shapes);
    expect(findings).toEqual([]);
  });

  it('SHACL for SHACL does catch a malformed shape', async () => {
    const broken = readTurtle('shapes.ttl');
    const { namedNode, literal, quad } = DataFactory;
    broken.push(
      quad(namedNode('https://w3id.org/qingdan/shapes#Invariant1'), namedNode(`${sh}minCount`), literal('one')),
    );
    const findings = await validate(readTurtle('test/shacl-shacl.ttl'), broken);
    expect(findings.length).toBeGreaterThan(0);
  });

  const schemes = [
    listStatusScheme,
    listKindScheme,
    powerCategoryScheme,
    reclaimReasonScheme,
    delegationModeScheme,
    legalRankScheme,
    officeTypeScheme,
    divisionLevelScheme,
  ];
  it.each(schemes.map((s) => [s.id, s] as const))(
    'checks %s with an sh:in holding exactly the concepts of the code list',
    (id, scheme) => {
      const store = new Store(shapes);
      const prefix = conceptIri(id, '');
      const lists = store
        .getQuads(null, `${sh}in`, null, null)
        .map((q) => store.extractLists()[q.object.value] ?? [])
        .filter((items) => items.some((t) => t.value.startsWith(prefix)));
      expect(lists.length).toBeGreaterThan(0);
      for (const items of lists)
        expect(items.map((t) => t.value)).toEqual(scheme.concepts.map((c) => conceptIri(id, c.code)));
    },
  );
});

const valid: DutyList = {
  id: 'case-2024',
  kind: 'township',
  title: '样例镇履行职责事项清单',
  division: { code: '421127104', name: '样例镇', level: 'township' },
  issuer: { name: '样例县人民政府' },
  status: 'published',
  offices: [{ key: 'shsw', name: '社会事务办公室', type: 'office' }],
  departments: [{ key: 'yjj', name: '样例县应急管理局' }],
  duties: [
    {
      section: 'basic',
      key: 'JB-01',
      name: '公共场所卫生服务管理',
      legalBases: [
        { instrument: { title: '中华人民共和国传染病防治法', rank: 'law' }, provisions: [{ article: 12 }] },
      ],
      offices: ['shsw'],
    },
    {
      section: 'cooperating',
      key: 'PH-01',
      name: '生产安全事故应急',
      legalBases: [],
      offices: ['shsw'],
      leadDepartments: ['yjj'],
    },
    {
      section: 'reclaimed',
      key: 'SH-01',
      name: '危房安全鉴定',
      legalBases: [],
      offices: [],
      receivingDepartments: ['yjj'],
      reclaimReasons: ['highly-specialised'],
    },
    {
      section: 'delegated',
      key: 'FQ-01',
      name: '对随意倾倒建筑垃圾的处罚',
      powerCategory: 'administrative-penalty',
      legalBases: [],
      offices: ['shsw'],
      delegationMode: 'empowered',
      delegatingDepartments: ['yjj'],
      resources: { staff: { headcount: 2 } },
    },
  ],
};

type Breaker = (list: DutyList) => DutyList;
const change = (key: string, patch: object): Breaker => (list) => ({
  ...list,
  duties: list.duties.map((d) => (d.key === key ? ({ ...d, ...patch } as typeof d) : d)),
});

const villageValid: DutyList = {
  ...valid,
  id: 'village-2024',
  kind: 'village',
  division: { code: '421127104201', name: '样例村', level: 'village' },
  offices: [],
  duties: [
    {
      section: 'assisting',
      key: 'XZ-01',
      name: '协助开展新生儿医保登记',
      legalBases: [],
      offices: [],
      requestingDepartments: ['yjj'],
      resources: { funding: { amountPerYear: 3000 } },
    },
  ],
};

const breaks: readonly [number, string, DutyList, Breaker][] = [
  [1, 'a cooperating duty without lead department', valid, change('PH-01', { leadDepartments: [] })],
  [2, 'a delegated power without resources', valid, change('FQ-01', { resources: { staff: { headcount: 0 } } })],
  [2, 'an assisting duty without resources', villageValid, change('XZ-01', { resources: undefined })],
  [3, 'a reclaimed duty without receiving unit', valid, change('SH-01', { receivingDepartments: [] })],
  [4, 'a basic duty without office', valid, change('JB-01', { offices: [] })],
  [5, 'a basic duty without legal basis', valid, change('JB-01', { legalBases: [] })],
  [5, 'a legal basis kept as text', valid, change('PH-01', { legalBases: [{ text: '有关法律法规' }] })],
];

function stripUndefined(list: DutyList): DutyList {
  return JSON.parse(JSON.stringify(list)) as DutyList;
}

const findingsFor = (list: DutyList, extra: Quad[] = []): Promise<Finding[]> =>
  validate(shapes, [...dutyListToQuads(stripUndefined(list), { base }), ...extra]);

const invariantMessages = (findings: Finding[], n: number, severity: string) =>
  findings
    .filter((f) => f.severity === severity)
    .flatMap((f) => f.messages)
    .filter((m) => m.startsWith(`不变式 ${n}：`) || m.startsWith(`invariant ${n}:`));

describe('each invariant of the domain', () => {
  it('holds in the valid examples', async () => {
    expect(await findingsFor(valid)).toEqual([]);
    expect(await findingsFor(villageValid)).toEqual([]);
  });

  it.each(breaks)('invariant %i: %s is a violation in a published edition', async (n, _what, list, breakIt) => {
    const messages = invariantMessages(await findingsFor(breakIt(list)), n, 'Violation');
    expect(messages.some((m) => m.endsWith('@zh'))).toBe(true);
    expect(messages.some((m) => m.endsWith('@en'))).toBe(true);
  });

  it.each(breaks)('invariant %i: %s is only a warning in a draft', async (n, _what, list, breakIt) => {
    const findings = await findingsFor(breakIt({ ...list, status: 'draft' }));
    expect(invariantMessages(findings, n, 'Warning').length).toBe(2);
    expect(findings.filter((f) => f.severity === 'Violation')).toEqual([]);
  });

  it('invariant 6: two rows with one key are a violation', async () => {
    const duplicate = { ...valid, duties: [...valid.duties, { ...valid.duties[0], name: '重复' } as DutyList['duties'][number]] };
    const messages = invariantMessages(await findingsFor(duplicate), 6, 'Violation');
    expect(messages.length).toBeGreaterThan(0);
  });

  it('invariant 6: a duty in two sections is a violation', async () => {
    const { namedNode, quad } = DataFactory;
    const duty = namedNode(`${base}421127104/case-2024/duty/JB-01`);
    const extra = [quad(duty, namedNode('http://www.w3.org/1999/02/22-rdf-syntax-ns#type'), namedNode('https://w3id.org/qingdan/ns#ProhibitedItem'))];
    const messages = invariantMessages(await findingsFor(valid, extra), 6, 'Violation');
    expect(messages.length).toBeGreaterThan(0);
  });

  it('a value outside its code list is a violation', async () => {
    const { namedNode, quad } = DataFactory;
    const duty = namedNode(`${base}421127104/case-2024/duty/FQ-01`);
    const extra = [quad(duty, namedNode('https://w3id.org/qingdan/ns#powerCategory'), namedNode(conceptIri('power-category', 'made-up')))];
    const findings = await findingsFor(valid, extra);
    expect(findings.flatMap((f) => f.messages)).toContain(
      'the power category comes from the power-category scheme@en',
    );
  });
});

describe('lists that hold every invariant', () => {
  it('conform to the shapes, published or draft (generated lists)', async () => {
    await fc.assert(
      fc.asyncProperty(dutyListArbitrary({ maxDuties: 8 }), async (list) => {
        expect(await findingsFor(list)).toEqual([]);
      }),
      { numRuns: 25 },
    );
  });
});
