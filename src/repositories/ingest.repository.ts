import type { GraphTx } from '../db/graph';
import { MAX_ACTORS_PER_KEY, type ActorCandidate } from '../ingest/resolve-actors';
import { CLAIM_BAND_PROPERTIES, NEAREST_CLAIMS_PER_KEY } from '../ingest/claim-keys';
import { plannedCountKeys } from '../ingest/planned-count-keys';
import type { ClaimCandidate } from '../ingest/resolve-claims';
import type { IngestPlan } from '../ingest/ingest-plan';
import type { AuditEventRecord } from '../model/audit-event.record';
import { actorNamesOf, type ActorNames } from './actor-key.repository';
import { statementCountRepository } from './statement-count.repository';

/** An audit event as `audit/record-event` writes it; an ingest's always names its article. */
export type IngestAuditEvent = AuditEventRecord & { targetId: string };

/**
 * The reads and batched writes of an ingest of one or several articles; every method runs in
 * the caller's transaction, and each is one round trip however many articles it covers.
 */
export const ingestRepository = {
  async findArticleByHash(tx: GraphTx, contentHash: string): Promise<string | null> {
    const [row] = await tx.run('articles/find-article-by-hash', { contentHash });
    return (row?.id as string | undefined) ?? null;
  },

  /** The stored article of each content hash that has one. */
  async findArticlesByHashes(tx: GraphTx, contentHashes: string[]): Promise<Map<string, string>> {
    const rows = await tx.run('ingest/find-articles-by-hashes', { contentHashes });
    return new Map(rows.map((row) => [row.contentHash as string, row.id as string]));
  },

  /**
   * Waits for, then holds until commit, the locks of the articles' identity keys (sorted by the
   * caller), in the name of `writer` (this try of the transaction); answers who had locked each
   * key last (null: nobody named).
   */
  async lockIdentities(tx: GraphTx, keys: string[], now: string, writer: string): Promise<Map<string, string | null>> {
    if (keys.length === 0) return new Map();
    const [row] = await tx.run('ingest/merge-ingest-locks', { keys, now, writer });
    return new Map((row?.lastWriters as Array<[string, string | null]> | undefined) ?? []);
  },

  /** Who had last locked each key, as committed now (null: no lock node, or nobody named). */
  async findLockWriters(tx: GraphTx, keys: string[]): Promise<Map<string, string | null>> {
    if (keys.length === 0) return new Map();
    const [row] = await tx.run('ingest/find-lock-writers', { keys });
    return new Map((row?.lastWriters as Array<[string, string | null]> | undefined) ?? []);
  },

  /**
   * Records which of the new articles' names were joined to existing actors, and how surely;
   * a name joined twice in one article is recorded once, as the first join has it.
   */
  async recordActorJoins(
    tx: GraphTx,
    joins: Array<{ articleId: string; actorId: string; name: string; confidence: number; match: string; by: string; now: string }>,
  ): Promise<void> {
    const once = new Map<string, (typeof joins)[number]>();
    for (const join of joins) {
      const key = JSON.stringify([join.articleId, join.actorId, join.name]);
      if (!once.has(key)) once.set(key, join);
    }
    if (once.size) await tx.run('ingest/create-actor-joins', { joins: [...once.values()] });
  },

  async recordAuditEvents(tx: GraphTx, events: IngestAuditEvent[]): Promise<void> {
    if (events.length) await tx.run('ingest/record-audit-events', { events });
  },

  /**
   * The actors stored under each lookup key (`actorLookupKeys`); keys nobody has, and crowded
   * keys (more than `MAX_ACTORS_PER_KEY` actors), are left out.
   */
  async findActorCandidates(tx: GraphTx, keys: string[]): Promise<Map<string, ActorCandidate[]>> {
    if (keys.length === 0) return new Map();
    const rows = await tx.run('ingest/find-actor-candidates', { keys, perKey: MAX_ACTORS_PER_KEY + 1 });
    const byKey = new Map<string, ActorCandidate[]>();
    for (const row of rows) {
      const candidates = row.candidates as ActorCandidate[];
      if (candidates.length <= MAX_ACTORS_PER_KEY) byKey.set(row.key as string, candidates);
    }
    return byKey;
  },

  /** The next `limit` actors after `after` (by id) while migration 0012's backfill mark stands; none after. */
  async findActorsToKey(tx: GraphTx, after: string, limit: number): Promise<ActorNames[]> {
    return (await tx.run('ingest/find-actors-to-key', { after, limit })).map(actorNamesOf);
  },

  async finishActorKeyBackfill(tx: GraphTx): Promise<void> {
    await tx.run('ingest/finish-actor-key-backfill');
  },

  /**
   * The ids of existing claims worded the same as each of the batch's claims, and of those
   * sharing one of its band keys: for each key, the `NEAREST_CLAIMS_PER_KEY` stored at or before
   * its article's time and as many after, nearest first. Each distinct text, and each distinct
   * key of a band at one time, is looked up once however many of the batch's claims share it.
   */
  async findClaimCandidateIds(
    tx: GraphTx,
    claims: Array<{ key: string; normalizedText: string; bands: readonly string[]; at: string }>,
  ): Promise<Map<string, string[]>> {
    if (claims.length === 0) return new Map();
    // Ask number → the batch's claims that asked it: the texts' asks first, numbered as the
    // texts are listed, then the band keys' (see the query for the wire format).
    const askedBy: string[][] = [];
    const texts = new Map<string, number>();
    for (const claim of claims) {
      let ask = texts.get(claim.normalizedText);
      if (ask === undefined) texts.set(claim.normalizedText, (ask = askedBy.push([]) - 1));
      askedBy[ask]?.push(claim.key);
    }
    const ats = new Map<string, number>();
    const bands = CLAIM_BAND_PROPERTIES.map(() => ({ asks: new Map<string, number>(), values: [] as string[], times: [] as number[] }));
    for (const claim of claims) {
      let time = ats.get(claim.at);
      if (time === undefined) ats.set(claim.at, (time = ats.size));
      claim.bands.forEach((value, b) => {
        const band = bands[b]!;
        const key = `${time} ${value}`;
        let ask = band.asks.get(key);
        if (ask === undefined) {
          band.asks.set(key, (ask = askedBy.push([]) - 1));
          band.values.push(value);
          band.times.push(time);
        }
        askedBy[ask]?.push(claim.key);
      });
    }
    const rows = await tx.run('ingest/find-claim-candidates', {
      texts: [...texts.keys()],
      ats: [...ats.keys()],
      values: bands.map((band) => band.values),
      times: bands.map((band) => band.times),
      asks: bands.map((band) => [...band.asks.values()]),
      nearest: NEAREST_CLAIMS_PER_KEY,
    });
    const ids = new Map<string, Set<string>>(claims.map((claim) => [claim.key, new Set<string>()]));
    for (const row of rows) {
      for (const i of row.asked as number[]) {
        for (const claim of askedBy[i] ?? []) (ids.get(claim) as Set<string>).add(row.id as string);
      }
    }
    return new Map([...ids].map(([key, found]) => [key, [...found]]));
  },

  async findClaimsByIds(tx: GraphTx, ids: string[]): Promise<ClaimCandidate[]> {
    if (ids.length === 0) return [];
    const rows = await tx.run('ingest/find-claims-by-ids', { ids });
    return rows.map((row) => ({ id: row.id as string, text: row.text as string, normalizedText: row.normalizedText as string }));
  },

  /** Up to `limit` claims stored before they had band keys (none once migration 0010's backfill is done). */
  async findClaimsWithoutBands(tx: GraphTx, limit: number): Promise<Array<{ id: string; text: string }>> {
    const rows = await tx.run('ingest/find-claims-without-bands', { limit });
    return rows.map((row) => ({ id: row.id as string, text: row.text as string }));
  },

  async setClaimBands(tx: GraphTx, claims: Array<{ id: string; bands: Record<string, string> }>): Promise<void> {
    if (claims.length) await tx.run('ingest/set-claim-bands', { claims });
  },

  async finishClaimBandBackfill(tx: GraphTx): Promise<void> {
    await tx.run('ingest/finish-claim-band-backfill');
  },

  /**
   * Writes planned articles: a fixed number of round trips, however many articles and
   * statements they hold. Rows go in the plans' order, so an actor or claim an earlier article
   * created is there when a later one joins it.
   */
  async write(tx: GraphTx, plans: IngestPlan[]): Promise<void> {
    if (plans.length === 0) return;
    const all = <T>(rows: (plan: IngestPlan) => T[]): T[] => plans.flatMap(rows);
    const run = async (name: string, key: string, rows: unknown[]) => {
      if (rows.length) await tx.run(name, { [key]: rows });
    };
    await run('ingest/create-articles', 'articles', all((p) => [p.article]));
    // New ids are created without MERGE's lookup and lock per row; creations go first, so that a
    // later article of the batch joining a new actor or claim finds it.
    await run('ingest/create-actors', 'actors', all((p) => p.actors.filter((a) => a.created)));
    await run('ingest/merge-actors', 'actors', all((p) => p.actors.filter((a) => !a.created)));
    await run('ingest/merge-roles', 'roles', all((p) => p.roles));
    await run('ingest/merge-part-of', 'links', all((p) => p.partOf));
    await run(
      'ingest/link-outlet',
      'links',
      all((p) => (p.outletId ? [{ articleId: p.article.id, outletId: p.outletId, by: p.article.extractor, now: p.article.ingestedAt }] : [])),
    );
    await run('ingest/create-claims', 'claims', all((p) => p.claims.filter((c) => c.created)));
    await run('ingest/merge-claims', 'claims', all((p) => p.claims.filter((c) => !c.created)));
    await run('ingest/create-statements', 'statements', all((p) => p.statements));
    await run('ingest/create-reports', 'links', all((p) => p.reports));
    await run('ingest/merge-claim-relations', 'relations', all((p) => p.relations));
    await run('ingest/merge-topics', 'topics', all((p) => p.topics));
    await run('ingest/merge-similar-claims', 'links', all((p) => p.similar));
    // Last: the counters' locks are then held only for the rest of the transaction.
    await statementCountRepository.add(tx, plannedCountKeys(plans));
  },
};
