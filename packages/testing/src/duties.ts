import type { Duty, DutyList } from '@qingdan/core';
import { powerCategoryScheme, reclaimReasonScheme } from '@qingdan/core';
import fc from 'fast-check';
import { structuredLegalBasisArbitrary } from './legal-bases.js';
import { resourcesArbitrary } from './organisations.js';
import { type TextFlavour, textOf } from './text.js';

// Optional keys are left out, not set to undefined, as parsing leaves them.
function rec<T extends Record<string, fc.Arbitrary<unknown>>>(
  model: T,
  required: readonly string[],
): fc.Arbitrary<Duty> {
  return fc.record(model, {
    requiredKeys: required as (keyof T & string)[],
  }) as unknown as fc.Arbitrary<Duty>;
}

/** What a generated duty may refer to: the keys the list defines. */
export interface DutyScope {
  readonly kind: DutyList['kind'];
  readonly offices: readonly string[];
  readonly departments: readonly string[];
  readonly domains: readonly string[];
  readonly township?: string;
  readonly flavour: TextFlavour;
}

const someOf = <T>(items: readonly T[], min: number): fc.Arbitrary<T[]> =>
  items.length === 0
    ? fc.constant([])
    : fc.uniqueArray(fc.constantFrom(...items), {
        minLength: min,
        maxLength: Math.min(3, items.length),
      });

function commonFields(scope: DutyScope, key: string, needsOffice: boolean, needsBasis: boolean) {
  return {
    key: fc.constant(key),
    code: fc.constantFrom('421127-JB-001', 'XZCF-0012', '441302-QT-007').map((c) => `${c}-${key}`),
    number: fc.constantFrom('1', '1、', '（一）', '(1)', '12.'),
    name: textOf(scope.flavour),
    nameEn: fc.constantFrom('Public health', 'Emergency response'),
    description: textOf(scope.flavour),
    domain: fc.constantFrom(...scope.domains),
    powerCategory: fc.constantFrom(...powerCategoryScheme.concepts.map((c) => c.code)),
    legalBases: fc.array(structuredLegalBasisArbitrary(scope.flavour), {
      minLength: needsBasis ? 1 : 0,
      maxLength: 3,
    }),
    offices: someOf(scope.offices, needsOffice ? 1 : 0),
    ...(scope.township ? { localTo: fc.constant([scope.township]) } : {}),
    extraColumns: fc.array(fc.record({ header: textOf(scope.flavour), value: fc.string() }), {
      maxLength: 2,
    }),
  };
}

/**
 * A duty that holds every invariant, in a section its list kind allows, referring only to the
 * scope's offices, departments and domains.
 */
export function dutyArbitrary(scope: DutyScope, key: string): fc.Arbitrary<Duty> {
  const f = scope.flavour;
  const base = (needsOffice: boolean, needsBasis: boolean) =>
    commonFields(scope, key, needsOffice, needsBasis);
  const required = ['key', 'name', 'legalBases', 'offices', 'section'] as const;
  const depts = (min: number) => someOf(scope.departments, min);
  if (scope.kind === 'village') {
    return fc.oneof(
      rec({ section: fc.constant('selfGovernance' as const), ...base(false, false) }, required),
      rec(
        {
          section: fc.constant('assisting' as const),
          ...base(false, false),
          requestingDepartments: depts(0),
          resources: resourcesArbitrary(f),
          admissionDecision: textOf(f),
        },
        [...required, 'requestingDepartments', 'resources'],
      ),
      rec(
        {
          section: fc.constant('prohibited' as const),
          ...base(false, false),
          prohibitionReason: textOf(f),
        },
        required,
      ),
      rec(
        {
          section: fc.constant('certificateToAbolish' as const),
          ...base(false, false),
          replacedBy: textOf(f),
        },
        required,
      ),
    );
  }
  return fc.oneof(
    rec(
      {
        section: fc.constant('basic' as const),
        ...base(true, true),
        resources: resourcesArbitrary(f),
      },
      required,
    ),
    rec(
      {
        section: fc.constant('cooperating' as const),
        ...base(false, false),
        leadDepartments: depts(1),
        departmentDuty: textOf(f),
        townshipDuty: textOf(f),
      },
      [...required, 'leadDepartments'],
    ),
    rec(
      {
        section: fc.constant('reclaimed' as const),
        ...base(false, false),
        receivingDepartments: depts(1),
        reclaimReasons: fc.uniqueArray(
          fc.constantFrom(...reclaimReasonScheme.concepts.map((c) => c.code)),
          { maxLength: 3 },
        ),
        reclaimNote: textOf(f),
        formerDelegationMode: fc.constantFrom('empowered' as const, 'entrusted' as const),
      },
      [...required, 'receivingDepartments', 'reclaimReasons'],
    ),
    rec(
      {
        section: fc.constant('delegated' as const),
        ...base(false, false),
        delegationMode: fc.constantFrom('empowered' as const, 'entrusted' as const),
        delegatingDepartments: depts(0),
        resources: resourcesArbitrary(f),
      },
      [...required, 'delegationMode', 'delegatingDepartments', 'resources'],
    ),
  ) as fc.Arbitrary<Duty>;
}
