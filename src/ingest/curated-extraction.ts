import { badInput } from '../errors/app-error';
import type {
  ActorType,
  ExtractedActor,
  ExtractedClaim,
  ExtractedClaimRelation,
  ExtractedStatement,
  Extraction,
  Span,
} from '../extraction/types';
import type { ArticleInput, CuratedStatement } from './curated-input';
import { normalizeName } from './normalize';
import { normalizeClaimText, tidyClaimText } from '../extraction/claims';

/**
 * Turns a curator's explicit statements into the same Extraction shape the automatic extractor
 * produces, so one writer stores both. Curators are trusted (confidence 1) but checked: every
 * quote must be in the text and every reference must point at something, or the whole article
 * is refused with the field that is wrong.
 */
export function curatedExtraction(input: ArticleInput, curator: string): Extraction {
  const actors = new ActorTable();
  for (const [i, actor] of (input.actors ?? []).entries()) {
    actors.declare(actor.name, actor.type, actor.aliases ?? [], `input.actors[${i}].name`, {
      description: actor.description ?? null,
      kind: actor.kind ?? null,
    });
  }
  for (const actor of input.actors ?? []) {
    const key = actors.keyOf(actor.name) as string;
    if (actor.role) actors.addRole(key, actor.role.title, actors.ensure(actor.role.of, 'ORGANIZATION'));
    if (actor.partOf) actors.setPartOf(key, actors.ensure(actor.partOf, 'ORGANIZATION'));
  }

  const claims = new Map<string, ExtractedClaim>();
  /** A claim's key within the article; a curator's own wording is kept, only its spaces folded. */
  const claimKey = (text: string): string => {
    const folded = text.replace(/\s+/g, ' ').trim();
    const key = `claim:${normalizeClaimText(folded)}`;
    if (!claims.has(key)) claims.set(key, { key, text: folded, topics: [], confidence: 1 });
    return key;
  };

  const relations: ExtractedClaimRelation[] = [];
  const statementsIn = input.statements ?? [];
  const statements = statementsIn.map((statement, i): ExtractedStatement => {
    const field = `input.statements[${i}]`;
    const span = locate(input.text, statement, field);
    const quote = input.text.slice(span.start, span.end);
    const speakerKey = statement.speaker ? actors.ensure(statement.speaker, statement.speakerType ?? 'PERSON') : null;
    const kind = statement.kind ?? (speakerKey ? 'INDIRECT' : 'UNATTRIBUTED');
    if (kind === 'UNATTRIBUTED' && speakerKey) throw badInput(`${field}.kind`, 'UNATTRIBUTED statements have no speaker');
    if (kind !== 'UNATTRIBUTED' && !speakerKey) throw badInput(`${field}.speaker`, `is required for a ${kind} statement`);
    const key = `statement:${i}`;
    const ownClaim = claimKey(statement.claim ?? tidyClaimText(quote));
    for (const [relation, texts] of [
      ['COUNTERS', statement.counters],
      ['SUPPORTS', statement.supports],
    ] as const) {
      for (const text of texts ?? []) {
        relations.push({ fromKey: ownClaim, toKey: claimKey(text), relation, confidence: 1, cue: null });
      }
    }
    if (statement.reports != null && (statement.reports < 0 || statement.reports >= statementsIn.length || statement.reports === i)) {
      throw badInput(`${field}.reports`, `must be the index of another statement in input.statements (0–${statementsIn.length - 1})`);
    }
    return {
      key,
      speakerKey,
      kind,
      quote,
      span,
      fragments: [span],
      sourceSpan: null,
      cue: statement.cue ?? null,
      cueSpan: null,
      via: (statement.chain ?? []).map((name) => actors.ensure(name, 'OUTLET')),
      hedged: statement.hedged ?? false,
      confidence: 1,
      claimKey: ownClaim,
      reportsKey: statement.reports != null ? `statement:${statement.reports}` : undefined,
    };
  });

  return {
    extractor: curator,
    language: input.language ?? 'en',
    publishedAt: null,
    outletKey: null,
    actors: actors.list(),
    statements,
    claims: [...claims.values()],
    relations,
  };
}

/** The span of a curated statement: given outright, or the first place its quote occurs. */
function locate(text: string, statement: CuratedStatement, field: string): Span {
  if (statement.span) {
    const { start, end } = statement.span;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
      throw badInput(`${field}.span`, `must satisfy 0 ≤ start < end ≤ ${text.length} (the text's length)`);
    }
    if (statement.quote && text.slice(start, end) !== statement.quote) {
      throw badInput(`${field}.quote`, 'differs from the text at the given span');
    }
    return { start, end };
  }
  if (!statement.quote || !statement.quote.trim()) throw badInput(`${field}.quote`, 'give the quote or its span');
  const start = text.indexOf(statement.quote);
  if (start < 0) throw badInput(`${field}.quote`, 'does not occur in the article text');
  return { start, end: start + statement.quote.length };
}

/** The article's actors, one per normalised name or alias. */
class ActorTable {
  private readonly actors = new Map<string, ExtractedActor>();
  private readonly byName = new Map<string, string>();

  keyOf(name: string): string | undefined {
    return this.byName.get(normalizeName(name));
  }

  declare(
    name: string,
    type: ActorType,
    aliases: string[],
    field: string,
    extra: { description: string | null; kind: string | null },
  ): string {
    if (!name.trim()) throw badInput(field, 'must not be empty');
    if (this.keyOf(name)) throw badInput(field, `${JSON.stringify(name)} is listed twice`);
    const key = `actor:${this.actors.size}`;
    this.actors.set(key, {
      key,
      type,
      name: name.trim(),
      aliases: [...new Set(aliases.map((a) => a.trim()).filter(Boolean))],
      mentions: [],
      roles: [],
      confidence: 1,
      collective: false,
      ...extra,
    });
    for (const spelling of [name, ...aliases]) this.byName.set(normalizeName(spelling), key);
    return key;
  }

  /** The actor a name refers to, created with `type` when no declared actor has that name or alias. */
  ensure(name: string, type: ActorType): string {
    return this.keyOf(name) ?? this.declare(name, type, [], 'name', { description: null, kind: null });
  }

  addRole(key: string, title: string, ofKey: string): void {
    this.actors.get(key)?.roles.push({ title, ofKey });
  }

  setPartOf(key: string, parentKey: string): void {
    const actor = this.actors.get(key);
    if (actor) actor.partOfKey = parentKey;
  }

  list(): ExtractedActor[] {
    return [...this.actors.values()];
  }
}
