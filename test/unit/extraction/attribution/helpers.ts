import { extractAttributions } from '../../../../src/extraction/attribution';

/** An attribution as text, for readable assertions. */
export interface AttributionText {
  source: string | null;
  cue: string | null;
  content: string[];
}

/** Runs extraction and returns each attribution's spans as the text they cover. */
export function attributionsOf(text: string): AttributionText[] {
  return extractAttributions(text).map((a) => ({
    source: a.source ? text.slice(a.source.start, a.source.end) : null,
    cue: a.cue ? text.slice(a.cue.start, a.cue.end) : null,
    content: a.content.map((s) => text.slice(s.start, s.end)),
  }));
}
