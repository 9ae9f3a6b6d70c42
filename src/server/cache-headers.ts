import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';

/**
 * Apollo's default cache-control plugin in place of the one Apollo installs by itself. The
 * schema declares no cache hints, so that plugin's answer is always `cache-control: no-store`;
 * but to reach it, it hooks every resolved field of every request (a cache policy object and
 * a closure per field, which on a 20-statement page with claims is hundreds of calls). This
 * answers the same header with one hook per response.
 */
export function noStoreCacheHeaders<TContext extends BaseContext>(): ApolloServerPlugin<TContext>[] {
  return [
    ApolloServerPluginCacheControlDisabled(),
    {
      async requestDidStart() {
        return {
          async willSendResponse({ response }) {
            response.http.headers.set('cache-control', 'no-store');
          },
        };
      },
    },
  ];
}
