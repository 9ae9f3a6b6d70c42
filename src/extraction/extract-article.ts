import type { Extraction } from './types';

/** The automatic extractor ingest uses. Until the extraction pipeline lands it finds nothing. */
export function extractArticle(text: string): Extraction {
  void text;
  return {
    extractor: 'none@0',
    language: 'en',
    publishedAt: null,
    outletKey: null,
    actors: [],
    statements: [],
    claims: [],
    relations: [],
  };
}
