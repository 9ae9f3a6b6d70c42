import type { ExtractedClaim, ExtractedClaimRelation } from '../types';
import {
  CLAIM_MERGE_THRESHOLD,
  CLAIM_SIMILAR_THRESHOLD,
  findDismissals,
  findTopics,
  isProposition,
  prepareClaim,
  similarityReaching,
  similarityReachingWithShared,
  tidyClaimText,
  type PreparedClaim,
  unwrapReport,
} from '../claims';
import type { DraftStatement } from './draft-statement';
import {
  CAMPAIGN_COUNTER_CONFIDENCE,
  DENIAL_COUNTER_CONFIDENCE,
  MAX_CONTENT_SCAN_CHARS,
  SCARE_QUOTE_BONUS,
  VERDICT_COUNTER_CONFIDENCE,
} from './limits';

/**
 * Claims are compared pairwise with this many earlier claims of the article at most; beyond,
 * only identical normalised text merges. Keeps one article linear even when it is a list of
 * a thousand quotes.
 */
const MAX_CLAIMS_COMPARED = 200;

/** The claims of an article, their relations, and which claim each statement asserts. */
export interface AssembledClaims {
  claims: ExtractedClaim[];
  relations: ExtractedClaimRelation[];
  claimOf: Map<DraftStatement, string>;
}

/**
 * Builds the article's claims from its statements: one claim per distinct proposition (a
 * statement whose content is no clause asserts none; see `isProposition`) (merged
 * at CLAIM_MERGE_THRESHOLD), with topics; then COUNTERS relations — from a verdict in the
 * content ("the news about X … are premature horror stories" counters X), a denial cue ("denied
 * that X": the statement asserts "It is not true that X" and counters X), speech framed as a
 * campaign ("Russia is working to remind Ukrainians that X" counters X) — and, for each of
 * them, the article's other claims similar to the countered one (at CLAIM_SIMILAR_THRESHOLD,
 * confidence scaled by the similarity).
 */
export function assembleClaims(text: string, drafts: readonly DraftStatement[], isPerson: (phrase: string) => boolean): AssembledClaims {
  const claims: ExtractedClaim[] = [];
  const byNormalized = new Map<string, number>();
  const prepared: PreparedClaim[] = [];
  // Content token → the claims that have it. Two claims without a shared token score 0, so a
  // new claim is only compared with the claims its tokens point to, in article order.
  const claimsWith = new Map<string, number[]>();
  const relations: ExtractedClaimRelation[] = [];
  const claimOf = new Map<DraftStatement, string>();
  const claimFor = (claimText: string, confidence: number): string => {
    const mine = prepareClaim(claimText);
    const exact = byNormalized.get(mine.key);
    let match = exact === undefined ? undefined : claims[exact];
    if (match === undefined) {
      const from = Math.max(0, claims.length - MAX_CLAIMS_COMPARED);
      const shared = sharedWordCounts(claimsWith, mine, from, claims.length);
      for (let i = from; i < claims.length; i += 1) {
        const count = shared[i - from] ?? 0;
        const other = prepared[i];
        if (count === 0 || other === undefined) continue;
        if (similarityReachingWithShared(other, mine, count, CLAIM_MERGE_THRESHOLD) !== null) {
          match = claims[i];
          break;
        }
      }
    }
    if (match !== undefined) {
      match.confidence = Math.max(match.confidence, confidence);
      return match.key;
    }
    const claim: ExtractedClaim = { key: `claim:${claims.length + 1}`, text: claimText, topics: findTopics(claimText, isPerson), confidence };
    byNormalized.set(mine.key, claims.length);
    for (const w of mine.words) {
      const list = claimsWith.get(w);
      if (list === undefined) claimsWith.set(w, [claims.length]);
      else list.push(claims.length);
    }
    claims.push(claim);
    prepared.push(mine);
    return claim.key;
  };
  const relationIndex = new Map<string, ExtractedClaimRelation>();
  const addRelation = (r: ExtractedClaimRelation): void => {
    if (r.fromKey === r.toKey) return;
    const id = `${r.relation} ${r.fromKey} ${r.toKey}`;
    const existing = relationIndex.get(id);
    if (existing === undefined) {
      relations.push(r);
      relationIndex.set(id, r);
    } else existing.confidence = Math.max(existing.confidence, r.confidence);
  };
  const direct: ExtractedClaimRelation[] = [];
  for (const d of drafts) {
    const content = d.fragments.map((f) => text.slice(f.start, f.end)).join(' ');
    // A content that is no clause ("Trump", "the returns", "to comment") keeps its statement
    // but asserts no claim: as a claim it would merge across articles on a name alone.
    if (d.denial) {
      const unwrapped = unwrapReport(content);
      if (!isProposition(unwrapped, null)) continue;
      const denied = tidyClaimText(unwrapped);
      const key = claimFor(`It is not true that ${lowerFirst(denied)}`, d.confidence);
      claimOf.set(d, key);
      direct.push({ fromKey: key, toKey: claimFor(denied, d.confidence), relation: 'COUNTERS', confidence: round(DENIAL_COUNTER_CONFIDENCE * d.confidence), cue: d.cue });
      continue;
    }
    if (isProposition(content, d.cue)) claimOf.set(d, claimFor(tidyClaimText(content), d.confidence));
  }
  for (const d of drafts) {
    const from = claimOf.get(d);
    if (from === undefined || d.denial) continue;
    const scanEnd = Math.min(d.span.end, d.span.start + MAX_CONTENT_SCAN_CHARS);
    for (const dismissal of findDismissals(text.slice(d.span.start, scanEnd), d.span.start)) {
      for (const target of dismissal.targets) {
        const to = claimFor(target.proposition, round(d.confidence * VERDICT_COUNTER_CONFIDENCE));
        direct.push({ fromKey: from, toKey: to, relation: 'COUNTERS', confidence: round(VERDICT_COUNTER_CONFIDENCE * d.confidence), cue: dismissal.cue });
      }
    }
    if (d.campaign !== null && d.reports !== null) {
      const to = claimOf.get(d.reports);
      const base = CAMPAIGN_COUNTER_CONFIDENCE + (d.campaign.scareQuoted ? SCARE_QUOTE_BONUS : 0);
      if (to !== undefined) direct.push({ fromKey: from, toKey: to, relation: 'COUNTERS', confidence: round(base * d.confidence), cue: d.campaign.cue });
    }
  }
  for (const r of direct) addRelation(r);
  // Propagation compares each countered claim with the article's claims (at most MAX_CLAIMS_COMPARED).
  for (const r of direct.slice(0, MAX_CLAIMS_COMPARED)) {
    const target = prepared[Number(r.toKey.slice('claim:'.length)) - 1];
    if (target === undefined) continue;
    for (let i = 0; i < Math.min(claims.length, MAX_CLAIMS_COMPARED); i += 1) {
      const other = claims[i];
      const otherPrepared = prepared[i];
      if (other === undefined || otherPrepared === undefined || other.key === r.fromKey || other.key === r.toKey) continue;
      const similarity = similarityReaching(target, otherPrepared, CLAIM_SIMILAR_THRESHOLD);
      if (similarity !== null) addRelation({ ...r, toKey: other.key, confidence: round(r.confidence * similarity) });
    }
  }
  return { claims, relations, claimOf };
}

/** How many content tokens each claim in [from, to) shares with `claim`, indexed from `from`. */
function sharedWordCounts(claimsWith: ReadonlyMap<string, readonly number[]>, claim: PreparedClaim, from: number, to: number): number[] {
  const counts = new Array<number>(to - from).fill(0);
  for (const w of claim.words) {
    const list = claimsWith.get(w);
    if (list !== undefined) for (const i of list) if (i >= from) counts[i - from] = (counts[i - from] ?? 0) + 1;
  }
  return counts;
}

/** Lowercases a leading function word only: "The ministry …" → "the ministry …", "Ukraine …" stays. */
function lowerFirst(s: string): string {
  return /^(?:The|A|An|This|These|Those|Its|Their|His|Her|Our|It|They|He|She|We|There)\b/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}

function round(x: number): number {
  return Math.round(Math.min(1, Math.max(0.01, x)) * 1000) / 1000;
}
