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
      claimBandKeys(props.text).forEach((key, band) => {
        const claims = this.claimsByBand.get(`${band}|${key}`);
        if (claims) claims.push(claim);
        else this.claimsByBand.set(`${band}|${key}`, [claim]);
      });
    }
  }
}
