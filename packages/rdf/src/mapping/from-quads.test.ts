import { type DutyList, issueMessages } from '@qingdan/core';
import { dutyListArbitrary, minimalList } from '@qingdan/testing';
import { qd, rdf } from '@qingdan/vocab';
import fc from 'fast-check';
import { DataFactory } from 'n3';
import { describe, expect, it } from 'vitest';
import { dutyListFromQuads } from './from-quads.js';
import { dutyListToQuads } from './to-quads.js';

const { namedNode, quad, literal } = DataFactory;
const base = 'https://data.example.org/qingdan/';

const list: DutyList = minimalList({
  duties: [
    {
      section: 'basic',
      key: 'JB-01',
      name: '公共场所卫生服务管理',
      legalBases: [
        {
          citation: '《传染病防治法》第十二条',
          instrument: { title: '中华人民共和国传染病防治法', rank: 'law' },
          provisions: [{ article: 12 }],
        },
      ],
      offices: ['shsw'],
    },
  ],
});

describe('dutyListFromQuads', () => {
  it('says when the quads hold no edition', () => {
    const result = dutyListFromQuads([]);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues.map((i) => i.code)).toEqual(['rdf-edition-missing']);
  });

  it('asks which edition to read when there are several, and reads the one named', () => {
    const other = { ...list, id: 'wuzu-2025' };
    const quads = [...dutyListToQuads(list, { base }), ...dutyListToQuads(other, { base })];
    const result = dutyListFromQuads(quads);
    expect(!result.ok && result.issues.map((i) => i.code)).toEqual(['rdf-editions-several']);
    const chosen = dutyListFromQuads(quads, { edition: `${base}421127104/wuzu-2025` });
    expect(chosen.ok && chosen.value).toEqual(other);
  });

  it('names the subject and property of a value it cannot read', () => {
    const quads = dutyListToQuads(list, { base });
    const duty = `${base}421127104/wuzu-2024/duty/JB-01`;
    quads.push(quad(namedNode(duty), namedNode(qd.position), literal('seven')));
    const result = dutyListFromQuads(quads);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues[0]?.code).toBe('rdf-value-unreadable');
    expect(result.issues[0]?.params).toMatchObject({
      subject: duty,
      property: qd.position,
      reason: 'several-values',
    });
    expect(result.issues.map(issueMessages)[0]?.zh).toContain('有多个值');
  });

  it('refuses a duty in two sections', () => {
    const quads = dutyListToQuads(list, { base });
    const duty = namedNode(`${base}421127104/wuzu-2024/duty/JB-01`);
    quads.push(quad(duty, namedNode(rdf.type), namedNode(qd.CooperatingDuty)));
    const result = dutyListFromQuads(quads);
    expect(!result.ok && result.issues[0]?.params).toMatchObject({ property: rdf.type });
  });
});

describe('instrument and provision IRIs', () => {
  it('are shared by lists citing the same article, however they write the title', () => {
    const other: DutyList = {
      ...list,
      id: 'other',
      division: { code: '421127105', name: '别镇', level: 'township' },
      duties: [
        {
          ...(list.duties[0] as DutyList['duties'][number]),
          legalBases: [
            { instrument: { title: '《传染病防治法》' }, provisions: [{ article: 12 }] },
          ],
        },
      ],
    };
    const objects = (l: DutyList) =>
      new Set(
        dutyListToQuads(l, { base })
          .filter((q) => q.predicate.value === rdf.first || q.predicate.value === qd.legalResource)
          .map((q) => q.object.value)
          .filter((v) => v.includes('/eli/cn/')),
      );
    expect([...objects(other)].sort()).toEqual([...objects(list)].sort());
    expect(objects(list).size).toBe(2);
  });
});

describe('dutyListFromQuads on damaged data', () => {
  it('returns a result, never throws, whatever quad is missing or changed', () => {
    fc.assert(
      fc.property(
        dutyListArbitrary({ maxDuties: 4 }),
        fc.nat(),
        fc.boolean(),
        (generated, pick, drop) => {
          const quads = dutyListToQuads(generated, { base });
          const i = pick % quads.length;
          const damaged = drop
            ? quads.filter((_, j) => j !== i)
            : quads.map((q, j) => (j === i ? quad(q.subject, q.predicate, literal('?')) : q));
          const result = dutyListFromQuads(damaged);
          expect(typeof result.ok).toBe('boolean');
          if (!result.ok) expect(result.issues.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('dutyListFromQuads never drops a duty silently', () => {
  it('reports a duty of the edition that the edition does not list', () => {
    const duty = `${base}421127104/wuzu-2024/duty/JB-01`;
    const quads = dutyListToQuads(list, { base }).filter(
      (q) => !(q.predicate.value === qd.duties && q.object.value === duty),
    );
    const result = dutyListFromQuads(quads);
    expect(!result.ok && result.issues[0]?.params).toMatchObject({ property: qd.duties });
  });
});
