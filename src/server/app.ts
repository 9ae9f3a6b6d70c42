import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
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
import { createEventBus, pubSubOf } from '../events/event-bus';
import { unauthenticated } from '../errors/app-error';
import { principalFromHeader } from './auth';
import { bodyErrorHandler } from './body-errors';
import { graphqlBodyParser } from './body-limits';
import { noStoreCacheHeaders } from './cache-headers';
import { claimReviewRoutes } from './claim-review';
import { compiledExecutionGateway } from './compiled-execution';
import { formatError } from './format-error';
import { graphqlHandler } from './graphql-handler';
import { healthRoutes } from './health';
import { httpSecurity } from './http-security';
import { graphqlMetrics, metricsRoutes } from './metrics-route';
import { operationReportPlugin } from './operation-report';
import { RateLimiter, rateLimitPlugin, rateLimitReads } from './rate-limit';
import { serveSubscriptions } from './subscriptions';
import { checkReadiness, SHUTTING_DOWN } from './readiness';
import { requestInfoOf } from './request-info';
import { requestLimits } from './request-limits';
import { requestLog } from './request-log';
import { unexpectedErrorHandler } from './unexpected-errors';
import { LIMITS } from '../limits';
import { webAppRoutes } from './web-app';

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
  const { config, migrator, logger } = deps;
  // Every transaction a request opens is cancelled inside Neo4j once it outlasts the budget.
  const graph = deps.graph.withTransactionTimeout(LIMITS.TRANSACTION_TIMEOUT_MS);
  const bus = createEventBus(config.redisUrl, logger);
  const services = createServices(graph, { maxArticleBytes: config.maxArticleBytes, extract: deps.extract }, bus);
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  const httpServer = http.createServer(app);
  const rateLimiter = RateLimiter.create(config.rateLimit, config.redisUrl, logger);
  const schema = await buildGraphQLSchema(pubSubOf(bus));

  const limits = requestLimits({ hideSuggestions: config.env === 'production' });
  const apollo = new ApolloServer<RequestContext>({
    gateway: compiledExecutionGateway(schema),
    formatError: formatError(logger, config.env === 'development'),
    includeStacktraceInErrorResponses: config.env === 'development',
    introspection: config.enableIntrospection,
    csrfPrevention: true,
    // main.ts owns the shutdown order (HTTP, then the driver, then our Neo4j); Apollo must not race it.
    stopOnTerminationSignals: false,
    ...limits,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: config.shutdownGraceMs }),
      // No landing page from Apollo's CDN (it phones home, and fails offline): GraphiQL is served locally.
      ApolloServerPluginLandingPageDisabled(),
      ...noStoreCacheHeaders<RequestContext>(),
      operationReportPlugin(),
      rateLimitPlugin(rateLimiter),
      ...limits.plugins,
      serveSubscriptions({ httpServer, schema, bus, graph, services, logger, config, validationRules: limits.validationRules, rateLimiter }),
    ],
  });
  await apollo.start();

  app.use(requestLog(logger));
  app.use(httpSecurity(config.corsOrigins));
  app.use(metricsRoutes(config.metricsToken));
  app.use(healthRoutes(() => (deps.isStopping?.() ? Promise.resolve(SHUTTING_DOWN) : checkReadiness(graph, migrator, config.neo4j.uri))));
  app.use('/claims', rateLimitReads(rateLimiter));
  app.use(claimReviewRoutes(graph, config));
  app.use(webAppRoutes());
  app.use(
    '/graphql',
    graphqlMetrics(),
    graphqlBodyParser(config.maxArticleBytes * 2),
    graphqlHandler(apollo, async ({ req, res }): Promise<RequestContext> => {
      const principal = await principalFromHeader(req.headers.authorization, services.apiKeys);
      if (!principal && config.readAccess === 'key') {
        throw unauthenticated('This server requires an API key for every request (Authorization: Bearer <key>)');
      }
      return {
        graph,
        logger,
        services,
        principal,
        loaders: createLoaders(graph),
        request: requestInfoOf(res),
        publicUrl: config.publicUrl,
      };
    }),
  );
  app.use(bodyErrorHandler);
  app.use(unexpectedErrorHandler);
  return { app, httpServer, apollo };
}
