import type { Department, Office, Resources } from '@qingdan/core';
import { withCreditCheckCharacter } from '@qingdan/core';
import fc from 'fast-check';
import { type TextFlavour, textOf } from './text.js';

/** Offices with the given keys. */
export function officesArbitrary(
  keys: readonly string[],
  flavour: TextFlavour,
): fc.Arbitrary<Office[]> {
  return fc.tuple(
    ...keys.map((key) =>
      fc.record(
        {
          key: fc.constant(key),
          name: textOf(flavour),
          nameEn: fc.constantFrom('Social Affairs Office', 'Public Safety Office'),
          type: fc.constantFrom(
            'office',
            'centre',
            'enforcement-team',
            'station',
            'other' as const,
          ),
        },
        { requiredKeys: ['key', 'name'] },
      ),
    ),
  );
}

const creditCode = fc
  .array(fc.constantFrom(...'0123456789ABCDEFGHJKLMNPQRTUWXY'), { minLength: 8, maxLength: 8 })
  .map((chars) => withCreditCheckCharacter(`11421127${chars.join('')}A`) ?? '');

/** Departments with the given keys; some with aliases and a valid credit code. */
export function departmentsArbitrary(
  keys: readonly string[],
  flavour: TextFlavour,
): fc.Arbitrary<Department[]> {
  return fc.tuple(
    ...keys.map((key) =>
      fc.record(
        {
          key: fc.constant(key),
          name: textOf(flavour),
          nameEn: fc.constant('County Emergency Management Bureau'),
          aliases: fc.array(textOf(flavour), { maxLength: 2 }),
          creditCode,
        },
        { requiredKeys: ['key', 'name'] },
      ),
    ),
  );
}

/** Resources that carry something (a headcount, funding or a named item), as invariant 2 asks. */
export function resourcesArbitrary(flavour: TextFlavour): fc.Arbitrary<Resources> {
  return fc
    .record(
      {
        staff: fc.record(
          { headcount: fc.integer({ min: 0, max: 30 }), kind: textOf(flavour) },
          { requiredKeys: ['headcount'] },
        ),
        funding: fc.record(
          { amountPerYear: fc.integer({ min: 0, max: 50_000_000 }), source: textOf(flavour) },
          { requiredKeys: ['amountPerYear'] },
        ),
        equipment: fc.array(textOf(flavour), { maxLength: 2 }),
        platforms: fc.array(textOf(flavour), { maxLength: 2 }),
        training: fc.array(textOf(flavour), { maxLength: 2 }),
        note: textOf(flavour),
      },
      { requiredKeys: [] },
    )
    .filter(
      (r) =>
        (r.staff?.headcount ?? 0) > 0 ||
        (r.funding?.amountPerYear ?? 0) > 0 ||
        (r.equipment?.length ?? 0) + (r.platforms?.length ?? 0) + (r.training?.length ?? 0) > 0,
    );
}
