import { randomUUID } from 'node:crypto';
import type { Extraction, ExtractedActor, ExtractedClaim, ExtractedClaimRelation, ExtractedStatement, StatementKind } from '../../extraction/types';
import type { ArticleRow, Resolution } from '../../ingest/ingest-plan';
import { SeededRandom, Zipf } from './random';
import * as words from './vocabulary';

export const SYNTHETIC_EXTRACTOR = 'claimgraph-synthetic@1';

/** The shape of the graph: how many of each thing, and how they are distributed. */
export interface SyntheticShape {
  statements: number;
  seed: number;
  /** Statements per article (the mean): PolNeAR's articles hold about five. */
  perArticle: number;
  outlets: number;
  /** Distinct speakers: one per 20 statements, at least 100, Zipf-distributed (s = 1). */
  speakers: number;
}

export function syntheticShape(statements: number, seed: number): SyntheticShape {
  return { statements, seed, perArticle: 5, outlets: 200, speakers: Math.max(100, Math.round(statements / 20)) };
}

/** One synthetic article: what the extractor would have found in it, and which of it the graph holds already. */
export interface SyntheticArticle {
  article: ArticleRow;
  extraction: Extraction;
  resolution: Resolution;
  /** Claims to rebut after the article is written: fact-checkers' verdicts on a few claims. */
  rebuttals: Array<{ claimKey: string; verdict: string }>;
}

const KINDS: StatementKind[] = ['DIRECT', 'DIRECT', 'INDIRECT', 'INDIRECT', 'MIXED', 'ACCORDING_TO'];
const VERDICTS = ['FALSE', 'MISLEADING', 'UNPROVEN', 'MIXED', 'TRUE'];
const START = Date.UTC(2021, 0, 1);
const DAYS = 3 * 365;

/**
 * Generates articles of a realistic graph, deterministically per seed: Zipf-distributed speakers
 * (a few very hot), ~200 outlets, ~5 statements per article, claims repeated across articles
 * (a third of statements repeat an earlier claim, the popular ones most), chains through outlets
 * and people (VIA), counterclaims and supporting claims, and rebuttals of a few claims. The
 * articles are planned and written by ingest's own plan and batched writes; `remember` takes
 * the ids a plan gave so that later articles join those nodes rather than make new ones.
 */
export class SyntheticArticles {
  private readonly random: SeededRandom;
  private readonly speakerRanks: Zipf;
  private readonly outletRanks: Zipf;
  private readonly speakerIds: Array<string | undefined>;
  private readonly outletIds: Array<string | undefined>;
  private readonly claimIds: string[] = [];
  private readonly claimTexts: string[] = [];
  private statementsMade = 0;
  private articlesMade = 0;

  constructor(readonly shape: SyntheticShape) {
    this.random = new SeededRandom(shape.seed);
    this.speakerRanks = new Zipf(shape.speakers, 1);
    this.outletRanks = new Zipf(shape.outlets, 0.8);
    this.speakerIds = new Array<string | undefined>(shape.speakers);
    this.outletIds = new Array<string | undefined>(shape.outlets);
  }

  get statements(): number {
    return this.statementsMade;
  }

  /** The graph is whole; `next` goes on with the news that follows it (syntheticFollowUpTexts). */
  get done(): boolean {
    return this.statementsMade >= this.shape.statements;
  }

  next(): SyntheticArticle {
    const r = this.random;
    const n = this.articlesMade++;
    const left = this.shape.statements - this.statementsMade;
    const drawn = 1 + r.below(2 * this.shape.perArticle - 1);
    const count = left > 0 ? Math.min(left, drawn) : drawn;
    const actors = new Map<string, ExtractedActor>();
    const resolution: Resolution = { actors: new Map(), claims: new Map(), similar: [] };
    const actor = (key: string, type: ExtractedActor['type'], name: string, existing: string | undefined) => {
      if (!actors.has(key)) actors.set(key, { key, type, name, aliases: [], mentions: [], roles: [], confidence: 0.9 });
      if (existing) resolution.actors.set(key, existing);
      return key;
    };
    const speakerKey = (rank: number) => actor(`speaker:${rank}`, 'PERSON', personName(rank), this.speakerIds[rank]);
    const outletKey = (rank: number) => actor(`outlet:${rank}`, 'OUTLET', outletName(rank), this.outletIds[rank]);

    const outlet = outletKey(this.outletRanks.draw(r));
    let text = `${outletName(Number(outlet.slice(7)))} reports.\n`;
    const statements: ExtractedStatement[] = [];
    const claims = new Map<string, ExtractedClaim>();
    const relations: ExtractedClaimRelation[] = [];
    const rebuttals: SyntheticArticle['rebuttals'] = [];
    for (let i = 0; i < count; i++) {
      const rank = this.speakerRanks.draw(r);
      const speaker = speakerKey(rank);
      const { key: claimKey, text: claimText, isNew } = this.claimFor(r, resolution);
      if (!claims.has(claimKey)) claims.set(claimKey, { key: claimKey, text: claimText, topics: [r.pick(words.TOPICS)], confidence: 0.8 });
      if (isNew && this.claimIds.length > 0) {
        if (r.chance(0.08)) relations.push(this.relationTo(r, claimKey, 'COUNTERS', resolution, claims));
        else if (r.chance(0.03)) relations.push(this.relationTo(r, claimKey, 'SUPPORTS', resolution, claims));
      }
      if (isNew && r.chance(0.02)) rebuttals.push({ claimKey, verdict: r.pick(VERDICTS) });
      const via: string[] = [];
      if (r.chance(0.25)) {
        if (r.chance(0.3)) via.push(speakerKey(this.speakerRanks.draw(r)));
        via.push(outletKey(this.outletRanks.draw(r)));
      }
      const name = personName(rank);
      const sourceStart = text.length;
      const sentence = `${name} said that ${claimText}${via.length ? `, according to ${via.map((k) => actors.get(k)?.name).join(' and ')}` : ''}. `;
      const quoteStart = sourceStart + name.length + ' said that '.length;
      statements.push({
        key: `s${i}`,
        speakerKey: speaker,
        kind: r.pick(KINDS),
        quote: claimText,
        span: { start: quoteStart, end: quoteStart + claimText.length },
        fragments: [{ start: quoteStart, end: quoteStart + claimText.length }],
        sourceSpan: { start: sourceStart, end: sourceStart + name.length },
        cue: 'said',
        cueSpan: { start: sourceStart + name.length + 1, end: sourceStart + name.length + 5 },
        via: via.filter((k) => k !== speaker),
        hedged: r.chance(0.1),
        confidence: 0.7 + r.next() * 0.3,
        claimKey,
      });
      text += sentence;
    }
    this.statementsMade += count;
    const ingestedAt = new Date(START + DAYS * 86_400_000 + n * 1000).toISOString();
    const publishedAt = new Date(START + r.below(DAYS) * 86_400_000).toISOString();
    const article: ArticleRow = {
      id: randomUUID(),
      text,
      contentHash: `synthetic-${this.shape.seed}-${n}`,
      url: `https://example.org/synthetic/${this.shape.seed}/${n}`,
      title: `Synthetic article ${n}`,
      author: null,
      publishedAt,
      language: 'en',
      ingestedAt,
      extractor: SYNTHETIC_EXTRACTOR,
    };
    const extraction: Extraction = {
      extractor: SYNTHETIC_EXTRACTOR,
      language: 'en',
      publishedAt: publishedAt.slice(0, 10),
      outletKey: outlet,
      actors: [...actors.values()],
      statements,
      claims: [...claims.values()],
      relations,
    };
    return { article, extraction, resolution, rebuttals };
  }

  /** Takes the ids a plan gave to new speakers, outlets and claims, so later articles join them. */
  remember(article: SyntheticArticle, plan: { actors: ReadonlyArray<{ id: string }>; claims: ReadonlyArray<{ id: string }> }): void {
    article.extraction.actors.forEach((actor, i) => {
      const id = plan.actors[i]?.id as string;
      const [kind, rank] = actor.key.split(':') as [string, string];
      (kind === 'speaker' ? this.speakerIds : this.outletIds)[Number(rank)] = id;
    });
    article.extraction.claims.forEach((claim, i) => {
      if (claim.key.startsWith('new:')) this.claimIds[Number(claim.key.slice(4))] = plan.claims[i]?.id as string;
    });
  }

  /** An earlier claim (a third of the time, the popular ones most) or a new one. */
  private claimFor(r: SeededRandom, resolution: Resolution): { key: string; text: string; isNew: boolean } {
    const known = this.claimIds.length;
    if (known > 0 && r.chance(0.33)) {
      // u³ leans to the first claims: a few are repeated across many articles, most rarely.
      const index = Math.floor(known * Math.pow(r.next(), 3));
      const key = `old:${index}`;
      resolution.claims.set(key, this.claimIds[index] as string);
      return { key, text: this.claimTexts[index] as string, isNew: false };
    }
    const index = this.claimTexts.length;
    const text = claimText(r, index);
    this.claimTexts.push(text);
    return { key: `new:${index}`, text, isNew: true };
  }

  private relationTo(
    r: SeededRandom,
    fromKey: string,
    relation: 'COUNTERS' | 'SUPPORTS',
    resolution: Resolution,
    claims: Map<string, ExtractedClaim>,
  ): ExtractedClaimRelation {
    const index = r.below(this.claimIds.length);
    const toKey = `old:${index}`;
    resolution.claims.set(toKey, this.claimIds[index] as string);
    if (!claims.has(toKey)) claims.set(toKey, { key: toKey, text: this.claimTexts[index] as string, topics: [], confidence: 0.8 });
    return { fromKey, toKey, relation, confidence: 0.6 + r.next() * 0.3, cue: relation === 'COUNTERS' ? 'denied' : 'agreed' };
  }
}

/** Distinct names for ranks: given name × surname, then a middle initial for the rest. */
function personName(rank: number): string {
  const given = words.GIVEN_NAMES[rank % words.GIVEN_NAMES.length] as string;
  const rest = Math.floor(rank / words.GIVEN_NAMES.length);
  const surname = words.SURNAMES[rest % words.SURNAMES.length] as string;
  const tier = Math.floor(rest / words.SURNAMES.length);
  return tier === 0 ? `${given} ${surname}` : `${given} ${initials(tier)}. ${surname}`;
}

function initials(n: number): string {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s.split('').join('. ');
}

function outletName(rank: number): string {
  const place = words.MASTHEAD_PLACES[rank % words.MASTHEAD_PLACES.length] as string;
  const noun = words.MASTHEAD_NOUNS[Math.floor(rank / words.MASTHEAD_PLACES.length) % words.MASTHEAD_NOUNS.length] as string;
  return `The ${place} ${noun}`;
}

/** A readable claim, distinct by its number (a year and a count make every one unique). */
function claimText(r: SeededRandom, index: number): string {
  return `${r.pick(words.CLAIM_SUBJECTS)} ${r.pick(words.CLAIM_PREDICATES)} ${r.pick(words.CLAIM_QUALIFIERS)}, affecting ${1000 + index} households`;
}
