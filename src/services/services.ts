import type { Graph } from '../db/graph';
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

export function createServices(graph: Graph, ingest: IngestOptions): Services {
  return {
    ingest: new IngestService(graph, ingest),
    curation: new CurationService(graph),
    preview: new ExtractionPreviewService(ingest),
    apiKeys: new ApiKeyService(graph),
  };
}
