import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseName } from './normalise-name.js';

describe('normaliseName', () => {
  it('folds traditional characters, numbering, punctuation and boilerplate', () => {
    expect(normaliseName('3、協助開展轄區內農村危房改造工作')).toBe('农村危房改造');
    expect(normaliseName('（一）负责农村危房改造')).toBe('农村危房改造');
    expect(normaliseName('１．做好 农村危房改造！')).toBe('农村危房改造');
  });

  it('keeps 组织 inside a name and a number that belongs to it', () => {
    expect(normaliseName('基层党组织建设')).toBe('基层党组织建设');
    expect(normaliseName('12345热线工单办理')).toBe('12345热线工单办理');
  });

  it('keeps a name that is all boilerplate rather than emptying it', () => {
    expect(normaliseName('配合工作')).not.toBe('');
  });

  it('is idempotent and never empties a name with a letter in it', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 30 }), (name) => {
        const once = normaliseName(name);
        expect(normaliseName(once)).toBe(once);
        if (/[\p{L}\p{N}]/u.test(name)) expect(once.length).toBeGreaterThan(0);
      }),
    );
  });
});
