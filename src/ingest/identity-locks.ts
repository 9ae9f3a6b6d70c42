import { createHash } from 'node:crypto';
import type { Extraction } from '../extraction/types';
import { normalizeName } from './normalize';
import { actorLockKeys } from './resolve-actors';
import { normalizeClaim } from './resolve-claims';

/**
 * The locks an ingest takes before it reads the graph, so that two concurrent ingests of the
 * same new actor, claim or topic create one node: the second waits for the first to commit
 * and then, reading committed data (Neo4j's READ COMMITTED), finds the first one's node. The
 * article's own content hash is one of them, so the same text sent twice meets itself here.
 *
 * Keys are hashed (a claim text may exceed what a unique index accepts) and sorted, and taken in
 * one statement: two ingests take their shared locks in the same order and so wait rather than
 * deadlock. A claim is keyed by its normalised text only: two paraphrases ingested at the same
 * instant may still become two claims (joined later by SIMILAR_TO), never a broken write.
 */
export function ingestLockKeys(extraction: Extraction, contentHash: string): string[] {
  const keys = new Set<string>([`article:${contentHash}`]);
  for (const actor of extraction.actors) for (const key of actorLockKeys(actor)) keys.add(key);
  for (const claim of extraction.claims) {
    keys.add(`claim:${normalizeClaim(claim.text)}`);
    for (const topic of claim.topics) keys.add(`topic:${normalizeName(topic)}`);
  }
  return [...new Set([...keys].map(hashKey))].sort();
}

/**
 * The locks an ingest naming any of these actors takes on them (as `ingestLockKeys` hashes and
 * sorts them): what a curation write that removes an actor takes too, so that it and such an
 * ingest wait for each other.
 */
export function actorIngestLockKeys(actors: ReadonlyArray<Parameters<typeof actorLockKeys>[0]>): string[] {
  return [...new Set(actors.flatMap((actor) => actorLockKeys(actor)).map(hashKey))].sort();
}

function hashKey(key: string): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 32);
}
