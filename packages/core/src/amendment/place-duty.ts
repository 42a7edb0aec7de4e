import type { Duty } from '../model/duty.js';

/**
 * Where an amendment puts a duty: after the duty with this key, first (`null`), or last
 * (`undefined`, the amendment said nothing).
 */
type Placement = string | null | undefined;

/**
 * Puts `duty` into `duties` where `after` says; `false`, and nothing changed, when the duty it
 * should follow is not there.
 */
export function placeDuty(duties: Duty[], duty: Duty, after: Placement): boolean {
  if (after === undefined) {
    duties.push(duty);
    return true;
  }
  if (after === null) {
    duties.unshift(duty);
    return true;
  }
  const at = duties.findIndex((d) => d.key === after);
  if (at < 0) return false;
  duties.splice(at + 1, 0, duty);
  return true;
}
