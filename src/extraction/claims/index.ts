/** Claims: tidy text, normalised comparison, similarity thresholds, topics, dismissals. Pure. */
export { normalizeClaimText, claimWords } from './claim-normalization';
export { claimSimilarity, claimContentTokens, prepareClaim, preparedSimilarity, similarityReaching, similarityReachingWithShared, cannotReach, type PreparedClaim, CLAIM_MERGE_THRESHOLD, CLAIM_SIMILAR_THRESHOLD } from './claim-similarity';
export { tidyClaimText } from './claim-text';
export { findTopics } from './topics';
export { findDismissals, type Dismissal, type DismissedTarget } from './dismissals';
export { propositionFromPhrase, unwrapReport, lastPlaceIn } from './dismissed-propositions';
export { DENIAL_CUES, CAMPAIGN_FRAME } from './counterclaim-lexicon';
export { stemWord } from './stemming';
export { isProposition } from './proposition';
export { crossArticlePairs, type ArticleClaim, type ClaimPair } from './cross-article-pairs';
