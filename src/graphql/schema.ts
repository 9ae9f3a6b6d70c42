import 'reflect-metadata';
import { printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { SystemResolver } from './resolvers/system.resolver';

/** Every resolver class the API serves. */
const RESOLVERS = [SystemResolver] as const;

/** Builds the executable schema from the type-graphql classes. */
export function buildGraphQLSchema(): Promise<GraphQLSchema> {
  return buildSchema({ resolvers: RESOLVERS, validate: false });
}

/** The SDL checked in at schema/schema.graphql, as the code emits it. */
export async function emitSchemaSDL(): Promise<string> {
  return `${printSchema(await buildGraphQLSchema())}\n`;
}
