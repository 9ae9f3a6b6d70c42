import type { Graph } from '../db/graph';
import type { Logger } from '../logger';

/** What every resolver receives; built fresh for each request. */
export interface RequestContext {
  graph: Graph;
  logger: Logger;
}
