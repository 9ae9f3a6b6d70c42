import type { Extraction, ExtractedActor, ExtractedClaim, Span } from '../extraction/types';
import { validateArticleText } from '../ingest/validate-article';
import { withOutlet } from '../ingest/with-outlet';
import { ActorType, ClaimRelationType, StatementKind } from '../model/enums';
import type {
  ExtractionPreviewRecord,
  PreviewActorRecord,
  PreviewClaimRecord,
  PreviewRelatedClaimRecord,
  TextSpanRecord,
} from '../model/extraction-preview.record';
import { asClientError, type IngestOptions } from './ingest.service';

/** What a preview may be given besides the text: what ingestArticle would be given. */
export interface PreviewInput {
  text: string;
  outlet?: string | null;
}

/**
 * Runs ingest's automatic extraction on a text and describes what it would write, writing
 * nothing: the same extractor, the same size limit and the same outlet rule as ingestArticle
 * without curated statements, so what an editor sees highlighted is what saving stores.
 */
export class ExtractionPreviewService {
  constructor(private readonly options: Pick<IngestOptions, 'maxArticleBytes' | 'extract'>) {}

  preview(input: PreviewInput): ExtractionPreviewRecord {
    validateArticleText(input.text, this.options.maxArticleBytes, 'text');
    let extraction: Extraction;
    try {
      extraction = this.options.extract(input.text);
    } catch (error) {
      throw asClientError(error, 'text');
    }
    return describeExtraction(input.text, withOutlet(extraction, input.outlet));
  }
}

/** The extraction with its keys resolved: each statement carries its actors, claim and spans' text. */
export function describeExtraction(text: string, extraction: Extraction): ExtractionPreviewRecord {
  const at = (span: Span): TextSpanRecord => ({ start: span.start, end: span.end, text: text.slice(span.start, span.end) });
  const actor = (a: ExtractedActor): PreviewActorRecord => ({
    key: a.key,
    name: a.name,
    type: a.type as ActorType,
    aliases: a.aliases,
    mentions: a.mentions.map(at),
    confidence: a.confidence,
  });
  const actors = new Map(extraction.actors.map((a) => [a.key, actor(a)]));
  const claimTexts = new Map(extraction.claims.map((c) => [c.key, c.text]));
  const related = (from: string, relation: ClaimRelationType): PreviewRelatedClaimRecord[] =>
    extraction.relations
      .filter((r) => r.fromKey === from && r.relation === relation && claimTexts.has(r.toKey))
      .map((r) => ({ key: r.toKey, text: claimTexts.get(r.toKey) as string, relation, confidence: r.confidence, cue: r.cue }));
  const claim = (c: ExtractedClaim): PreviewClaimRecord => ({
    key: c.key,
    text: c.text,
    topics: c.topics,
    confidence: c.confidence,
    counters: related(c.key, ClaimRelationType.COUNTERS),
    supports: related(c.key, ClaimRelationType.SUPPORTS),
  });
  const claims = new Map(extraction.claims.map((c) => [c.key, claim(c)]));
  return {
    extractor: extraction.extractor,
    language: extraction.language,
    publishedAt: extraction.publishedAt,
    outlet: extraction.outletKey ? (actors.get(extraction.outletKey) ?? null) : null,
    actors: [...actors.values()],
    claims: [...claims.values()],
    statements: [...extraction.statements]
      .sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end)
      .map((s) => ({
        key: s.key,
        kind: s.kind as StatementKind,
        quote: s.quote,
        content: at(s.span),
        fragments: s.fragments.map(at),
        source: s.sourceSpan ? at(s.sourceSpan) : null,
        cue: s.cueSpan ? at(s.cueSpan) : null,
        speaker: s.speakerKey ? (actors.get(s.speakerKey) ?? null) : null,
        via: s.via.flatMap((key) => actors.get(key) ?? []),
        hedged: s.hedged,
        confidence: s.confidence,
        extractor: extraction.extractor,
        claim: s.claimKey ? (claims.get(s.claimKey) ?? null) : null,
        reportsKey: s.reportsKey ?? null,
      })),
  };
}
