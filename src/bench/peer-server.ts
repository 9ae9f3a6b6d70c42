import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { Neo4jGraphQL } from '@neo4j/graphql';
import express, { type Express } from 'express';
import type { Driver } from 'neo4j-driver';
import { CypherRegistry } from '../db/cypher-registry';
import { peerTypeDefs } from './peer-type-defs';

/** The peer: @neo4j/graphql 7 on Apollo Server 5, over the same database. */
export async function createPeerApp(driver: Driver, database?: string): Promise<{ app: Express; stop(): Promise<void> }> {
  const neoSchema = new Neo4jGraphQL({ typeDefs: peerTypeDefs(CypherRegistry.load().get('bench/peer-who-said')), driver });
  const apollo = new ApolloServer({ schema: await neoSchema.getSchema() });
  await apollo.start();
  const app = express();
  app.disable('x-powered-by');
  app.use(
    '/graphql',
    express.json(),
    expressMiddleware(apollo, { context: async () => ({ sessionConfig: database ? { database } : undefined }) }),
  );
  return { app, stop: () => apollo.stop() };
}
