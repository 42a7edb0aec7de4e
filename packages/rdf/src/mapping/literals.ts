import { xsd } from '@qingdan/vocab';
import { DataFactory, type Literal } from 'n3';

const { literal, namedNode } = DataFactory;

/**
 * A JSON number as the literal JSON-LD's toRDF makes of it: `xsd:integer` when whole and below
 * 10^21, `xsd:double` otherwise. Doubles are written with the shortest digits that read back as
 * the same number, where JSON-LD's canonical form would keep only 16 significant digits.
 *
 * @example
 * ```ts
 * numberLiteral(3).value; // '3'
 * numberLiteral(2.5).value; // '2.5E0'
 * ```
 */
export function numberLiteral(value: number): Literal {
  if (Number.isInteger(value) && Math.abs(value) < 1e21)
    return literal(value.toFixed(0), namedNode(xsd.integer));
  const [mantissa = '0', exponent = '0'] = value.toExponential().split('e');
  const digits = mantissa.includes('.') ? mantissa : `${mantissa}.0`;
  return literal(`${digits}E${Number(exponent)}`, namedNode(xsd.double));
}
