import type { ExtractedActor, ExtractedClaim } from '../extraction/types';
import { claimBandKeys } from './claim-keys';
import type { IngestPlan } from './ingest-plan';
import { actorLockKeys, type ActorCandidate } from './resolve-actors';
import { normalizeClaim, type ClaimCandidate } from './resolve-claims';

/**
 * The actors and claims written by earlier articles of one batch. A batch reads the graph once,
 * before any of its writes, so article 7 cannot find in those reads the person article 3 just
 * created; this adds them to its candidates, so that a batch resolves exactly as the same
 * articles ingested one after another would (one node per new actor or claim).
 *
 * Actors are offered under the lock keys of `actorLockKeys`, the same cover that makes
 * concurrent ingests meet: two names the matcher could take for one actor share a key. Claims
 * are offered under their normalised text and band keys (`claimBandKeys`), the same cover the
 * graph is read by, so a claim meets the batch's claims as it would meet them in the graph.
 */
export class BatchIdentities {
  /** The batch's view of every actor it has seen or written: graph rows with the aliases the batch added. */
  private readonly actors = new Map<string, ActorCandidate>();
  private readonly actorsByLockKey = new Map<string, Set<string>>();
  private readonly claimsByText = new Map<string, ClaimCandidate>();
  /** The batch's claims under each band's key (`band|key`). */
  private readonly claimsByBand = new Map<string, ClaimCandidate[]>();
  /** What the batch's own rows wrote (actors by id, claims by normalised text), as against what it was handed. */
  private readonly writtenActors = new Set<string>();
  private readonly writtenClaims = new Set<string>();

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

  /** The graph's candidates and the batch's claims worded the same or sharing a band key. */
  claimCandidates(claim: ExtractedClaim, fromGraph: ClaimCandidate[]): ClaimCandidate[] {
    if (this.claimsByText.size === 0) return fromGraph;
    const found = new Map(fromGraph.map((c) => [c.id, c]));
    const same = this.claimsByText.get(normalizeClaim(claim.text));
    if (same && !found.has(same.id)) found.set(same.id, same);
    claimBandKeys(claim.text).forEach((key, band) => {
      for (const candidate of this.claimsByBand.get(`${band}|${key}`) ?? []) if (!found.has(candidate.id)) found.set(candidate.id, candidate);
    });
    return [...found.values()];
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
      this.putActor(actor);
      this.writtenActors.add(actor.id);
    }
    for (const row of plan.claims) {
      const props = row.props as { text: string; normalizedText: string };
      this.putClaim({ id: row.id, text: props.text, normalizedText: props.normalizedText });
      this.writtenClaims.add(props.normalizedText);
    }
  }

  /**
   * What this batch wrote, as the next batch's starting point: the archive ingest reads the next
   * batch's candidates while this one writes, so those reads may not see these writes (nor the
   * spellings this batch gave existing actors). Only what this batch's rows wrote is carried,
   * not what it was handed: the next batch's reads began after the batches before this one had
   * committed, so the graph shows it those.
   */
  carryOver(): BatchIdentities {
    const next = new BatchIdentities();
    for (const id of this.writtenActors) next.putActor(this.actors.get(id) as ActorCandidate);
    for (const text of this.writtenClaims) next.putClaim(this.claimsByText.get(text) as ClaimCandidate);
    return next;
  }

  private putActor(actor: ActorCandidate): void {
    this.actors.set(actor.id, actor);
    for (const key of actorLockKeys(actor)) {
      const ids = this.actorsByLockKey.get(key) ?? new Set<string>();
      ids.add(actor.id);
      this.actorsByLockKey.set(key, ids);
    }
  }

  private putClaim(claim: ClaimCandidate): void {
    if (this.claimsByText.has(claim.normalizedText)) return;
    this.claimsByText.set(claim.normalizedText, claim);
    claimBandKeys(claim.text).forEach((key, band) => {
      const claims = this.claimsByBand.get(`${band}|${key}`);
      if (claims) claims.push(claim);
      else this.claimsByBand.set(`${band}|${key}`, [claim]);
    });
  }
}
