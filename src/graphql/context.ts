import type { Graph } from '../db/graph';
import type { Logger } from '../logger';
import type { Principal } from '../model/principal';
import type { Services } from '../services/services';
import type { Loaders } from './loaders/loaders';

/** What every resolver receives; built fresh for each request. */
export interface RequestContext {
  graph: Graph;
  logger: Logger;
  loaders: Loaders;
  services: Services;
  /** The caller's API key, when it sent one. */
  principal: Principal | null;
  /** PUBLIC_URL, the base of the links the API hands out; null: they are paths on this server. */
  publicUrl: string | null;
}
