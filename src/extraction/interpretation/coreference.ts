import type { ArticleActors } from '../entities';
import { MAX_COREFERENCE_LOOKBACK } from './limits';
import type { Pronoun } from './source-phrase';

/** An actor seen at a position of the article: as a speaker, or mentioned in a source phrase. */
export interface SeenActor {
  id: number;
  at: number;
}

/**
 * Nouns for what an institution issues: "the statement said" is the latest organisation that
 * spoke, not the latest person. In the reference article "…," the statement said" follows
 * "According to the Kremlin press service" and must resolve there, not to Peskov before it.
 */
const DOCUMENT_NOUNS: ReadonlySet<string> = new Set([
  'statement', 'report', 'announcement', 'message', 'release', 'press release', 'communique', 'communiqué',
  'publication', 'readout', 'notice', 'document', 'letter', 'post', 'telegram post', 'website', 'decree',
]);

/**
 * Resolves a pronoun source to the latest earlier speaker it can refer to: "he" a male or
 * unknown-gender person, "she" a female person (else an unknown-gender one, never a known
 * male), "they"/"it" an organisation or outlet (else any speaker), "we"/"I" the latest speaker.
 */
export function resolvePronoun(pronoun: Pronoun, speakers: readonly SeenActor[], actors: ArticleActors): number | null {
  switch (pronoun) {
    case 'she':
      return (
        latestSpeaker(speakers, actors, (id) => isPerson(actors, id) && actors.genderOf(id) === 'female') ??
        latestSpeaker(speakers, actors, (id) => isPerson(actors, id) && actors.genderOf(id) === 'unknown')
      );
    case 'he':
      return latestSpeaker(speakers, actors, (id) => isPerson(actors, id) && actors.genderOf(id) !== 'female');
    case 'they':
    case 'it':
      return latestSpeaker(speakers, actors, (id) => !isPerson(actors, id)) ?? latestSpeaker(speakers, actors, () => true);
    default:
      return latestSpeaker(speakers, actors, () => true);
  }
}

/** The latest speaker (within MAX_COREFERENCE_LOOKBACK) that `ok` accepts, as its actor. */
function latestSpeaker(speakers: readonly SeenActor[], actors: ArticleActors, ok: (id: number) => boolean): number | null {
  for (let i = speakers.length - 1; i >= Math.max(0, speakers.length - MAX_COREFERENCE_LOOKBACK); i -= 1) {
    const s = speakers[i];
    if (s !== undefined && ok(s.id)) return actors.find(s.id);
  }
  return null;
}

function isPerson(actors: ArticleActors, id: number): boolean {
  return actors.typeOf(id) === 'PERSON';
}

/**
 * Resolves a nominal source: a document noun ("the statement") to the latest organisation or
 * outlet speaker; any other noun ("the ministry", "the agency", "the press service") to the
 * latest actor mentioned anywhere so far whose name has that noun ("the Defense Ministry").
 */
export function resolveNominal(head: string, speakers: readonly SeenActor[], mentioned: readonly SeenActor[], actors: ArticleActors): number | null {
  const noun = head.toLowerCase().trim();
  if (DOCUMENT_NOUNS.has(noun)) {
    for (let i = speakers.length - 1; i >= Math.max(0, speakers.length - MAX_COREFERENCE_LOOKBACK); i -= 1) {
      const s = speakers[i];
      if (s !== undefined && actors.typeOf(s.id) !== 'PERSON') return actors.find(s.id);
    }
    return null;
  }
  const words = noun.split(/\s+/).filter((w) => w.length > 0);
  for (let i = mentioned.length - 1; i >= Math.max(0, mentioned.length - MAX_COREFERENCE_LOOKBACK); i -= 1) {
    const m = mentioned[i];
    if (m === undefined || actors.typeOf(m.id) === 'PERSON') continue;
    const names = actors.nameWords(m.id);
    if (words.every((w) => names.has(w) || names.has(w.replace(/ies$/, 'y')))) return actors.find(m.id);
  }
  return null;
}
