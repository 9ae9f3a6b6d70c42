import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { requestHooksPlugin, type RequestHooksPlugin } from './request-hooks';

/**
 * Apollo's default cache-control plugin in place of the one Apollo installs by itself. The
 * schema declares no cache hints, so that plugin's answer is always `cache-control: no-store`;
 * but to reach it, it hooks every resolved field of every request (a cache policy object and
 * a closure per field, which on a 20-statement page with claims is hundreds of calls). This
 * answers the same header with one hook per response. `apolloCacheControl` goes to Apollo as a
 * plugin of its own (Apollo looks for it by identity); `noStore` may be merged with other hooks.
 */
export function noStoreCacheHeaders<TContext extends BaseContext>(): {
  apolloCacheControl: ApolloServerPlugin<TContext>;
  noStore: RequestHooksPlugin<TContext>;
} {
  return {
    apolloCacheControl: ApolloServerPluginCacheControlDisabled(),
    noStore: requestHooksPlugin<TContext>({
      async willSendResponse({ response }) {
        response.http.headers.set('cache-control', 'no-store');
      },
    }),
  };
}
