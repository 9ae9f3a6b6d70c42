import { claimContentTokens } from '../extraction/claims';
import { memoize } from '../extraction/entities/memoize';
import type { ExtractedActor, ExtractedClaim } from '../extraction/types';
import type { IngestPlan } from './ingest-plan';
import { actorLockKeys, type ActorCandidate } from './resolve-actors';
import { normalizeClaim, type ClaimCandidate } from './resolve-claims';

/** How many of the batch's own claims are offered per claim, as the full-text lookup offers 10. */
const BATCH_CLAIM_CANDIDATES = 10;

/**
 * The actors and claims written by earlier articles of one batch. A batch reads the graph once,
 * before any of its writes, so article 7 cannot find in those reads the person article 3 just
 * created; this adds them to its candidates, so that a batch resolves exactly as the same
 * articles ingested one after another would (one node per new actor or claim).
 *
 * Actors are offered under the lock keys of `actorLockKeys`, the same cover that makes
 * concurrent ingests meet: two names the matcher could take for one actor share a key.
 */
export class BatchIdentities {
  /** The batch's view of every actor it has seen or written: graph rows with the aliases the batch added. */
  private readonly actors = new Map<string, ActorCandidate>();
  private readonly actorsByLockKey = new Map<string, Set<string>>();
  private readonly claimsByText = new Map<string, ClaimCandidate>();
  private readonly claimsByWord = new Map<string, Set<ClaimCandidate>>();

  /** The graph's candidates (as the batch has since changed them) and the batch's own actors that may be this one. */
  actorCandidates(actor: ExtractedActor, fromGraph: ActorCandidate[]): ActorCandidate[] {
    const found = new Map<string, ActorCandidate>();
    for (const candidate of fromGraph) found.set(candidate.id, this.actors.get(candidate.id) ?? candidate);
    for (const key of actorLockKeys(actor)) {
      for (const id of this.actorsByLockKey.get(key) ?? []) {
        if (!found.has(id)) found.set(id, this.actors.get(id) as ActorCandidate);
      }
    }
    return [...found.values()];
  }

  /** The graph's candidates and the batch's claims worded the same or sharing the most words. */
  claimCandidates(claim: ExtractedClaim, fromGraph: ClaimCandidate[]): ClaimCandidate[] {
    if (this.claimsByText.size === 0) return fromGraph;
    const normalized = normalizeClaim(claim.text);
    const shared = new Map<ClaimCandidate, number>();
    // Rare shared words count most, as in the full-text index's ranking.
    for (const word of contentWords(claim.text)) {
      const claims = this.claimsByWord.get(word) ?? new Set<ClaimCandidate>();
      for (const candidate of claims) shared.set(candidate, (shared.get(candidate) ?? 0) + 1 / claims.size);
    }
    const fromBatch = [...shared.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, BATCH_CLAIM_CANDIDATES)
      .map(([candidate]) => candidate);
    const same = this.claimsByText.get(normalized);
    if (same) fromBatch.unshift(same);
    const ids = new Set(fromGraph.map((c) => c.id));
    return [...fromGraph, ...fromBatch.filter((c) => !ids.has(c.id) && ids.add(c.id))];
  }

  /** Records what an article of the batch wrote, as merge-actors and merge-claims write it. */
  record(plan: IngestPlan, fromGraph: Iterable<ActorCandidate>): void {
    for (const candidate of fromGraph) if (!this.actors.has(candidate.id)) this.actors.set(candidate.id, candidate);
    for (const row of plan.actors) {
      const props = row.props as { name: string; aliases: string[]; type: ActorCandidate['type']; normalizedNames: string[] };
      const before = this.actors.get(row.id);
      const actor: ActorCandidate = before
        ? {
            ...before,
            aliases: [...before.aliases, ...[props.name, ...props.aliases].filter((n, i, all) => n !== before.name && !before.aliases.includes(n) && all.indexOf(n) === i)],
            normalizedNames: [...before.normalizedNames, ...props.normalizedNames.filter((n) => !before.normalizedNames.includes(n))],
          }
        : { id: row.id, name: props.name, aliases: props.aliases, type: props.type, normalizedNames: props.normalizedNames };
      this.actors.set(row.id, actor);
      for (const key of actorLockKeys(actor)) {
        const ids = this.actorsByLockKey.get(key) ?? new Set<string>();
        ids.add(row.id);
        this.actorsByLockKey.set(key, ids);
      }
    }
    for (const row of plan.claims) {
      const props = row.props as { text: string; normalizedText: string; firstSeenAt: string };
      if (this.claimsByText.has(props.normalizedText)) continue;
      const claim: ClaimCandidate = { id: row.id, text: props.text, normalizedText: props.normalizedText, firstSeenAt: props.firstSeenAt };
      this.claimsByText.set(props.normalizedText, claim);
      for (const word of contentWords(props.text)) {
        const claims = this.claimsByWord.get(word) ?? new Set<ClaimCandidate>();
        claims.add(claim);
        this.claimsByWord.set(word, claims);
      }
    }
  }
}

/**
 * The stemmed content words of a claim: what the English full-text analyzer would search it by.
 * Memoised: a claim is looked up, then recorded (read-only sets).
 */
const contentWords: (text: string) => ReadonlySet<string> = memoize((text) => new Set(claimContentTokens(text)));
