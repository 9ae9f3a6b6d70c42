import type { Graph } from '../db/graph';
import { NO_EVENTS, type EventPublisher } from '../events/graph-events';
import { ApiKeyService } from './api-key.service';
import { CurationService } from './curation.service';
import { ExtractionPreviewService } from './extraction-preview.service';
import { IngestService, type IngestOptions } from './ingest.service';

/** The use cases, built once per process and shared by every request. */
export interface Services {
  ingest: IngestService;
  curation: CurationService;
  preview: ExtractionPreviewService;
  apiKeys: ApiKeyService;
}

/** `events` hears of every committed write that live clients may subscribe to. */
export function createServices(graph: Graph, ingest: IngestOptions, events: EventPublisher = NO_EVENTS): Services {
  return {
    ingest: new IngestService(graph, { ...ingest, events }),
    curation: new CurationService(graph, events),
    preview: new ExtractionPreviewService(ingest),
    apiKeys: new ApiKeyService(graph),
  };
}
