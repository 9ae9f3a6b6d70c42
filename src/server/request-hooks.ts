import type { ApolloServerPlugin, BaseContext, GraphQLRequestListener, GraphQLServerListener } from '@apollo/server';

/**
 * A plugin whose per-request hooks are the same object for every request: they keep no state of
 * their own between hooks (what a request needs is in its context), so they are made once.
 */
export interface RequestHooksPlugin<TContext extends BaseContext> extends ApolloServerPlugin<TContext> {
  readonly requestHooks: GraphQLRequestListener<TContext>;
}

/** Makes `hooks` a plugin, for use alone or through `mergeRequestHooks`. */
export function requestHooksPlugin<TContext extends BaseContext>(
  hooks: GraphQLRequestListener<TContext>,
  server: Pick<ApolloServerPlugin<TContext>, 'serverWillStart'> = {},
): RequestHooksPlugin<TContext> {
  return { ...server, requestHooks: hooks, requestDidStart: async () => hooks };
}

/** The hooks that answer nothing (no end callback, no response): safe to run side by side. */
const VOID_HOOKS = ['didResolveSource', 'didResolveOperation', 'didEncounterErrors', 'willSendResponse'] as const;
type VoidHook = (typeof VOID_HOOKS)[number];

/**
 * Several plugins as one. Apollo asks every plugin for a listener at the start of each request
 * (an async call each), then runs every hook over every listener, each a `Promise.all` over an
 * array built for the purpose, whether the listener has that hook or not. One listener made at
 * start-up, with each hook calling only the plugins that have it, does the same work with one
 * call per hook. Hooks still run side by side as Apollo runs them (the first to fail decides
 * the error), and `serverWillStart` of each plugin still runs at start-up.
 */
export function mergeRequestHooks<TContext extends BaseContext>(plugins: RequestHooksPlugin<TContext>[]): ApolloServerPlugin<TContext> {
  const merged: GraphQLRequestListener<TContext> = {};
  for (const hook of VOID_HOOKS) {
    const listeners = plugins.map((p) => p.requestHooks).filter((l) => l[hook] !== undefined);
    if (listeners.length === 0) continue;
    (merged as Record<VoidHook, unknown>)[hook] =
      listeners.length === 1
        ? (listeners[0] as Record<VoidHook, (context: unknown) => Promise<void>>)[hook].bind(listeners[0])
        : async (context: unknown) => {
            await Promise.all(listeners.map((l) => (l as Record<VoidHook, (context: unknown) => Promise<void>>)[hook](context)));
          };
  }
  for (const plugin of plugins) {
    const other = Object.keys(plugin.requestHooks).filter((hook) => !(VOID_HOOKS as readonly string[]).includes(hook));
    if (other.length > 0)
      throw new Error(`mergeRequestHooks cannot merge the hook(s) ${other.join(', ')}; pass that plugin to Apollo on its own`);
  }
  const starting = plugins.filter((p) => p.serverWillStart);
  return {
    requestDidStart: async () => merged,
    ...(starting.length > 0
      ? {
          async serverWillStart(service) {
            const listeners = (await Promise.all(starting.map((p) => p.serverWillStart?.(service)))).filter(
              (l): l is GraphQLServerListener => l !== undefined,
            );
            if (listeners.length === 0) return;
            for (const listener of listeners) {
              const other = Object.keys(listener).filter((hook) => hook !== 'serverWillStop');
              if (other.length > 0) throw new Error(`mergeRequestHooks cannot merge the server hook(s) ${other.join(', ')}`);
            }
            return {
              async serverWillStop() {
                await Promise.all(listeners.map((l) => l.serverWillStop?.()));
              },
            };
          },
        }
      : {}),
  };
}
