/** The automatic extractor ingest uses: the span tagger followed by the interpreter (pure). */
export { extractArticle, PIPELINE_EXTRACTOR } from './pipeline';
