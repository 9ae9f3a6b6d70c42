import { randomUUID } from 'node:crypto';
import { ErrorCode } from '../errors/error-code';
import { AppError, badInput } from '../errors/app-error';
import type { Graph, GraphTx } from '../db/graph';
import { NO_EVENTS, type EventPublisher, type GraphEvent } from '../events/graph-events';
import type { Extraction } from '../extraction/types';
import { readArticleMetadata } from '../extraction/interpretation';
import { contentHash } from '../ingest/content-hash';
import type { ArticleInput } from '../ingest/curated-input';
import { curatedExtraction } from '../ingest/curated-extraction';
import type { ExtractionPool } from '../ingest/extraction-pool';
import { BatchIdentities } from '../ingest/batch-identities';
import { articleTime, planIngest, type ArticleRow, type IngestPlan, type Resolution } from '../ingest/ingest-plan';
import { claimBandKeys } from '../ingest/claim-keys';
import { ClaimTextCache } from '../ingest/claim-text-cache';
import { ingestLockKeys } from '../ingest/identity-locks';
import { planEvents } from '../ingest/plan-events';
import { actorIdentityKeys, actorLookupKeys, chooseExistingActor, type ActorCandidate } from '../ingest/resolve-actors';
import { DEFAULT_CLAIM_MATCHING, normalizeClaim, resolveClaim, type ClaimCandidate, type ClaimMatching } from '../ingest/resolve-claims';
import { validateArticle } from '../ingest/validate-article';
import { withOutlet } from '../ingest/with-outlet';
import { ingestRepository } from '../repositories/ingest.repository';
import { IdentityKeyBackfill } from './identity-key-backfill';
import type { Principal } from '../model/principal';
import { articlesIngested, statementsWritten } from '../metrics/metrics';

/** Automatic extraction: article text in, who-said-what out (pure). */
export type Extractor = (text: string) => Extraction;

export interface IngestOutcome {
  articleId: string;
  created: boolean;
  statements: number;
  claims: number;
  newClaims: number;
  actors: number;
  newActors: number;
  extractor: string;
}

export interface IngestOptions {
  maxArticleBytes: number;
  /** Runs when no curated statements are given. */
  extract: Extractor;
  /** How claims are matched across articles; the extraction stage's measure when absent. */
  claimMatching?: ClaimMatching;
  /** Told of each statement and COUNTERS link once its transaction has committed. */
  events?: EventPublisher;
}

/** An article ready to be written: validated, hashed and extracted (the CPU-bound part, done before the transaction). */
export interface PreparedArticle {
  article: ArticleRow;
  extraction: Extraction;
  /** The outlet the client named, for the audit trail. */
  outlet: string | null;
  lockKeys: string[];
  /** Each claim's lookup keys, computed with the lock keys, before the transaction. */
  claimKeys: ClaimLookup[];
}

/** What a claim's candidates are read by: its normalised text, its band keys, and its article's time (the nearest claims of a key). */
interface ClaimLookup {
  key: string;
  normalizedText: string;
  bands: readonly string[];
  at: string;
}

/** One article's result in a batch: its outcome, or the error that kept it out (the others are unaffected). */
export type BatchOutcome = { ok: true; outcome: IngestOutcome } | { ok: false; error: Error };

/**
 * Ingests articles: each all in or not at all. The same text twice is recognised by its content
 * hash and changes nothing. Several articles can go in one transaction (`ingestPrepared`), the
 * archive path: one round trip per kind of write for the whole batch instead of per article.
 */
export class IngestService {
  constructor(
    private readonly graph: Graph,
    private readonly options: IngestOptions,
  ) {
    this.keys = new IdentityKeyBackfill(graph);
  }

  async ingest(input: ArticleInput, principal: Principal | null): Promise<IngestOutcome> {
    const [result] = await this.ingestPrepared([this.prepare(input, principal)], principal);
    if (!result) throw new Error('ingest answered no outcome');
    if (!result.ok) throw result.error;
    return result.outcome;
  }

  /**
   * Validates and extracts an article (a bad input throws here, naming the field). `extraction`
   * is the automatic extractor's result, or its error, when the caller ran it already (on a
   * worker thread); a text the extractor refused as too long is the client's to shorten.
   */
  prepare(input: ArticleInput, principal: Principal | null, extraction?: Extraction | Error): PreparedArticle {
    validateArticle(input, this.options.maxArticleBytes);
    if (extraction instanceof Error) throw asClientError(extraction);
    const hash = contentHash(input.text);
    const curated = Boolean(input.statements?.length || input.actors?.length);
    const extracted = withOutlet(
      curated
        ? curatedExtraction(input, `curator:${principal?.name ?? 'anonymous'}`)
        : (extraction ?? this.extract(input.text)),
      input.outlet,
    );
    const now = new Date().toISOString();
    const article: ArticleRow = {
      id: randomUUID(),
      text: input.text,
      contentHash: hash,
      url: input.url ?? null,
      title: input.title ?? null,
      author: input.author ?? null,
      publishedAt: input.publishedAt?.toISOString() ?? startOfDay(extracted.publishedAt ?? readArticleMetadata(input.text).publishedAt),
      language: input.language ?? extracted.language,
      ingestedAt: now,
      extractor: extracted.extractor,
    };
    return {
      article,
      extraction: extracted,
      outlet: input.outlet ?? null,
      lockKeys: ingestLockKeys(extracted, hash),
      claimKeys: extracted.claims.map((claim) => ({ key: claim.key, normalizedText: normalizeClaim(claim.text), bands: claimBandKeys(claim.text), at: articleTime(article) })),
    };
  }

  /**
   * Writes prepared articles in one transaction. Should it fail, each article is retried in a
   * transaction of its own, so one bad article neither loses nor half-writes another; the
   * outcomes come back in the order given.
   */
  async ingestPrepared(batch: PreparedArticle[], principal: Principal | null): Promise<BatchOutcome[]> {
    return (await this.writeBatch(batch, principal)).results;
  }

  /** `ingestPrepared`, telling an archive ingest's pipeline which try of the batch's transaction committed it whole, if one did. */
  private async writeBatch(batch: PreparedArticle[], principal: Principal | null, pipe?: Pipe): Promise<{ results: BatchOutcome[]; committed?: Attempt }> {
    await this.keys.ready();
    const written = await this.writeOrSplit(batch, principal, pipe);
    countIngests(written.results);
    return written;
  }

  private async writeOrSplit(batch: PreparedArticle[], principal: Principal | null, pipe?: Pipe): Promise<{ results: BatchOutcome[]; committed?: Attempt }> {
    if (batch.length === 0) return { results: [] };
    if (batch.length > 1) {
      try {
        const { outcomes, events, attempt } = await this.graph.writeTransaction((tx) => this.write(tx, batch, principal, pipe));
        this.announce(events);
        return { results: outcomes.map((outcome) => ({ ok: true, outcome })), committed: attempt };
      } catch (error) {
        // A database that does not answer will not answer article by article either.
        if (isUnavailable(error)) return { results: batch.map(() => ({ ok: false, error: error as Error })) };
        const results: BatchOutcome[] = [];
        for (const article of batch) results.push(...(await this.writeOrSplit([article], principal)).results);
        return { results };
      }
    }
    const only = batch[0] as PreparedArticle;
    try {
      const { outcomes, events, attempt } = await this.graph.writeTransaction((tx) => this.write(tx, batch, principal, pipe));
      this.announce(events);
      return { results: [{ ok: true, outcome: outcomes[0] as IngestOutcome }], committed: attempt };
    } catch (error) {
      // Two clients sent the same text at once: the unique hash let one in; the other sees it now.
      if (error instanceof AppError && error.code === ErrorCode.CONFLICT) {
        const existing = await this.graph
          .readTransaction((tx) => ingestRepository.findArticleByHash(tx, only.article.contentHash))
          .catch(() => null);
        if (existing) return { results: [{ ok: true, outcome: unchanged(existing, only.extraction.extractor) }] };
      }
      return { results: [{ ok: false, error: error as Error }] };
    }
  }

  /**
   * The archive path: extracts the articles on the pool's threads while it writes the ones
   * already extracted. Each writer takes the next article and every following one extracted by
   * then, up to `batch`, into one transaction, so batches grow when extraction runs ahead. Every
   * article's result (or the reason it was refused) goes to `onResult` with its index.
   *
   * Each writer works as a pipeline: once batch k holds its locks, it takes batch k+1, reads
   * its candidates and, once k's plan is final, resolves and plans it, all while k writes and
   * commits; batch k+1's transaction then only locks, checks and writes (`Pipe`).
   *
   * When the database stops answering, the writers stop: what they committed is whole (each
   * transaction is), the rest is not attempted, and the answer says how many were left and why,
   * so that the caller can run the same ingest again once the database is back.
   */
  async ingestMany(
    inputs: Array<ArticleInput | Error>,
    principal: Principal | null,
    options: { pool: ExtractionPool; batch: number; concurrency: number; onResult: (index: number, result: BatchOutcome) => void },
  ): Promise<{ stoppedBy?: AppError; notAttempted: number }> {
    let stoppedBy: AppError | undefined;
    const ready: Array<Prepared | undefined> = [];
    const readies = inputs.map((input, i) =>
      (async (): Promise<Prepared> => {
        if (input instanceof Error) return { index: i, error: input };
        const automatic = !(input.statements?.length || input.actors?.length);
        const extraction = automatic ? await options.pool.extract(input.text).catch((error: Error) => error) : undefined;
        try {
          return { index: i, prepared: this.prepare(input, principal, extraction) };
        } catch (error) {
          return { index: i, error: error as Error };
        }
      })().then((prepared) => (ready[i] = prepared)),
    );
    let next = 0;
    /** The next article and every following one extracted by now, up to a batch; refused ones are reported here. */
    const take = async (): Promise<Writable[]> => {
      const batch = [await (readies[next++] as Promise<Prepared>)];
      while (batch.length < options.batch && next < inputs.length && ready[next]) batch.push(ready[next++] as Prepared);
      const writable: Writable[] = [];
      for (const item of batch) {
        if ('error' in item) {
          countIngests([{ ok: false, error: item.error }]);
          options.onResult(item.index, { ok: false, error: item.error });
        } else writable.push(item);
      }
      return writable;
    };
    const writer = async () => {
      const pipe: Pipe = {};
      // The next batch, taken once the current one held its locks, and the try it was read against.
      const following: { batch?: Promise<Upcoming>; readFrom?: Attempt } = {};
      pipe.onLocked = (attempt) => {
        // Only the first try starts the next batch; should another try commit, its plan is not used.
        if (following.batch || stoppedBy || next >= inputs.length) return;
        following.readFrom = attempt;
        following.batch = take().then((taken) => ({ batch: taken, ahead: this.planAhead(taken.map((w) => w.prepared), attempt) }));
      };
      while (!stoppedBy) {
        let batch: Writable[];
        if (following.batch) {
          const taken = await following.batch;
          batch = taken.batch;
          pipe.ahead = await taken.ahead;
        } else if (next < inputs.length) {
          batch = await take();
          pipe.ahead = undefined;
        } else break;
        following.batch = undefined;
        const { results, committed } = await this.writeBatch(batch.map((w) => w.prepared), principal, pipe);
        results.forEach((result, i) => {
          if (!result.ok && isUnavailable(result.error)) stoppedBy = result.error as AppError;
          options.onResult((batch[i] as Writable).index, result);
        });
        // Batch k+1 was read against batch k's first try; any other outcome leaves it to read inside its own transaction.
        // (The cast: the compiler does not see `onLocked` set it during the write.)
        const pending = following.batch as Promise<Upcoming> | undefined;
        if (pending && (committed === undefined || committed !== following.readFrom)) {
          following.batch = pending.then(({ batch: taken, ahead }) => {
            void ahead?.catch(() => undefined);
            return { batch: taken, ahead: undefined };
          });
        }
      }
      // Taken but not written (the database stopped answering): not attempted.
      if (following.batch) unwritten += (await following.batch).batch.length;
    };
    let unwritten = 0;
    await Promise.all(Array.from({ length: options.concurrency }, writer));
    return { stoppedBy, notAttempted: inputs.length - next + unwritten };
  }

  /**
   * Batch k+1's plan, made while batch k writes: its stored texts and candidates read in a read
   * transaction begun once k held its locks, then, once k's plan is final, resolved against the
   * graph and what k writes (`BatchIdentities.carryOver`). `write` uses it only if k committed
   * in that try and no key of k+1 was locked since by anyone but k.
   */
  private async planAhead(batch: PreparedArticle[], after: Attempt): Promise<BatchPlan | undefined> {
    try {
      const { lockWriters, stored, candidates } = await this.graph.readTransaction(async (tx) => {
        // First: every write under a lock named here has committed, so the reads below see it.
        const lockWriters = await ingestRepository.findLockWriters(tx, lockKeysOf(batch));
        const stored = await ingestRepository.findArticlesByHashes(tx, batch.map((p) => p.article.contentHash));
        return { lockWriters, stored, candidates: await this.findCandidates(tx, freshOf(batch, stored).fresh) };
      });
      const before = await after.planned;
      return { ...this.planBatch(batch, stored, candidates, before.carryOver()), lockWriters, after: after.writer };
    } catch {
      // Nothing is lost: the batch reads inside its own transaction, as a single ingest does.
      return undefined;
    }
  }

  private readonly keys: IdentityKeyBackfill;

  private readonly claimTexts = new ClaimTextCache();

  private extract(text: string): Extraction {
    try {
      return this.options.extract(text);
    } catch (error) {
      throw asClientError(error);
    }
  }

  /** Only after the commit: a rolled-back write, or one retried, announces nothing it did not keep. */
  private announce(events: GraphEvent[]): void {
    const bus = this.options.events ?? NO_EVENTS;
    for (const event of events) bus.publish(event);
  }

  private async write(
    tx: GraphTx,
    batch: PreparedArticle[],
    principal: Principal | null,
    pipe?: Pipe,
  ): Promise<{ outcomes: IngestOutcome[]; events: GraphEvent[]; attempt?: Attempt }> {
    // Locks first: an ingest of the same new actor, claim or text that got here earlier has
    // committed by the time they are ours, so the reads below see what it wrote.
    const writer = randomUUID();
    const lastWriters = await ingestRepository.lockIdentities(tx, lockKeysOf(batch), batch[0]?.article.ingestedAt ?? new Date().toISOString(), writer);
    const attempt = pipe ? new Attempt(writer) : undefined;
    if (attempt) pipe?.onLocked?.(attempt);
    let planned: BatchPlan;
    try {
      const stored = await ingestRepository.findArticlesByHashes(tx, batch.map((p) => p.article.contentHash));
      // A plan read ahead stands when nothing it read can have changed since: every key of the
      // batch was last locked by whoever had locked it when the reads began (whose writes they
      // saw) or by the batch before (whose writes are in the carry-over), and the stored texts
      // are the same. Anyone else's lock since means writes those reads may have missed.
      const ahead = pipe?.ahead;
      planned =
        ahead && [...lastWriters].every(([key, last]) => last === (ahead.lockWriters.get(key) ?? null) || last === ahead.after) && sameEntries(ahead.stored, stored)
          ? ahead
          : this.planBatch(batch, stored, await this.findCandidates(tx, freshOf(batch, stored).fresh));
      attempt?.settle(planned.identities);
    } catch (error) {
      attempt?.fail(error);
      throw error;
    }
    const { plans, joins, stored, firstOfHash } = planned;
    await ingestRepository.write(tx, [...plans.values()]);
    await ingestRepository.recordActorJoins(tx, joins);
    await ingestRepository.recordAuditEvents(
      tx,
      [...plans.entries()].map(([prepared, plan]) => ({
        id: randomUUID(),
        action: 'ingestArticle',
        at: new Date().toISOString(),
        keyId: principal?.keyId ?? null,
        keyName: principal?.name ?? null,
        role: principal?.role ?? null,
        targetId: plan.article.id,
        details: JSON.stringify({
          contentHash: plan.article.contentHash,
          extractor: prepared.extraction.extractor,
          statements: plan.counts.statements,
          outlet: prepared.outlet,
        }),
      })),
    );
    const outcomes = batch.map((prepared) => {
      const plan = plans.get(prepared);
      if (plan) return { articleId: plan.article.id, created: true, extractor: prepared.extraction.extractor, ...plan.counts };
      const id = stored.get(prepared.article.contentHash) ?? (firstOfHash.get(prepared.article.contentHash) as PreparedArticle).article.id;
      return unchanged(id, prepared.extraction.extractor);
    });
    return { outcomes, events: [...plans.values()].flatMap(planEvents), attempt };
  }

  /**
   * Resolves and plans the batch's new articles against the graph's candidates and, for an
   * archive ingest's batch read ahead, what the previous batch writes (`carried`). Texts already
   * stored, or given twice in this batch, are UNCHANGED; the rest are planned in order, each
   * seeing the ones before it (`BatchIdentities`).
   */
  private planBatch(batch: PreparedArticle[], stored: Map<string, string>, candidates: Candidates, carried = new BatchIdentities()): BatchPlan {
    const { fresh, firstOfHash } = freshOf(batch, stored);
    const identities = carried;
    const plans = new Map<PreparedArticle, IngestPlan>();
    const joins: ActorJoinRow[] = [];
    for (const [i, prepared] of fresh.entries()) {
      const { joins: articleJoins, graphActors, ...resolution } = this.resolve(prepared.extraction, i, candidates, identities);
      const plan = planIngest(prepared.extraction, prepared.article, resolution);
      identities.record(plan, graphActors);
      plans.set(prepared, plan);
      for (const join of articleJoins) {
        joins.push({ ...join, articleId: prepared.article.id, by: prepared.extraction.extractor, now: prepared.article.ingestedAt });
      }
    }
    return { stored, firstOfHash, plans, joins, identities, lockWriters: new Map(), after: null };
  }

  /** The graph's candidates for every actor and claim of the batch, in two round trips; keys are `article:key`. */
  private async findCandidates(tx: GraphTx, batch: PreparedArticle[]): Promise<Candidates> {
    const actorKeys = new Map<string, string[]>();
    for (const [i, p] of batch.entries()) for (const actor of p.extraction.actors) actorKeys.set(`${i}:${actor.key}`, actorLookupKeys(actor));
    const claimQueries = batch.flatMap((p, i) => p.claimKeys.map((claim) => ({ ...claim, key: `${i}:${claim.key}` })));
    // The batch's names share keys ("person:trump" in half its articles): each is read once.
    const byKey = await ingestRepository.findActorCandidates(tx, [...new Set([...actorKeys.values()].flat())]);
    const actors = new Map<string, ActorCandidate[]>();
    for (const [key, keys] of actorKeys) {
      const found = new Map<string, ActorCandidate>();
      for (const k of keys) for (const candidate of byKey.get(k) ?? []) found.set(candidate.id, candidate);
      actors.set(key, [...found.values()]);
    }
    return { actors, claims: await this.findClaimCandidates(tx, claimQueries) };
  }

  /** Candidate ids from the graph; the texts of those this process has not read before, in one more round trip. */
  private async findClaimCandidates(tx: GraphTx, claims: ClaimLookup[]): Promise<Map<string, ClaimCandidate[]>> {
    const ids = await ingestRepository.findClaimCandidateIds(tx, claims);
    const fetched = new Map((await ingestRepository.findClaimsByIds(tx, this.claimTexts.missing([...ids.values()].flat()))).map((c) => [c.id, c]));
    const candidates = new Map<string, ClaimCandidate[]>();
    for (const [key, list] of ids) {
      candidates.set(key, list.map((id) => (fetched.get(id) ?? this.claimTexts.get(id)) as ClaimCandidate));
    }
    this.claimTexts.add([...fetched.values()]);
    return candidates;
  }

  /** Finds, for each actor and claim of article `i` of a batch, the existing node it is, if any. */
  private resolve(
    extraction: Extraction,
    i: number,
    candidates: Candidates,
    identities: BatchIdentities,
  ): Resolution & { joins: ActorJoin[]; graphActors: ActorCandidate[] } {
    const actors = new Map<string, string>();
    const joins: ActorJoin[] = [];
    const graphActors: ActorCandidate[] = [];
    const linkedKeys = new Map<string, ReadonlySet<string>>();
    for (const actor of extraction.actors) {
      const fromGraph = candidates.actors.get(`${i}:${actor.key}`) ?? [];
      graphActors.push(...fromGraph);
      const offered = identities.actorCandidates(actor, fromGraph);
      const match = chooseExistingActor(actor, offered);
      if (!match) continue;
      actors.set(actor.key, match.id);
      // Its names' keys are linked already (in the graph, or by an earlier row of this batch's write).
      const existing = offered.find((c) => c.id === match.id);
      if (existing) linkedKeys.set(actor.key, new Set(actorIdentityKeys(existing)));
      joins.push({ actorId: match.id, name: actor.name, confidence: match.confidence, match: match.by });
    }
    const claims = new Map<string, string>();
    const similar: Resolution['similar'] = [];
    for (const claim of extraction.claims) {
      const fromGraph = candidates.claims.get(`${i}:${claim.key}`) ?? [];
      const match = resolveClaim(claim, identities.claimCandidates(claim, fromGraph), this.options.claimMatching ?? DEFAULT_CLAIM_MATCHING);
      if (match.same) claims.set(claim.key, match.same.id);
      for (const near of match.similar) similar.push({ claimKey: claim.key, existingId: near.id, score: near.score });
    }
    return { actors, claims, similar, linkedKeys, joins, graphActors };
  }
}

/** An article of `ingestMany`, prepared or refused. */
type Prepared = { index: number; prepared: PreparedArticle } | { index: number; error: Error };
type Writable = Extract<Prepared, { prepared: PreparedArticle }>;

/** An archive writer's next batch, taken while the last one wrote, with its plan if it was read ahead. */
interface Upcoming {
  batch: Writable[];
  ahead: Promise<BatchPlan | undefined> | undefined;
}

/** What a batch's transaction decided before writing: which texts are new, each new article's plan, and its joins. */
interface BatchPlan {
  /** Stored articles by content hash, as the plan's reads found them. */
  stored: Map<string, string>;
  firstOfHash: Map<string, PreparedArticle>;
  plans: Map<PreparedArticle, IngestPlan>;
  joins: ActorJoinRow[];
  /** What the plan resolves to and writes: the next batch's carry-over. */
  identities: BatchIdentities;
  /** For a plan read ahead: who had last locked each key when its reads began, and the try of the batch before, whose writes it carries. */
  lockWriters: Map<string, string | null>;
  after: string | null;
}

/** How an archive writer's batch goes through `write`: with its plan read ahead, telling the next batch when it may read. */
interface Pipe {
  ahead?: BatchPlan;
  onLocked?: (attempt: Attempt) => void;
}

/**
 * One try of a batch's transaction, from the moment it holds its locks: its final plan's
 * identities, once decided. A transaction the driver retries is a new try; the next batch
 * trusts what it read only if the try it read against is the one that committed.
 */
class Attempt {
  readonly planned: Promise<BatchIdentities>;
  settle!: (identities: BatchIdentities) => void;
  fail!: (error: unknown) => void;
  /** The name this try locks under. */
  constructor(readonly writer: string) {
    this.planned = new Promise<BatchIdentities>((resolve, reject) => {
      this.settle = resolve;
      this.fail = reject;
    });
    this.planned.catch(() => undefined); // a failed try is seen by its transaction; the next batch only drops its plan
  }
}

/** The identity keys a batch locks, each once, in the order every ingest takes them. */
function lockKeysOf(batch: PreparedArticle[]): string[] {
  return [...new Set(batch.flatMap((p) => p.lockKeys))].sort();
}

/** The batch's texts that are not stored yet, each once (the first of each hash). */
function freshOf(batch: PreparedArticle[], stored: Map<string, string>): { fresh: PreparedArticle[]; firstOfHash: Map<string, PreparedArticle> } {
  const firstOfHash = new Map<string, PreparedArticle>();
  const fresh = batch.filter((p) => {
    if (stored.has(p.article.contentHash) || firstOfHash.has(p.article.contentHash)) return false;
    firstOfHash.set(p.article.contentHash, p);
    return true;
  });
  return { fresh, firstOfHash };
}

function sameEntries(a: Map<string, string>, b: Map<string, string>): boolean {
  return a.size === b.size && [...a].every(([key, value]) => b.get(key) === value);
}

interface Candidates {
  actors: Map<string, ActorCandidate[]>;
  claims: Map<string, ClaimCandidate[]>;
}

type ActorJoinRow = ActorJoin & { articleId: string; by: string; now: string };

/** An article's name taken for an actor already in the graph (`JOINED`), with the match's confidence. */
interface ActorJoin {
  actorId: string;
  name: string;
  confidence: number;
  match: 'name' | 'surname';
}

/** Counts each article's outcome, once it is final, into the ingest metrics. */
function countIngests(results: BatchOutcome[]): void {
  for (const result of results) {
    if (!result.ok) articlesIngested.inc({ status: 'FAILED' });
    else if (!result.outcome.created) articlesIngested.inc({ status: 'UNCHANGED' });
    else {
      articlesIngested.inc({ status: 'CREATED' });
      statementsWritten.inc(result.outcome.statements);
    }
  }
}

/** A YYYY-MM-DD date from the text, as the ISO date-time we store (midnight UTC). */
function startOfDay(date: string | null): string | null {
  return date ? `${date}T00:00:00.000Z` : null;
}

function unchanged(articleId: string, extractor: string): IngestOutcome {
  return { articleId, created: false, statements: 0, claims: 0, newClaims: 0, actors: 0, newActors: 0, extractor };
}

/**
 * The extractor refuses a text beyond what it accepts (a RangeError): the client's to shorten,
 * not our failure; `field` is where the client gave the text.
 */
export function asClientError(error: unknown, field = 'input.text'): unknown {
  return error instanceof RangeError ? badInput(field, error.message) : error;
}

function isUnavailable(error: unknown): boolean {
  return error instanceof AppError && error.code === ErrorCode.UNAVAILABLE;
}
