import type { Span } from '../types';
import { CAMPAIGN_FRAME } from '../claims';
import { classifyActorPhrase } from './actor-type';
import { MAX_CONTENT_SCAN_CHARS } from './limits';
import { phraseAt, type PhraseRef } from './phrase-ref';
import { hasQuoteMark } from '../text/quote-marks';

/** Speech reported inside a statement's content: "Russia is … working to remind Ukrainians that X". */
export interface NestedSpeech {
  speaker: PhraseRef;
  cue: PhraseRef;
  content: Span;
  /** The framing before the verb ("working to"): speech presented as a campaign. */
  campaign: boolean;
  /** The reported words carry quote marks the reporter put there ("attacked"). */
  scareQuoted: boolean;
}

/**
 * A capitalised actor, an optional auxiliary, adverb and framing ("is seriously working to"),
 * a speech verb, an optional addressee, and "that" + the reported clause. Bounded quantifiers
 * keep the match linear.
 */
const NESTED =
  /(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})\s+((?:(?:is|are|was|were|has been|have been|had been|keeps|continues)\s+)?(?:\p{Ll}+ly\s+)?(?:(?:working|trying|seeking|attempting|striving|wants?|continu\w*|keeps?|tries|seeks|attempts)\s+to\s+)?)(remind\w*|convinc\w*|persuad\w*|tell\w*|told|say\w*|said|claim\w*|warn\w*|insist\w*|assur\w*|announc\w*|alleg\w*|argu\w*|stat(?:es|ed|ing)|suggest\w*|spread\w*)\s+(?:[\p{L}'’-]+\s+){0,4}?that\s+(\S[^]*)$/u;

/** The verb alternatives of NESTED, as literals: a content without one cannot match it. */
const SPEECH_VERB_STEM = /remind|convinc|persuad|tell|told|say|said|claim|warn|insist|assur|announc|alleg|argu|stat(?:es|ed|ing)|suggest|spread/;

/**
 * Finds nested speech in a statement's content — the reported speaker must read as an actor
 * (a state, organisation or named person) — or null.
 */
export function findNestedSpeech(text: string, content: Span): NestedSpeech | null {
  const end = Math.min(content.end, content.start + MAX_CONTENT_SCAN_CHARS);
  const slice = text.slice(content.start, end);
  // NESTED backtracks over every capitalised word; most contents lack its literal parts.
  if (!slice.includes('that') || !SPEECH_VERB_STEM.test(slice)) return null;
  const m = NESTED.exec(slice);
  if (m === null || m[1] === undefined || m[3] === undefined || m[4] === undefined) return null;
  const speakerStart = content.start + m.index;
  const speaker = phraseAt(text, speakerStart, speakerStart + m[1].length);
  if (!isActorLike(speaker.text)) return null;
  const cueStart = speakerStart + m[0].indexOf(m[3], m[1].length + (m[2] ?? '').length);
  const cue = phraseAt(text, cueStart, cueStart + m[3].length);
  const nestedStart = content.start + m.index + m[0].length - m[4].length;
  let nestedEnd = end;
  while (nestedEnd > nestedStart && /[\s,;:.]/.test(text[nestedEnd - 1] ?? '')) nestedEnd -= 1;
  const nested = text.slice(nestedStart, nestedEnd);
  return {
    speaker,
    cue,
    content: { start: nestedStart, end: nestedEnd },
    campaign: CAMPAIGN_FRAME.test(m[2] ?? ''),
    scareQuoted: hasQuoteMark(nested),
  };
}

/** Sentence-initial function words are capitalised too; they are not speakers. */
const NOT_ACTORS: ReadonlySet<string> = new Set(['The', 'This', 'That', 'These', 'Those', 'It', 'He', 'She', 'They', 'We', 'I', 'Today', 'Yesterday']);

function isActorLike(phrase: string): boolean {
  if (NOT_ACTORS.has(phrase)) return false;
  const cls = classifyActorPhrase(phrase, null);
  return cls.type !== 'OUTLET' || cls.collective === false;
}

/** Auxiliaries and particles before the verb of a cue ("would discuss", "has said"). */
const CUE_AUXILIARIES = /^(?:(?:would|will|is|are|was|were|has|have|had|be|been|being|also|not|reportedly|publicly|repeatedly)\s+)+/i;
/** Verbs of speech and belief: what makes an attribution reported speech. */
const SPEECH_VERB =
  /^(?:according|remind|convinc|persuad|tell|told|say|said|claim|warn|insist|assur|announc|alleg|argu|stat|suggest|spread|report|writ|wrote|add|note|deni|deny|accus|believ|think|thought|declar|explain|stress|emphasi|confirm|admit|acknowledg|assert|maintain|promis|threat|call|quot|cit|repl|respond|comment|describ|dismiss|reject|refut|predict|expect|hint|indicat|point)/i;

/**
 * True when an attribution cue is a verb of speech or belief ("said", "reminds", "according
 * to"), not a verb of doing or planning ("would discuss", "will talk about").
 */
export function isSpeechCue(cue: string): boolean {
  return SPEECH_VERB.test(cue.trim().replace(CUE_AUXILIARIES, ''));
}
