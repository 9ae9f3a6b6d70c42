import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from '../graphql/context';

/**
 * Tells the request's RequestInfo which operation ran and how it ended (the first error's code),
 * for the request log line and the metrics, which are written when the response is finished.
 */
export function operationReportPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, operationName, contextValue }) {
          const info = contextValue.request;
          info.resolved = true;
          info.operationName = operationName ?? null;
          info.operationType = operation?.operation ?? null;
        },
        async willSendResponse({ response, errors, contextValue }) {
          const first = errors?.[0] ?? (response.body.kind === 'single' ? response.body.singleResult.errors?.[0] : undefined);
          const code = first?.extensions?.code;
          if (first) contextValue.request.errorCode = typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR';
        },
      };
    },
  };
}
