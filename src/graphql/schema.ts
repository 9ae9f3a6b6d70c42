import 'reflect-metadata';
import { assertInterfaceType, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema, type PubSub } from 'type-graphql';
import { authChecker } from './auth-checker';
import { ActorResolver, OrganizationResolver } from './resolvers/actor.resolver';
import { AdminResolver } from './resolvers/admin.resolver';
import { ArticleResolver } from './resolvers/article.resolver';
import { ClaimResolver } from './resolvers/claim.resolver';
import { CurationResolver } from './resolvers/curation.resolver';
import { ExtractionPreviewResolver } from './resolvers/extraction-preview.resolver';
import { InsightResolver } from './resolvers/insight.resolver';
import { LiveResolver } from './resolvers/live.resolver';
import { RebuttalResolver } from './resolvers/rebuttal.resolver';
import { StatementResolver } from './resolvers/statement.resolver';
import { SystemResolver } from './resolvers/system.resolver';
import { actorTypeName, Group, Organization, Outlet, Person } from './types/actor.type';
import { DateTime } from './types/scalars';

/** Every resolver class the API serves. */
const RESOLVERS = [
  SystemResolver,
  ArticleResolver,
  ActorResolver,
  OrganizationResolver,
  StatementResolver,
  ClaimResolver,
  RebuttalResolver,
  InsightResolver,
  CurationResolver,
  ExtractionPreviewResolver,
  AdminResolver,
  LiveResolver,
] as const;

/** For a schema that is only printed: subscriptions need a bus only when someone subscribes. */
const NO_BUS: PubSub = {
  publish: () => undefined,
  subscribe: () => {
    throw new Error('this schema was built without an event bus');
  },
};

/** Builds the executable schema from the type-graphql classes; subscriptions listen on `pubSub`. */
export async function buildGraphQLSchema(pubSub: PubSub = NO_BUS): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    pubSub,
    resolvers: RESOLVERS,
    // Actor implementations are reached only through the interface; list them so they are in the schema.
    orphanedTypes: [Person, Organization, Outlet, Group],
    scalarsMap: [{ type: Date, scalar: DateTime }],
    authChecker,
    validate: false,
  });
  // type-graphql wraps every resolveType in an async function; compiled execution
  // (server/compiled-execution.ts) completes an abstract type only with a type named at once.
  assertInterfaceType(schema.getType('Actor')).resolveType = actorTypeName;
  return schema;
}

/** The SDL checked in at schema/schema.graphql, as the code emits it. */
export async function emitSchemaSDL(): Promise<string> {
  return `${printSchema(await buildGraphQLSchema())}\n`;
}
