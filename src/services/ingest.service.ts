import { randomUUID } from 'node:crypto';
import { ErrorCode } from '../errors/error-code';
import { AppError, badInput } from '../errors/app-error';
import type { Graph, GraphTx } from '../db/graph';
import type { Extraction } from '../extraction/types';
import { readArticleMetadata } from '../extraction/interpretation';
import { contentHash } from '../ingest/content-hash';
import type { ArticleInput } from '../ingest/curated-input';
import { curatedExtraction } from '../ingest/curated-extraction';
import { planIngest, type ArticleRow, type Resolution } from '../ingest/ingest-plan';
import { lucenePhrase, luceneAnyWord } from '../ingest/normalize';
import { ingestLockKeys } from '../ingest/identity-locks';
import { actorCandidateQuery, chooseExistingActor } from '../ingest/resolve-actors';
import { DEFAULT_CLAIM_MATCHING, normalizeClaim, resolveClaim, type ClaimMatching } from '../ingest/resolve-claims';
import { validateArticle } from '../ingest/validate-article';
import { withOutlet } from '../ingest/with-outlet';
import { auditRepository } from '../repositories/audit.repository';
import { ingestRepository } from '../repositories/ingest.repository';
import type { Principal } from '../model/principal';

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
}

/**
 * Ingests one article: all of it in one transaction, or nothing. The same text twice is
 * recognised by its content hash and changes nothing.
 */
export class IngestService {
  constructor(
    private readonly graph: Graph,
    private readonly options: IngestOptions,
  ) {}

  async ingest(input: ArticleInput, principal: Principal | null): Promise<IngestOutcome> {
    validateArticle(input, this.options.maxArticleBytes);
    const hash = contentHash(input.text);
    const curated = Boolean(input.statements?.length || input.actors?.length);
    const extraction = withOutlet(
      curated ? curatedExtraction(input, `curator:${principal?.name ?? 'anonymous'}`) : this.extract(input.text),
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
      publishedAt: input.publishedAt?.toISOString() ?? startOfDay(extraction.publishedAt ?? readArticleMetadata(input.text).publishedAt),
      language: input.language ?? extraction.language,
      ingestedAt: now,
      extractor: extraction.extractor,
    };
    try {
      return await this.graph.writeTransaction((tx) => this.write(tx, extraction, article, principal, input.outlet ?? null));
    } catch (error) {
      // Two clients sent the same text at once: the unique hash let one in; the other sees it now.
      if (error instanceof AppError && error.code === ErrorCode.CONFLICT) {
        const existing = await this.graph.readTransaction((tx) => ingestRepository.findArticleByHash(tx, hash));
        if (existing) return unchanged(existing, extraction.extractor);
      }
      throw error;
    }
  }

  /** Runs the extractor; a text beyond what it accepts is the client's to shorten, not our failure. */
  private extract(text: string): Extraction {
    try {
      return this.options.extract(text);
    } catch (error) {
      if (error instanceof RangeError) throw badInput('input.text', error.message);
      throw error;
    }
  }

  private async write(
    tx: GraphTx,
    extraction: Extraction,
    article: ArticleRow,
    principal: Principal | null,
    outlet: string | null,
  ): Promise<IngestOutcome> {
    // Locks first: an ingest of the same new actor, claim or text that got here earlier has
    // committed by the time they are ours, so the reads below see what it wrote.
    await ingestRepository.lockIdentities(tx, ingestLockKeys(extraction, article.contentHash), article.ingestedAt);
    const existing = await ingestRepository.findArticleByHash(tx, article.contentHash);
    if (existing) return unchanged(existing, extraction.extractor);

    const { joins, ...resolution } = await this.resolve(tx, extraction);
    const plan = planIngest(extraction, article, resolution);
    await ingestRepository.write(tx, plan);
    await ingestRepository.recordActorJoins(tx, article.id, joins, extraction.extractor, article.ingestedAt);
    await auditRepository.record(tx, principal, 'ingestArticle', article.id, {
      contentHash: article.contentHash,
      extractor: extraction.extractor,
      statements: plan.counts.statements,
      outlet,
    });
    return { articleId: article.id, created: true, extractor: extraction.extractor, ...plan.counts };
  }

  /** Finds, for each actor and claim of the extraction, the existing graph node it is, if any. */
  private async resolve(tx: GraphTx, extraction: Extraction): Promise<Resolution & { joins: ActorJoin[] }> {
    const actorQueries = extraction.actors.map((actor) => ({ key: actor.key, query: actorCandidateQuery(actor) }));
    const claimQueries = extraction.claims.map((claim) => ({
      key: claim.key,
      normalizedText: normalizeClaim(claim.text),
      query: luceneAnyWord(claim.text) ?? lucenePhrase(claim.text),
    }));
    const [actorCandidates, claimCandidates] = [
      await ingestRepository.findActorCandidates(tx, actorQueries.filter((q) => q.query)),
      await ingestRepository.findClaimCandidates(tx, claimQueries),
    ];
    const actors = new Map<string, string>();
    const joins: ActorJoin[] = [];
    for (const actor of extraction.actors) {
      const match = chooseExistingActor(actor, actorCandidates.get(actor.key) ?? []);
      if (!match) continue;
      actors.set(actor.key, match.id);
      joins.push({ actorId: match.id, name: actor.name, confidence: match.confidence, match: match.by });
    }
    const claims = new Map<string, string>();
    const similar: Resolution['similar'] = [];
    for (const claim of extraction.claims) {
      const match = resolveClaim(claim, claimCandidates.get(claim.key) ?? [], this.options.claimMatching ?? DEFAULT_CLAIM_MATCHING);
      if (match.same) claims.set(claim.key, match.same.id);
      for (const near of match.similar) similar.push({ claimKey: claim.key, existingId: near.id, score: near.score });
    }
    return { actors, claims, similar, joins };
  }
}

/** An article's name taken for an actor already in the graph (`JOINED`), with the match's confidence. */
interface ActorJoin {
  actorId: string;
  name: string;
  confidence: number;
  match: 'name' | 'surname';
}

/** A YYYY-MM-DD date from the text, as the ISO date-time we store (midnight UTC). */
function startOfDay(date: string | null): string | null {
  return date ? `${date}T00:00:00.000Z` : null;
}

function unchanged(articleId: string, extractor: string): IngestOutcome {
  return { articleId, created: false, statements: 0, claims: 0, newClaims: 0, actors: 0, newActors: 0, extractor };
}
