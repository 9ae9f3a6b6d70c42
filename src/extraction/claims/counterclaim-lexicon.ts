/**
 * Words that dismiss, deny or refute what someone else claimed. Each motivated by how
 * fact-check-relevant disputes are phrased in the news we ingest: Kovalenko calls reports
 * "premature horror stories"; ministries "deny" or "refute"; spokespeople call things "fake",
 * "propaganda", "disinformation", "baseless", "not true".
 */

/**
 * A dismissal predicate: "<what> is/are [modifiers] <verdict>". The subject before the copula
 * is what is dismissed ("the news about … are premature horror stories").
 */
export const DISMISSAL_PREDICATE =
  /\b(?:is|are|was|were|be|being)\s+((?:(?:just|merely|mere|only|simply|pure|premature|nothing but|all|absolutely|completely|another|a|an|more|yet another)\s+)*(?:horror stories|fake news|fakes?|propaganda|disinformation|lies|a lie|lie|baseless|untrue|not true|false|nonsense|myths?|fabrications?|speculation|groundless|unfounded|manipulation|provocation))\b/i;

/** Verbs of denial used as the attribution cue: "The ministry denied that …". */
export const DENIAL_CUES: ReadonlySet<string> = new Set([
  'denied', 'denies', 'deny', 'denying', 'refuted', 'refutes', 'refute', 'rejected', 'rejects', 'reject',
  'dismissed', 'dismisses', 'dismiss', 'debunked', 'debunks', 'disputed', 'disputes', 'dispute',
]);

/**
 * Report nouns that wrap the proposition actually dismissed: "the news about X", "the analysis
 * of some experts about X", "reports that X", "claims that X". The proposition is X.
 */
export const REPORT_WRAPPER =
  /^(?:(?:the|these|those|all|such|any|recent)\s+)*(?:news|reports?|analysis|analyses|claims?|rumou?rs?|talk|stories|statements?|allegations?|speculation|assertions?|information|messages?|publications?|assessments?|warnings?|predictions?|forecasts?)(?:\s+(?:of|by|from)\s+(.+?))?\s+(?:about|on|regarding|concerning|that|of)\s+(.+)$/i;

/**
 * Verbs that frame someone's speech as a campaign rather than information: "Russia is
 * seriously working to remind Ukrainians that Belarus is about to be attacked" (Yusov) presents
 * Russia's claim as manipulation, which disputes it without a verdict word.
 */
export const CAMPAIGN_FRAME = /\b(?:working|trying|seeking|attempting|striving|wants?|continu\w*|keeps?|tries|seeks|attempts)\s+to\s*$/i;
