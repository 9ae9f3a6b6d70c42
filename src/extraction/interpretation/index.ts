/** Interpretation: attribution spans → actors, statements, claims and relations. Pure. */
export { interpretAttributions, type InterpretOptions } from './interpret-attributions';
export { normalizeClaimText, claimSimilarity, CLAIM_MERGE_THRESHOLD, CLAIM_SIMILAR_THRESHOLD } from '../claims';
export { MAX_TEXT_CHARS, MAX_ATTRIBUTIONS, DEFAULT_EXTRACTOR } from './limits';
export { statementSentences, type Sentence } from './sentences';
export { parseSourcePhrase, type ParsedSource } from './source-phrase';
export { readArticleMetadata, type ArticleMetadata } from './article-metadata';
