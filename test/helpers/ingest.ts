import type { Graph } from '../../src/db/graph';
import { extractArticle } from '../../src/extraction/pipeline';
import { IngestService, type IngestOptions } from '../../src/services/ingest.service';

/** An IngestService on `graph` with automatic extraction and room for any test article; `options` adds to or overrides that. */
export function ingestServiceOn(graph: Graph, options: Partial<IngestOptions> = {}): IngestService {
  return new IngestService(graph, { maxArticleBytes: 2_000_000, extract: extractArticle, ...options });
}
