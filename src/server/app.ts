import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Express } from 'express';
import http from 'node:http';
import type { Config } from '../config/config';
import type { Graph } from '../db/graph';
import type { Migrator } from '../db/migrator';
import { createLoaders } from '../graphql/loaders/loaders';
import { buildGraphQLSchema } from '../graphql/schema';
import type { RequestContext } from '../graphql/context';
import type { Logger } from '../logger';
import type { Extractor } from '../services/ingest.service';
import { createServices } from '../services/services';
import { unauthenticated } from '../errors/app-error';
import { principalFromHeader } from './auth';
import { bodyErrorHandler } from './body-errors';
import { claimReviewRoutes } from './claim-review';
import { formatError } from './format-error';
import { healthRoutes } from './health';
import { checkReadiness, SHUTTING_DOWN } from './readiness';

export interface AppDependencies {
  config: Config;
  graph: Graph;
  migrator: Migrator;
  logger: Logger;
  /** Automatic extraction for ingestArticle without curated statements. */
  extract: Extractor;
  /** True once shutdown has begun: /readyz then answers 503 while open requests finish. */
  isStopping?: () => boolean;
}

export interface RunningApp {
  app: Express;
  httpServer: http.Server;
  apollo: ApolloServer<RequestContext>;
}

/** Wires express, the health and ClaimReview routes, and Apollo together; the caller decides when to listen. */
export async function createApp(deps: AppDependencies): Promise<RunningApp> {
  const { config, graph, migrator, logger } = deps;
  const services = createServices(graph, { maxArticleBytes: config.maxArticleBytes, extract: deps.extract });
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);

  const apollo = new ApolloServer<RequestContext>({
    schema: await buildGraphQLSchema(),
    formatError: formatError(logger, config.env === 'development'),
    includeStacktraceInErrorResponses: config.env === 'development',
    introspection: true,
    // main.ts owns the shutdown order (HTTP, then the driver, then our Neo4j); Apollo must not race it.
    stopOnTerminationSignals: false,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: config.shutdownGraceMs })],
  });
  await apollo.start();

  app.use(healthRoutes(() => (deps.isStopping?.() ? Promise.resolve(SHUTTING_DOWN) : checkReadiness(graph, migrator, config.neo4j.uri))));
  app.use(claimReviewRoutes(graph));
  app.use(
    '/graphql',
    express.json({ limit: config.maxArticleBytes * 2 }),
    expressMiddleware(apollo, {
      context: async ({ req }): Promise<RequestContext> => {
        const principal = await principalFromHeader(req.headers.authorization, services.apiKeys);
        if (!principal && config.readAccess === 'key') {
          throw unauthenticated('This server requires an API key for every request (Authorization: Bearer <key>)');
        }
        return { graph, logger, services, principal, loaders: createLoaders(graph) };
      },
    }),
  );
  app.use(bodyErrorHandler);
  return { app, httpServer, apollo };
}
