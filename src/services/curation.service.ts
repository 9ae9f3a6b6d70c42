import { createHash, randomUUID } from 'node:crypto';
import type { Graph, GraphTx } from '../db/graph';
import { GraphTopic, NO_EVENTS, type EventPublisher } from '../events/graph-events';
import { badInput, notFound } from '../errors/app-error';
import type { ClaimRelationRecord } from '../model/claim.record';
import { ClaimRelationType, type StatementKind, type Verdict } from '../model/enums';
import type { Principal } from '../model/principal';
import type { RebuttalRecord } from '../model/rebuttal.record';
import { actorIngestLockKeys } from '../ingest/identity-locks';
import { normalizeName } from '../ingest/normalize';
import { validateClientRequestId } from './client-request-id';
import { actorKeyRepository } from '../repositories/actor-key.repository';
import { actorRepository } from '../repositories/actor.repository';
import { auditRepository } from '../repositories/audit.repository';
import { claimRepository } from '../repositories/claim.repository';
import { curationRepository, type NewRebuttal, type RebuttalOnce } from '../repositories/curation.repository';
import { ingestRepository } from '../repositories/ingest.repository';
import { countChanges, statementCountRepository } from '../repositories/statement-count.repository';

export interface RebuttalInput {
  claimId: string;
  verdict: Verdict;
  label?: string | null;
  summary: string;
  evidenceUrls?: string[] | null;
  /** The client's idempotency key: a retry with the same one answers the first rebuttal. */
  clientRequestId?: string | null;
}

export interface StatementCorrection {
  speakerId?: string | null;
  kind?: StatementKind | null;
  span?: { start: number; end: number } | null;
  chain?: string[] | null;
}

/**
 * What people change by hand: rebuttals, claim links, actor merges and aliases, statement
 * corrections. Each change and its audit event are written in one transaction, and each marks
 * what it touched as curated so that later automatic runs leave it alone.
 */
export class CurationService {
  constructor(
    private readonly graph: Graph,
    /** Told of each rebuttal and COUNTERS link once its transaction has committed. */
    private readonly events: EventPublisher = NO_EVENTS,
  ) {}

  /**
   * Stores a rebuttal, once per clientRequestId when the client sends one: a client that retries
   * after UNAVAILABLE or a lost answer cannot tell whether its first call was stored, so the
   * retry answers the first rebuttal, with no second audit event or `rebuttalAdded`. The id is
   * the caller's key's own; reusing it for a different rebuttal is the client's mistake.
   */
  async addRebuttal(input: RebuttalInput, principal: Principal): Promise<RebuttalRecord> {
    if (!input.summary.trim()) throw badInput('input.summary', 'must not be empty');
    const clientRequestId = input.clientRequestId == null ? null : validateClientRequestId('input.clientRequestId', input.clientRequestId);
    await this.requireClaims([input.claimId], 'input.claimId');
    const rebuttal = {
      id: randomUUID(),
      claimId: input.claimId,
      verdict: input.verdict,
      label: input.label ?? null,
      summary: input.summary.trim(),
      evidenceUrls: input.evidenceUrls ?? [],
      author: principal.name,
      now: new Date().toISOString(),
    };
    const added = await this.graph.writeTransaction(async (tx) => {
      const stored =
        clientRequestId === null
          ? { rebuttal: await curationRepository.createRebuttal(tx, rebuttal), created: true }
          : await createRebuttalOnce(tx, rebuttal, principal.keyId, clientRequestId);
      // A retry writes nothing: its rebuttal and audit event are the first call's.
      if (stored.created) {
        await auditRepository.record(tx, principal, 'addRebuttal', stored.rebuttal.id, { claimId: input.claimId, verdict: input.verdict });
      }
      return stored;
    });
    if (!added.created) return added.rebuttal;
    this.events.publish({ topic: GraphTopic.REBUTTAL_ADDED, payload: added.rebuttal });
    return added.rebuttal;
  }

  async linkClaims(fromId: string, toId: string, relation: ClaimRelationType, principal: Principal): Promise<ClaimRelationRecord> {
    if (fromId === toId) throw badInput('input.toClaimId', 'must differ from input.fromClaimId');
    await this.requireClaims([fromId, toId], 'input.fromClaimId/toClaimId');
    const linked = await this.graph.writeTransaction(async (tx) => {
      const link = await curationRepository.linkClaims(tx, {
        fromId,
        toId,
        relation,
        by: `curator:${principal.name}`,
        now: new Date().toISOString(),
      });
      await auditRepository.record(tx, principal, 'linkClaims', fromId, { toId, relation });
      return link;
    });
    if (linked.relation === ClaimRelationType.COUNTERS) this.events.publish({ topic: GraphTopic.CLAIM_COUNTERED, payload: linked });
    return linked;
  }

  async mergeActors(sourceId: string, targetId: string, principal: Principal): Promise<string> {
    if (sourceId === targetId) throw badInput('targetId', 'must differ from sourceId');
    await this.requireActors([sourceId, targetId], 'sourceId/targetId');
    return this.graph.writeTransaction(async (tx) => {
      const merge = { sourceId, targetId, by: `curator:${principal.name}`, now: new Date().toISOString() };
      // The locks an ingest naming the source takes, first, as ingest takes them: an ingest that
      // found the source by its names commits before the merge reads its statements, or reads the
      // graph after the merge (a batch read ahead reads again: the locks' writer changed), and
      // never writes the source back.
      const source = await curationRepository.actorNames(tx, [sourceId]);
      await ingestRepository.lockIdentities(tx, actorIngestLockKeys(source), merge.now, randomUUID());
      // The source's statements change speaker, chain or outlet: their counters move with them.
      await curationRepository.lockActors(tx, merge);
      const touched = await curationRepository.statementsOfActor(tx, sourceId);
      const before = await statementCountRepository.keysOf(tx, touched);
      const merged = await curationRepository.mergeActors(tx, merge);
      // The source's keys went with it; the target is found under its names from now on.
      if (merged) await actorKeyRepository.link(tx, [merged]);
      await statementCountRepository.add(tx, countChanges(before, await statementCountRepository.keysOf(tx, touched)));
      await auditRepository.record(tx, principal, 'mergeActors', targetId, { sourceId });
      return targetId;
    });
  }

  async addAlias(actorId: string, alias: string, principal: Principal): Promise<string> {
    const trimmed = alias.trim();
    if (!trimmed) throw badInput('alias', 'must not be empty');
    await this.requireActors([actorId], 'actorId');
    return this.graph.writeTransaction(async (tx) => {
      const named = await curationRepository.addAlias(tx, {
        actorId,
        alias: trimmed,
        normalized: normalizeName(trimmed),
        by: `curator:${principal.name}`,
        now: new Date().toISOString(),
      });
      // So that the next ingest finds the actor under the alias too.
      if (named) await actorKeyRepository.link(tx, [named]);
      await auditRepository.record(tx, principal, 'addAlias', actorId, { alias: trimmed });
      return actorId;
    });
  }

  async correctStatement(id: string, correction: StatementCorrection, principal: Principal): Promise<string> {
    const fields = Object.entries(correction)
      .filter(([, value]) => value != null)
      .map(([field]) => field);
    if (fields.length === 0) throw badInput('input', 'name at least one of speakerId, kind, span, chain');
    const length = await curationRepository.articleTextLength(this.graph, id);
    if (length === null) throw notFound('Statement', id);
    const { span } = correction;
    if (span && (span.start < 0 || span.end > length || span.start >= span.end)) {
      throw badInput('input.span', `must satisfy 0 ≤ start < end ≤ ${length} (the article's length)`);
    }
    const actorIds = [...(correction.speakerId ? [correction.speakerId] : []), ...(correction.chain ?? [])];
    if (actorIds.length) await this.requireActors(actorIds, correction.chain?.length ? 'input.speakerId/chain' : 'input.speakerId');
    return this.graph.writeTransaction(async (tx) => {
      const by = `curator:${principal.name}`;
      const now = new Date().toISOString();
      await holdActorsOfStatement(tx, id, correction);
      // A new speaker, kind or chain moves the statement between counters.
      await curationRepository.lockStatement(tx, { id, by, now });
      const before = await statementCountRepository.keysOf(tx, [id]);
      await curationRepository.correctStatement(tx, {
        id,
        kind: correction.kind ?? null,
        start: span?.start ?? null,
        end: span?.end ?? null,
        speakerId: correction.speakerId ?? null,
        chain: correction.chain ?? null,
        fields,
        by,
        now,
      });
      await statementCountRepository.add(tx, countChanges(before, await statementCountRepository.keysOf(tx, [id])));
      await auditRepository.record(tx, principal, 'correctStatement', id, { fields });
      return id;
    });
  }

  private async requireClaims(ids: string[], field: string): Promise<void> {
    const existing = await claimRepository.existing(this.graph, ids);
    const missing = ids.find((id) => !existing.has(id));
    if (missing !== undefined) throw notFound('Claim', missing, field);
  }

  private async requireActors(ids: string[], field: string): Promise<void> {
    const existing = await actorRepository.existing(this.graph, ids);
    const missing = ids.find((id) => !existing.has(id));
    if (missing !== undefined) throw notFound('Actor', missing, field);
  }
}

/**
 * Holds the actors the statement counts under and those the correction names, before the
 * statement, as a merge holds its two actors before their statements: a merge and a correction
 * of one of the source's statements take turns, and the one that goes second reads what the
 * first left (the statement's speaker, chain and outlets, and their counters). A merge that went
 * first may have moved the statement to actors not yet held: they are read again until every
 * one is. An actor the correction names that a merge removed meanwhile is refused, not left out.
 */
async function holdActorsOfStatement(tx: GraphTx, statementId: string, correction: StatementCorrection): Promise<void> {
  const named = [...(correction.speakerId ? [correction.speakerId] : []), ...(correction.chain ?? [])];
  const held = new Set<string>();
  for (;;) {
    const wanted = [...new Set([...(await curationRepository.statementActorIds(tx, statementId)), ...named])].filter((actorId) => !held.has(actorId));
    if (wanted.length === 0) return;
    const existing = await curationRepository.holdActors(tx, wanted);
    const gone = named.find((actorId) => wanted.includes(actorId) && !existing.has(actorId));
    if (gone !== undefined) throw notFound('Actor', gone, gone === correction.speakerId ? 'input.speakerId' : 'input.chain');
    for (const actorId of wanted) held.add(actorId);
  }
}

/** The rebuttal this key stored under `clientRequestId`, made now unless a first call made it. */
async function createRebuttalOnce(tx: GraphTx, rebuttal: NewRebuttal, keyId: string, clientRequestId: string): Promise<RebuttalOnce> {
  const fingerprint = rebuttalFingerprint(rebuttal);
  const stored = await curationRepository.createRebuttalOnce(tx, { ...rebuttal, keyId, clientRequestId, fingerprint });
  if (!stored.created && stored.fingerprint !== fingerprint) {
    throw badInput(
      'input.clientRequestId',
      `was already used by this key for a different rebuttal (${stored.rebuttal.id}); a retry must send the same input, a new rebuttal a new clientRequestId`,
    );
  }
  return stored;
}

/** What a rebuttal says, as a digest: a retry sends the same, a reused clientRequestId does not. */
function rebuttalFingerprint(rebuttal: { claimId: string; verdict: Verdict; label: string | null; summary: string; evidenceUrls: string[] }): string {
  const said = [rebuttal.claimId, rebuttal.verdict, rebuttal.label, rebuttal.summary, rebuttal.evidenceUrls];
  return createHash('sha256').update(JSON.stringify(said)).digest('hex');
}
