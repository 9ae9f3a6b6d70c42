import { randomUUID } from 'node:crypto';
import { invariant } from '../errors/invariant';
import type { Extraction } from '../extraction/types';
import { actorIdentityKeys, actorSpellings } from './resolve-actors';
import { normalizeClaim } from './resolve-claims';
import { claimBandProps } from './claim-keys';
import { normalizeName } from './normalize';
import { statementSortKey } from '../model/statement-sort-key';

export interface ArticleRow {
  id: string;
  text: string;
  contentHash: string;
  url: string | null;
  title: string | null;
  author: string | null;
  publishedAt: string | null;
  language: string;
  ingestedAt: string;
  extractor: string;
}

/** When an article's statements were made, as its statements and new claims record it: its publication date, else its ingest. */
export function articleTime(article: ArticleRow): string {
  return article.publishedAt ?? article.ingestedAt;
}

/** Which existing graph node each extraction key was resolved to (absent: create a new one). */
export interface Resolution {
  actors: Map<string, string>;
  claims: Map<string, string>;
  /** Near-duplicate wording below the merge threshold: SIMILAR_TO edges to existing claims. */
  similar: Array<{ claimKey: string; existingId: string; score: number }>;
  /** The identity keys an existing actor is already linked to, by extraction key: not written again. */
  linkedKeys?: Map<string, ReadonlySet<string>>;
}

/**
 * The parameters of every batched write for one article, derived from its extraction. Each row
 * names its article and time, so that the rows of several articles can go in one write.
 */
export interface IngestPlan {
  article: ArticleRow;
  outletId: string | null;
  /**
   * `keys`: the identity keys of the row's names (`actorIdentityKeys`), linked when written.
   * `created`: the row makes a new node (its id is new); the others join an actor written before.
   */
  actors: Array<{ id: string; props: Record<string, unknown>; now: string; keys: string[]; created: boolean }>;
  roles: Array<{ personId: string; ofId: string; title: string; provenance: Record<string, unknown> }>;
  partOf: Array<{ childId: string; parentId: string; provenance: Record<string, unknown> }>;
  /** `created` as for actors. */
  claims: Array<{ id: string; props: Record<string, unknown>; created: boolean }>;
  statements: Array<{
    articleId: string;
    props: Record<string, unknown>;
    claimId: string | null;
    speakerId: string | null;
    /** The statement's sort key as its speaker's MADE holds it (src/model/statement-sort-key.ts). */
    sortKey: string;
    sourceStart: number | null;
    sourceEnd: number | null;
    via: Array<{ actorId: string; hop: number }>;
  }>;
  reports: Array<{ fromId: string; toId: string; extractor: string; now: string }>;
  relations: Array<{ fromId: string; toId: string; relation: string; props: Record<string, unknown> }>;
  topics: Array<{ id: string; name: string; normalizedName: string; claimIds: string[]; by: string; now: string }>;
  similar: Array<{ fromId: string; toId: string; score: number; by: string; now: string }>;
  counts: { statements: number; claims: number; newClaims: number; actors: number; newActors: number };
}

/** Assigns ids and provenance, and lays an extraction out as rows for the batched writes. */
export function planIngest(extraction: Extraction, article: ArticleRow, resolution: Resolution): IngestPlan {
  const now = article.ingestedAt;
  const at = articleTime(article);
  const by = extraction.extractor;
  const provenance = { articleId: article.id, extractor: by, createdAt: now };

  const actorIds = new Map<string, string>();
  const actors = extraction.actors.map((actor) => {
    const existing = resolution.actors.get(actor.key);
    const id = existing ?? randomUUID();
    actorIds.set(actor.key, id);
    return {
      id,
      now,
      created: existing === undefined,
      keys: actorIdentityKeys(actor).filter((key) => !resolution.linkedKeys?.get(actor.key)?.has(key)),
      props: {
        id,
        type: actor.type,
        name: actor.name,
        normalizedName: normalizeName(actor.name),
        aliases: actor.aliases,
        normalizedNames: actorSpellings(actor),
        description: actor.description ?? null,
        kind: actor.kind ?? null,
        collective: actor.collective ?? false,
        confidence: actor.confidence,
        extractor: by,
        articleId: article.id,
      },
    };
  });
  const actorId = (key: string) => lookup(actorIds, key, 'actor');

  const claimIds = new Map<string, string>();
  const claims = extraction.claims.map((claim) => {
    const existing = resolution.claims.get(claim.key);
    const id = existing ?? randomUUID();
    claimIds.set(claim.key, id);
    return {
      id,
      created: existing === undefined,
      props: {
        id,
        text: claim.text,
        normalizedText: normalizeClaim(claim.text),
        ...claimBandProps(claim.text),
        firstSeenAt: at,
        confidence: claim.confidence,
        extractor: by,
        articleId: article.id,
        createdAt: now,
      },
    };
  });
  const claimId = (key: string) => lookup(claimIds, key, 'claim');

  const statementIds = new Map(extraction.statements.map((s) => [s.key, randomUUID()]));
  const statements = extraction.statements.map((s) => ({
    articleId: article.id,
    props: {
      id: statementIds.get(s.key),
      quote: s.quote,
      kind: s.kind,
      cue: s.cue,
      hedged: s.hedged,
      confidence: s.confidence,
      extractor: by,
      start: s.span.start,
      end: s.span.end,
      articleId: article.id,
      at,
      createdAt: now,
      // Kept as written: a source that names no entity ("a source said") makes no Actor, and
      // this is then the only record of who spoke.
      sourceText: s.sourceSpan ? article.text.slice(s.sourceSpan.start, s.sourceSpan.end) : null,
      sourceStart: s.sourceSpan?.start ?? null,
      sourceEnd: s.sourceSpan?.end ?? null,
      cueStart: s.cueSpan?.start ?? null,
      cueEnd: s.cueSpan?.end ?? null,
    },
    claimId: s.claimKey === null ? null : claimId(s.claimKey),
    speakerId: s.speakerKey ? actorId(s.speakerKey) : null,
    sortKey: statementSortKey({ at, articleId: article.id, start: s.span.start, id: statementIds.get(s.key) as string }),
    sourceStart: s.sourceSpan?.start ?? null,
    sourceEnd: s.sourceSpan?.end ?? null,
    via: s.via.map((key, i) => ({ actorId: actorId(key), hop: i + 1 })),
  }));

  const topicsByName = new Map<string, { name: string; claimIds: Set<string> }>();
  for (const claim of extraction.claims) {
    for (const name of claim.topics) {
      const normalized = normalizeName(name);
      const topic = topicsByName.get(normalized) ?? { name, claimIds: new Set<string>() };
      topic.claimIds.add(claimId(claim.key));
      topicsByName.set(normalized, topic);
    }
  }

  return {
    article,
    outletId: extraction.outletKey ? actorId(extraction.outletKey) : null,
    actors,
    roles: extraction.actors.flatMap((actor) =>
      actor.roles.map((role) => ({ personId: actorId(actor.key), ofId: actorId(role.ofKey), title: role.title, provenance })),
    ),
    partOf: extraction.actors
      .filter((actor) => actor.partOfKey)
      .map((actor) => ({ childId: actorId(actor.key), parentId: actorId(actor.partOfKey as string), provenance })),
    claims,
    statements,
    reports: extraction.statements
      .filter((s) => s.reportsKey)
      .map((s) => ({ fromId: statementIds.get(s.key) as string, toId: statementIds.get(s.reportsKey as string) as string, extractor: by, now })),
    relations: extraction.relations.map((r) => ({
      fromId: claimId(r.fromKey),
      toId: claimId(r.toKey),
      relation: r.relation,
      props: { confidence: r.confidence, by, cue: r.cue, articleId: article.id, createdAt: now },
    })),
    topics: [...topicsByName.entries()].map(([normalizedName, topic]) => ({
      id: randomUUID(),
      name: topic.name,
      normalizedName,
      claimIds: [...topic.claimIds],
      by,
      now,
    })),
    similar: resolution.similar
      .map((s) => ({ fromId: claimId(s.claimKey), toId: s.existingId, score: s.score, by, now }))
      .filter((s) => s.fromId !== s.toId),
    counts: {
      statements: statements.length,
      claims: claims.length,
      newClaims: extraction.claims.filter((c) => !resolution.claims.has(c.key)).length,
      actors: actors.length,
      newActors: extraction.actors.filter((a) => !resolution.actors.has(a.key)).length,
    },
  };
}

/** The graph id of an extraction key; a key nothing declared is the extractor's bug. */
function lookup(ids: Map<string, string>, key: string, what: string): string {
  const id = ids.get(key);
  invariant(id, `extraction refers to unknown ${what} ${key}`);
  return id;
}
