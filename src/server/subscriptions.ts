import type { ApolloServerPlugin } from '@apollo/server';
import { getOperationAST, GraphQLError, parse, specifiedRules, validate, type GraphQLSchema, type ValidationRule } from 'graphql';
import { CloseCode } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { randomUUID } from 'node:crypto';
import type http from 'node:http';
import { WebSocketServer } from 'ws';
import type { Config } from '../config/config';
import type { Graph } from '../db/graph';
import type { EventBus } from '../events/event-bus';
import { AppError } from '../errors/app-error';
import { ErrorCode } from '../errors/error-code';
import type { RequestContext } from '../graphql/context';
import { createLoaders } from '../graphql/loaders/loaders';
import type { Logger } from '../logger';
import type { Principal } from '../model/principal';
import type { Services } from '../services/services';
import { principalFromHeader } from './auth';
import { formatError } from './format-error';
import type { RateLimiter } from './rate-limit';
import { RevokedKeyWatch } from './revoked-key-watch';

export interface SubscriptionServerOptions {
  httpServer: http.Server;
  schema: GraphQLSchema;
  bus: EventBus;
  graph: Graph;
  services: Services;
  logger: Logger;
  config: Pick<Config, 'readAccess' | 'env' | 'publicUrl' | 'liveKeyCheckMs'>;
  /** The request limits' validation rules (depth, aliases, directives), applied to subscriptions as to HTTP. */
  validationRules?: ValidationRule[];
  /** The read budget HTTP requests spend; each subscription started spends one read of it. */
  rateLimiter?: RateLimiter;
}

/** What a connection remembers between its messages: the caller its key identified. */
interface ConnectionExtra extends Record<PropertyKey, unknown> {
  principal: Principal | null;
}

/** The path subscriptions share with HTTP: a client speaks to one address, upgrading for live updates. */
export const SUBSCRIPTIONS_PATH = '/graphql';

/**
 * GraphQL subscriptions over the graphql-ws protocol, on the HTTP server's own port and path
 * (a WebSocket upgrade of `/graphql`). A connection authenticates once, with its
 * `connectionParams.authorization` ("Bearer <key>"), by the same rules as an HTTP request: a key
 * that is unknown or revoked is refused, and with READ_ACCESS=key so is no key (close code 4401
 * with the reason). The key is checked when the connection opens, and again every
 * LIVE_KEY_CHECK_MS while it is open: a key revoked meanwhile has its connections closed with
 * 4401 (revoked-key-watch.ts). Returns the Apollo plugin that closes every socket, then the bus, when the
 * server drains, so that shutdown (src/main.ts: `apollo.stop()`) ends live clients too.
 */
export function serveSubscriptions(options: SubscriptionServerOptions): ApolloServerPlugin {
  const { schema, graph, services, logger, config } = options;
  // Upgrades are routed by hand rather than with `server:`, which would also re-emit the HTTP
  // server's own errors (a port in use) as the WebSocket server's, and graphql-ws prints those as
  // an internal error beside the one line main.ts means to print.
  const wsServer = new WebSocketServer({ noServer: true });
  options.httpServer.on('upgrade', (request, socket, head) => {
    if (new URL(request.url ?? '/', 'http://localhost').pathname !== SUBSCRIPTIONS_PATH) {
      socket.destroy();
      return;
    }
    wsServer.handleUpgrade(request, socket, head, (client) => wsServer.emit('connection', client, request));
  });
  const format = formatError(logger, config.env === 'development');
  const revokedKeys = new RevokedKeyWatch(services.apiKeys, config.liveKeyCheckMs, logger);
  const server = useServer<Record<string, unknown> | undefined, ConnectionExtra>(
    {
      schema,
      validate: (schema, document) => validate(schema, document, [...specifiedRules, ...(options.validationRules ?? [])]),
      onConnect: async (ctx) => {
        const header = ctx.connectionParams?.authorization;
        try {
          const principal = await principalFromHeader(typeof header === 'string' ? header : undefined, services.apiKeys);
          if (!principal && config.readAccess === 'key') {
            ctx.extra.socket.close(CloseCode.Unauthorized, 'This server requires an API key: connectionParams.authorization "Bearer <key>"');
            return false;
          }
          ctx.extra.principal = principal;
          if (principal) revokedKeys.add(principal.keyId, ctx.extra.socket);
          return true;
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
          // A refused key is final (graphql-ws clients do not retry 4401); a database that does
          // not answer is not the client's fault, and 1013 asks it to try again later.
          ctx.extra.socket.close(error.code === ErrorCode.UNAUTHENTICATED ? CloseCode.Unauthorized : 1013, error.message);
          return false;
        }
      },
      // Subscriptions only: queries and mutations go over HTTP, through the limits, rate limits
      // and body checks that express applies there.
      onSubscribe: async (ctx, _id, payload) => {
        let operation;
        try {
          operation = getOperationAST(parse(payload.query), payload.operationName);
        } catch {
          return; // graphql-ws answers the syntax error itself
        }
        if (operation && operation.operation !== 'subscription') {
          return [
            new GraphQLError(`Only subscriptions are served over WebSocket; send a ${operation.operation} as an HTTP POST to ${SUBSCRIPTIONS_PATH}`, {
              extensions: { code: 'BAD_REQUEST' },
            }),
          ];
        }
        // Each subscription started costs a read, so that one socket cannot start them without
        // end where HTTP would answer 429; the events it then receives cost nothing.
        try {
          await options.rateLimiter?.charge('read', ctx.extra.principal ?? null, ctx.extra.request.socket.remoteAddress ?? 'unknown');
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
          // HTTP's status and Retry-After travel in the `http` extension; a socket has neither.
          const { http: _http, ...extensions } = error.extensions;
          return [new GraphQLError(error.message, { extensions })];
        }
        return;
      },
      context: (ctx): RequestContext => ({
        graph,
        logger,
        services,
        principal: ctx.extra.principal ?? null,
        loaders: createLoaders(graph),
        // A subscription is not an HTTP request: it gets its own id, and the request log never sees it.
        request: {
          id: randomUUID(),
          ip: ctx.extra.request.socket.remoteAddress ?? 'unknown',
          resolved: true,
          operationName: null,
          operationType: 'subscription',
          errorCode: null,
        },
        publicUrl: config.publicUrl,
      }),
      // The same masking as HTTP: typed errors pass, anything unexpected is logged and hidden.
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors ? { ...result, errors: result.errors.map((error) => format(error.toJSON(), error)) } : undefined,
    },
    wsServer,
  );
  return {
    async serverWillStart() {
      return {
        async drainServer() {
          revokedKeys.stop();
          await server.dispose();
          await options.bus.close();
        },
      };
    },
  };
}
