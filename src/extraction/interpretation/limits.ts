/**
 * Limits and confidence factors of the interpretation stage, in one place (each has a test in
 * test/unit/extraction/interpretation/limits.test.ts).
 */

/**
 * Longest article text interpreted. News articles are under 100,000 characters; a 1 MB text is
 * a feed dump or binary data, and is refused with a clear error rather than ground through.
 */
export const MAX_TEXT_CHARS = 1_000_000;

/** Most attributions read from the span stage for one article; the rest are ignored. */
export const MAX_ATTRIBUTIONS = 5_000;

/**
 * Share of control characters (other than whitespace) above which a text is binary data, not
 * prose: nothing in it is a sentence, and the result is empty.
 */
export const MAX_CONTROL_CHAR_RATIO = 0.1;

/**
 * A "sentence" longer than this is a table, a list or run-on data: it is never turned into an
 * unattributed statement or a continuation (which keeps regexes over it bounded, too).
 */
export const MAX_SENTENCE_CHARS = 2_000;

/** Source phrases longer than this are not parsed for roles and appositives. */
export const MAX_SOURCE_CHARS = 300;

/** Only this much of a statement's content is searched for nested speech and dismissals. */
export const MAX_CONTENT_SCAN_CHARS = 1_500;

/**
 * How many earlier actor mentions a nominal ("the ministry") looks back through. An antecedent
 * further back than this is not what a reader would resolve it to either.
 */
export const MAX_COREFERENCE_LOOKBACK = 200;

/** A one-line paragraph of at most this many words without final punctuation is a heading ("Details"). */
export const HEADING_MAX_WORDS = 5;

/** An uncovered sentence shorter than this (in words) is never an unattributed claim. */
export const MIN_CLAIM_WORDS = 4;

/** At most this many uncovered sentences in a row continue one attribution. */
export const MAX_CONTINUATIONS = 3;

/** Confidence of a continuation relative to the statement it continues: no cue says who spoke. */
export const CONTINUATION_FACTOR = 0.7;
/** Confidence of nested speech relative to the statement that reports it. */
export const NESTED_FACTOR = 0.8;
/** Confidence factor for a speaker found by resolving a pronoun ("he said"). */
export const PRONOUN_FACTOR = 0.9;
/** Confidence factor for a speaker found by resolving a nominal ("the statement said"). */
export const NOMINAL_FACTOR = 0.85;
/** Confidence of an unattributed hedged claim ("reportedly"): the hedge is an explicit marker. */
export const UNATTRIBUTED_HEDGED_CONFIDENCE = 0.6;
/** Confidence of an unattributed assertion about the story's actors (the outlet's own voice). */
export const UNATTRIBUTED_ASSERTION_CONFIDENCE = 0.5;
/** Confidence of a mention found only as a name in running text. */
export const WEAK_MENTION_CONFIDENCE = 0.5;

/** COUNTERS confidence for a verdict word ("are premature horror stories", "is fake"). */
export const VERDICT_COUNTER_CONFIDENCE = 0.8;
/** COUNTERS confidence for a denial cue ("denied that …"). */
export const DENIAL_COUNTER_CONFIDENCE = 0.85;
/** COUNTERS confidence for speech framed as a campaign ("working to remind Ukrainians that …"). */
export const CAMPAIGN_COUNTER_CONFIDENCE = 0.6;
/** Added to a campaign counter when the reported words are in scare quotes ("attacked"). */
export const SCARE_QUOTE_BONUS = 0.1;

/** The extractor name recorded as provenance when the caller gives none. */
export const DEFAULT_EXTRACTOR = 'claimgraph-interpretation@0.1.0';
