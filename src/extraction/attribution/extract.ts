/**
 * The attribution-span stage: text in, PolNeAR-style attributions (source, cue, content) out.
 */
import type { AttributionSpans, Span } from '../types';
import { analyzeText, type AnalyzedText } from '../text';
import { assembleAttribution } from './assemble';
import { buildDocument } from './document';
import { loadModel, type AttributionModel } from './model';
import { clauseStarts, dashSignedQuotes, orphanQuotations, quoteContinuation, repairNextClause, repairPartialQuotation, repairAccordingToApposition, repairFrontedContent, type RuleAttribution } from './rules';
import { tagCues, tagRoles } from './taggers';
import defaultModelJson from './model/attribution-model.json';

/** Texts longer than this are cut: a news article is ~5k characters; 2M guards the time budget. */
export const MAX_TEXT_CHARS = 2_000_000;

/** Confidence of a rule's attribution, as a cue-tagger margin (~0.88). */
const RULE_MARGIN = 8;

/** Confidence of a quotation's attribution with no cue (64 % of them are gold in train). */
const ORPHAN_CONFIDENCE = 0.6;

const defaultModel = defaultModelJson as unknown as AttributionModel;

/**
 * Finds the attributions (who said what) in an English news text, or in its analysis when the
 * pipeline has made it once for every stage.
 */
export function extractAttributions(article: string | AnalyzedText, model: AttributionModel = defaultModel): AttributionSpans[] {
  const analyzed = typeof article === 'string' ? analyzeText(article.length > MAX_TEXT_CHARS ? article.slice(0, MAX_TEXT_CHARS) : article) : article;
  if (analyzed.text.length === 0) return [];
  const weights = loadModel(model);
  const doc = buildDocument(analyzed);
  const out: AttributionSpans[] = [];
  const cues = tagCues(doc, weights);
  const isCue = new Uint8Array(doc.tokens.length);
  for (const cue of cues) isCue.fill(1, cue.start, cue.end);
  // Continuations of split quotations, added once every attribution is known.
  const continued: [AttributionSpans, Span][] = [];
  const tagged = cues.map((cue) => {
    const [lo, tags] = tagRoles(doc, weights, cue.start, cue.end);
    repairFrontedContent(doc, cue.start, lo, tags);
    repairAccordingToApposition(doc, cue.start, cue.end, lo, tags);
    return { cue, lo, tags };
  });
  const starts = clauseStarts(doc.tokens.length, tagged);
  for (const { cue, lo, tags } of tagged) {
    repairNextClause(doc, cue.end, lo, tags, starts);
    repairPartialQuotation(doc, lo, tags);
    const attribution = assembleAttribution(doc, cue, lo, tags);
    if (!attribution) continue;
    out.push(attribution);
    for (const [a, b] of quoteContinuation(doc, cue.start, cue.end, lo, tags, isCue)) {
      continued.push([attribution, { start: (doc.tokens[a] as { start: number }).start, end: (doc.tokens[b - 1] as { end: number }).end }]);
    }
  }
  // Only where no other attribution holds any of the continuation.
  for (const [attribution, span] of continued) {
    if (out.some((a) => a !== attribution && a.content.some((x) => x.start < span.end && span.start < x.end))) continue;
    attribution.content.push(span);
  }
  // Patterns the taggers never learned: added unless a tagged cue already covers their cue or
  // an attribution already holds their content.
  const rules: RuleAttribution[] = dashSignedQuotes(doc);
  let added = false;
  for (const r of rules) {
    if (cues.some((c) => c.start < r.end && r.start < c.end)) continue;
    const attribution = assembleAttribution(doc, { start: r.start, end: r.end, margin: RULE_MARGIN }, r.lo, r.tags);
    if (!attribution) continue;
    const overlaps = out.some((a) => a.content.some((x) => attribution.content.some((y) => x.start < y.end && y.start < x.end)));
    if (overlaps) continue;
    out.push(attribution);
    added = true;
  }
  // Long quotations nobody was found to say, given to the last source named before them (right
  // about half the time in train: news quotes continue the last speaker more often than not).
  const covered = (start: number, end: number): boolean => out.some((a) => a.content.some((x) => x.start < end && start < x.end) || (a.cue !== null && a.cue.start < end && start < a.cue.end));
  for (const [a, b] of orphanQuotations(doc, covered)) {
    const start = (doc.tokens[a] as { start: number }).start;
    const previous = out.filter((x) => x.source !== null && x.source.end <= start).pop();
    out.push({ source: previous?.source ?? null, cue: null, content: [{ start, end: (doc.tokens[b - 1] as { end: number }).end }], confidence: ORPHAN_CONFIDENCE });
    added = true;
  }
  // In text order, as the tagged ones are.
  const at = (a: AttributionSpans): number => a.cue?.start ?? (a.content[0] as Span).start;
  if (added) out.sort((x, y) => at(x) - at(y));
  return out;
}
