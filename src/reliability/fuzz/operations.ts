import fc from 'fast-check';
import {
  buildSchema,
  getNamedType,
  isAbstractType,
  isInterfaceType,
  isLeafType,
  isNonNullType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../config/config';
import { literal, valueOf, wrongValueOf, HUGE_NUMBERS, ODD_STRINGS } from './values';

/** One fuzzed request: the document and variables a client sends, and what kind of case it is. */
export interface FuzzCase {
  kind: 'valid' | 'near-valid';
  /** What was broken, for near-valid cases. */
  broken?: string;
  query: string;
  variables: Record<string, unknown>;
}

/** The schema the server serves, from its emitted SDL: the generator walks it, so new fields are fuzzed as they come. */
export function loadServedSchema(file = path.join(PROJECT_ROOT, 'schema', 'schema.graphql')): GraphQLSchema {
  return buildSchema(fs.readFileSync(file, 'utf8'));
}

/** Variables collected while printing one operation: `$v0: Type` and its value. */
class Variables {
  readonly definitions: string[] = [];
  readonly values: Record<string, unknown> = {};
  add(type: string, value: unknown): string {
    const name = `v${this.definitions.length}`;
    this.definitions.push(`$${name}: ${type}`);
    this.values[name] = value;
    return `$${name}`;
  }
}

/** How an argument is sent: inline, or through a variable of its declared type. */
interface ArgPlan {
  arg: GraphQLArgument;
  value: unknown;
  asVariable: boolean;
}

const MAX_DEPTH = 3;

function argPlans(field: GraphQLField<unknown, unknown>): fc.Arbitrary<ArgPlan[]> {
  const required = field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined);
  const optional = field.args.filter((a) => !required.includes(a));
  const plan = (arg: GraphQLArgument) => fc.record({ arg: fc.constant(arg), value: valueOf(arg.type), asVariable: fc.boolean() });
  return fc
    .tuple(fc.tuple(...required.map(plan)), fc.subarray(optional).chain((chosen) => fc.tuple(...chosen.map(plan))))
    .map(([a, b]) => [...a, ...b]);
}

function printArgs(plans: ArgPlan[], vars: Variables): string {
  if (plans.length === 0) return '';
  const printed = plans.map(({ arg, value, asVariable }) => `${arg.name}: ${asVariable ? vars.add(String(arg.type), value) : literal(value, arg.type)}`);
  return `(${printed.join(', ')})`;
}

/** A selection of a field: its arguments and, for objects, a sub-selection, printed once variables are known. */
type Printer = (vars: Variables) => string;

function fieldSelection(field: GraphQLField<unknown, unknown>, schema: GraphQLSchema, depth: number): fc.Arbitrary<Printer> {
  const named = getNamedType(field.type);
  return fc.tuple(argPlans(field), fc.option(fc.constant(`${field.name}Alias`), { freq: 6 }), isLeafType(named) ? fc.constant(null) : selectionSet(named, schema, depth + 1)).map(
    ([plans, alias, sub]) => (vars: Variables) => `${alias ? `${alias}: ` : ''}${field.name}${printArgs(plans, vars)}${sub ? ` ${sub(vars)}` : ''}`,
  );
}

/**
 * A valid selection set on a composite type: some of its fields (leaves only at the depth limit,
 * and always `__typename` so no selection is empty), with inline fragments on the possible
 * types of an interface or union.
 */
function selectionSet(type: GraphQLNamedType, schema: GraphQLSchema, depth: number): fc.Arbitrary<Printer> {
  const parts: Array<fc.Arbitrary<Printer[]>> = [];
  if (isObjectType(type) || isInterfaceType(type)) {
    const fields = Object.values(type.getFields()).filter((f) => depth < MAX_DEPTH || isLeafType(getNamedType(f.type)));
    parts.push(fc.subarray(fields, { maxLength: Math.min(4, fields.length) }).chain((chosen) => (chosen.length ? fc.tuple(...chosen.map((f) => fieldSelection(f, schema, depth))) : fc.constant([]))));
  }
  if (isAbstractType(type) && depth < MAX_DEPTH) {
    const possible = schema.getPossibleTypes(type);
    parts.push(
      fc.subarray([...possible], { maxLength: Math.min(2, possible.length) }).chain((chosen) =>
        chosen.length ? fc.tuple(...chosen.map((t) => selectionSet(t, schema, depth).map((sub): Printer => (vars) => `... on ${t.name} ${sub(vars)}`))) : fc.constant([]),
      ),
    );
  }
  return fc.tuple(...parts).map((groups) => (vars: Variables) => `{ __typename ${groups.flat().map((p) => p(vars)).join(' ')} }`);
}

function operation(kind: 'query' | 'mutation', root: GraphQLObjectType, schema: GraphQLSchema): fc.Arbitrary<FuzzCase> {
  const fields = Object.values(root.getFields());
  return fc.constantFrom(...fields).chain((field) =>
    fieldSelection(field, schema, 0).map((print) => {
      const vars = new Variables();
      const body = print(vars);
      const header = vars.definitions.length ? `${kind} Fuzz(${vars.definitions.join(', ')})` : kind;
      return { kind: 'valid' as const, query: `${header} { ${body} }`, variables: vars.values };
    }),
  );
}

/** A valid operation: any root field of Query or Mutation with well-typed arguments and a valid selection. */
export function validOperation(schema: GraphQLSchema): fc.Arbitrary<FuzzCase> {
  const roots: Array<fc.Arbitrary<FuzzCase>> = [operation('query', schema.getQueryType() as GraphQLObjectType, schema)];
  const mutation = schema.getMutationType();
  if (mutation) roots.push(operation('mutation', mutation, schema));
  return fc.oneof(...roots);
}

/** Breaks a valid case one way a careless or hostile client would. */
function breakCase(valid: FuzzCase, schema: GraphQLSchema): fc.Arbitrary<FuzzCase> {
  const names = Object.keys(valid.variables);
  const typeOf = (name: string): GraphQLInputType | undefined => {
    const declared = new RegExp(`\\$${name}: ([^,)]+)`).exec(valid.query)?.[1];
    const named = declared ? schema.getType(declared.replace(/[[\]!]/g, '')) : undefined;
    return named as GraphQLInputType | undefined;
  };
  const breakers: Array<fc.Arbitrary<FuzzCase>> = [
    // A field the type does not have.
    fc.constantFrom('bogus', 'password', '__schema { types { name } }', 'id(id: 1)').map((extra) => ({
      ...valid,
      broken: 'unknown field',
      query: valid.query.replace(/\{ __typename/, `{ __typename ${extra}`),
    })),
    // An argument the field does not take, or one it requires left out.
    fc.constant({ ...valid, broken: 'unknown argument', query: valid.query.replace(/\{ (\w+)/, '{ $1(nonsense: 1)') }),
    fc.constant({ ...valid, broken: 'arguments dropped', query: valid.query.replace(/\((?!\$)[^()]*\)/, ''), variables: {} }),
    // A huge or odd scalar where a variable was.
    fc.tuple(fc.constantFrom(...HUGE_NUMBERS, ...ODD_STRINGS)).map(([value]) => ({
      ...valid,
      broken: 'huge or odd value',
      variables: Object.fromEntries(names.map((n) => [n, value])),
    })),
    // Syntax: truncated, unbalanced, or not GraphQL at all.
    fc.integer({ min: 1, max: Math.max(1, valid.query.length - 1) }).map((cut) => ({ ...valid, broken: 'truncated', query: valid.query.slice(0, cut) })),
    fc.constantFrom('{', '}}}', 'query { ', 'mutation', '{ a { b { c { d } } }', 'SELECT * FROM users').map((query) => ({ ...valid, broken: 'not GraphQL', query })),
    // Variables: missing, null for non-null, undeclared extras.
    fc.constant({ ...valid, broken: 'variables missing', variables: {} }),
    fc.constant({ ...valid, broken: 'variables null', variables: Object.fromEntries(names.map((n) => [n, null])) }),
    fc.constant({ ...valid, broken: 'extra variable', variables: { ...valid.variables, extra: { nested: [1, 2, 3] } } }),
  ];
  if (names.length > 0) {
    // A value of the wrong type for one variable.
    breakers.push(
      fc.constantFrom(...names).chain((name) => {
        const type = typeOf(name);
        return (type ? wrongValueOf(type) : fc.constant('x')).map((value) => ({ ...valid, broken: 'wrong type', variables: { ...valid.variables, [name]: value } }));
      }),
    );
  }
  return fc.oneof(...breakers);
}

/** A near-valid case: a valid one, broken one way. */
export function nearValidOperation(schema: GraphQLSchema): fc.Arbitrary<FuzzCase> {
  return validOperation(schema).chain((valid) => breakCase(valid, schema).map((c) => ({ ...c, kind: 'near-valid' as const })));
}

/** Valid and near-valid cases, half each. */
export function fuzzCase(schema: GraphQLSchema): fc.Arbitrary<FuzzCase> {
  return fc.oneof(validOperation(schema), nearValidOperation(schema));
}
