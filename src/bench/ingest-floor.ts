import { randomUUID } from 'node:crypto';
import type { Graph } from '../db/graph';
import type { Extraction } from '../extraction/types';
import { normalizeName } from '../ingest/normalize';
import { statementSortKey } from '../model/statement-sort-key';
import { cpuSecondsOf } from './process-cpu';

export interface IngestFloor {
  articles: number;
  /** Seconds of writing, extraction excluded. */
  seconds: number;
  /** CPU seconds of Neo4j over the writes; null when its pid is not known. */
  neo4jCpu: number | null;
}

/**
 * The ingest floor (`npm run bench:ingest -- --floor`): the extracted articles written with one
 * hand-written query per batch (cypher/bench/floor-ingest.cypher), the same graph with nothing
 * resolved, merged by similarity, counted or locked. What Neo4j's writes cost for these articles,
 * beside which ingest's own figures are read. Extraction is done first and not timed.
 */
export async function measureIngestFloor(graph: Graph, extractions: Array<{ text: string; extraction: Extraction }>, options: { batch: number; neo4jPid?: number }): Promise<IngestFloor> {
  const now = new Date().toISOString();
  const articles = extractions.map(({ text, extraction }) => floorArticle(text, extraction, now));
  const cpu = () => (options.neo4jPid === undefined ? null : cpuSecondsOf(options.neo4jPid));
  const cpuBefore = cpu();
  const start = process.hrtime.bigint();
  for (let i = 0; i < articles.length; i += options.batch) {
    const batch = articles.slice(i, i + options.batch);
    await graph.writeTransaction((tx) => tx.run('bench/floor-ingest', { articles: batch, extractor: 'ingest-floor', now }));
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const cpuAfter = cpu();
  return { articles: articles.length, seconds, neo4jCpu: cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore };
}

/** One article as the floor's query takes it: actors and claims keyed by their folded text, in a namespace of their own. */
function floorArticle(text: string, extraction: Extraction, now: string) {
  const id = randomUUID();
  const at = extraction.publishedAt ? `${extraction.publishedAt}T00:00:00.000Z` : now;
  const actorId = new Map(extraction.actors.map((actor) => [actor.key, `floor:${actor.type}:${normalizeName(actor.name)}`]));
  const claimId = new Map(extraction.claims.map((claim) => [claim.key, `floor:${claim.text.toLowerCase()}`]));
  return {
    id,
    text,
    at,
    language: extraction.language,
    outletId: extraction.outletKey ? (actorId.get(extraction.outletKey) ?? null) : null,
    actors: extraction.actors.map((actor) => ({ id: actorId.get(actor.key), name: actor.name, aliases: actor.aliases, type: actor.type })),
    claims: extraction.claims.map((claim) => ({ id: claimId.get(claim.key), text: claim.text })),
    statements: extraction.statements.map((statement) => {
      const statementId = randomUUID();
      return {
        id: statementId,
        quote: statement.quote,
        kind: statement.kind,
        start: statement.span.start,
        end: statement.span.end,
        confidence: statement.confidence,
        speakerId: statement.speakerKey ? (actorId.get(statement.speakerKey) ?? null) : null,
        sortKey: statementSortKey({ at, articleId: id, start: statement.span.start, id: statementId }),
        via: statement.via.map((key) => actorId.get(key)).filter((key) => key !== undefined),
        claimId: statement.claimKey ? (claimId.get(statement.claimKey) ?? null) : null,
      };
    }),
  };
}
