import type { Graph } from '../db/graph';
import { claimBandProps } from '../ingest/claim-keys';
import { actorKeyRepository, type ActorNames } from '../repositories/actor-key.repository';
import { ingestRepository } from '../repositories/ingest.repository';

/** Claims keyed per transaction: a few MB of text, and no long transaction on a large graph. */
const BACKFILL_CLAIMS = 10_000;

/** Actors keyed per transaction: a page of names, and no long transaction. */
const BACKFILL_ACTORS = 10_000;

/**
 * Claims stored before they had band keys (migration 0010) and actors stored before their
 * identity keys (0012) are keyed before an ingest service's first write, so that new claims and
 * names find them: once per service, and one empty lookup each when the graph needs nothing.
 * Should it fail, the next write tries again.
 */
export class IdentityKeyBackfill {
  private done: Promise<void> | undefined;

  constructor(private readonly graph: Graph) {}

  ready(): Promise<void> {
    this.done ??= Promise.all([this.keyClaims(), this.keyActors()])
      .then(() => undefined)
      .catch((error: unknown) => {
        this.done = undefined;
        throw error;
      });
    return this.done;
  }

  private async keyClaims(): Promise<void> {
    for (;;) {
      const finished = await this.graph.writeTransaction(async (tx) => {
        const claims = await ingestRepository.findClaimsWithoutBands(tx, BACKFILL_CLAIMS);
        await ingestRepository.setClaimBands(tx, claims.map((c) => ({ id: c.id, bands: claimBandProps(c.text) })));
        if (claims.length < BACKFILL_CLAIMS) await ingestRepository.finishClaimBandBackfill(tx);
        return claims.length < BACKFILL_CLAIMS;
      });
      if (finished) return;
    }
  }

  /** Pages through the actors by id; MERGE makes a page written twice (a retry, a second process) harmless. */
  private async keyActors(): Promise<void> {
    let after = '';
    for (;;) {
      const last = await this.graph.writeTransaction(async (tx) => {
        const actors = await ingestRepository.findActorsToKey(tx, after, BACKFILL_ACTORS);
        await actorKeyRepository.link(tx, actors);
        if (actors.length < BACKFILL_ACTORS) await ingestRepository.finishActorKeyBackfill(tx);
        return actors.length < BACKFILL_ACTORS ? null : (actors.at(-1) as ActorNames).id;
      });
      if (last === null) return;
      after = last;
    }
  }
}
