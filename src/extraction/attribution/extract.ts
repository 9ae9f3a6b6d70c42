/**
 * The attribution-span stage: text in, PolNeAR-style attributions (source, cue, content) out.
 */
import type { AttributionSpans } from '../types';
import { assembleAttribution } from './assemble';
import { buildDocument } from './document';
import { loadModel, type AttributionModel } from './model';
import { repairAccordingToApposition, repairFrontedContent } from './rules';
import { tagCues, tagRoles } from './taggers';
import defaultModelJson from './model/attribution-model.json';

/** Texts longer than this are cut: a news article is ~5k characters; 2M guards the time budget. */
export const MAX_TEXT_CHARS = 2_000_000;

const defaultModel = defaultModelJson as unknown as AttributionModel;

/** Finds the attributions (who said what) in an English news text. */
export function extractAttributions(text: string, model: AttributionModel = defaultModel): AttributionSpans[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const weights = loadModel(model);
  const doc = buildDocument(text.length > MAX_TEXT_CHARS ? text.slice(0, MAX_TEXT_CHARS) : text);
  const out: AttributionSpans[] = [];
  for (const cue of tagCues(doc, weights.cue)) {
    const [lo, tags] = tagRoles(doc, weights.role, cue.start, cue.end);
    repairFrontedContent(doc, cue.start, lo, tags);
    repairAccordingToApposition(doc, cue.start, cue.end, lo, tags);
    const attribution = assembleAttribution(doc, cue, lo, tags);
    if (attribution) out.push(attribution);
  }
  return out;
}
