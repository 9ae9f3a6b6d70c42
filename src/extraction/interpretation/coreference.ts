import { splitPersonName, surnameKey, type ArticleActors, type Gender } from '../entities';
import { MAX_COREFERENCE_LOOKBACK } from './limits';
import { isPersonRoleNoun, PERSON_ROLE_TITLES } from './person-roles';
import type { Pronoun } from './source-phrase';
import { sentenceIndexAt, type Sentence } from './sentences';

/** An actor seen at a position of the article: as a speaker, or mentioned in a source phrase. */
export interface SeenActor {
  id: number;
  at: number;
}

/** Everyone seen so far, for resolving a reference at a position of the article. */
export interface Antecedents {
  actors: ArticleActors;
  /** Speakers in text order (position of their source phrase). */
  speakers: readonly SeenActor[];
  /** People named in running text, in text order. */
  people: readonly SeenActor[];
  /** Actors named in source phrases and chains, in text order. */
  mentioned: readonly SeenActor[];
  /** The article's sentences, for the subject of a sentence; without them the nearest person wins. */
  sentences?: readonly Sentence[];
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
 * Resolves a pronoun source at `at` to the nearest earlier person or actor it can refer to,
 * among speakers and people named in the text: "he" a man or a person of unknown gender (never
 * "Ms. …" or a woman's first name), "she" a woman (else a person of unknown gender, never a
 * known man), "they" an organisation, group or outlet (else any speaker), "it" an
 * organisation or outlet. "we"/"I" are resolved by the caller (the quote's speaker), never here.
 */
export function resolvePronoun(pronoun: Pronoun, seen: Antecedents, at: number): number | null {
  const { actors } = seen;
  const person = (id: number): boolean => actors.typeOf(id) === 'PERSON';
  const gender = genderWithSurnames(seen);
  const female = (id: number): boolean => person(id) && gender(id) === 'female';
  const unknown = (id: number): boolean => person(id) && gender(id) === 'unknown';
  const male = (id: number): boolean => person(id) && gender(id) !== 'female';
  switch (pronoun) {
    case 'she':
      return recentSpeaker(seen, at, female) ?? nearest(seen, at, female) ?? recentSpeaker(seen, at, unknown) ?? nearest(seen, at, unknown);
    case 'he':
      return recentSpeaker(seen, at, male) ?? nearest(seen, at, male);
    case 'they':
      return latest(seen.speakers, actors, (id) => !person(id)) ?? latest(seen.speakers, actors, () => true);
    case 'it':
      // A group is many people: "it" is an organisation or outlet.
      return latest(seen.speakers, actors, (id) => !person(id) && actors.typeOf(id) !== 'GROUP');
    default:
      return null;
  }
}

/**
 * How far back (in characters) a speaker stays the first choice for "he said": a pronoun
 * subject of speech continues the person who spoke last, even when the quote named others
 * ("… said Trump campaign spokesman Jason Miller. … Trump …, he said" → Miller).
 */
const RECENT_SPEAKER_CHARS = 400;

/** The latest speaker `ok` accepts whose source lies within RECENT_SPEAKER_CHARS before `at`. */
function recentSpeaker(seen: Antecedents, at: number, ok: (id: number) => boolean): number | null {
  let best: SeenActor | null = null;
  for (const s of seen.speakers) {
    if (s.at < at && at - s.at <= RECENT_SPEAKER_CHARS && (best === null || s.at > best.at) && ok(s.id)) best = s;
  }
  return best === null ? null : seen.actors.find(best.id);
}

/**
 * Of the people `ok` accepts in the sentence of the nearest one, the first: the sentence's
 * subject is more salient than a person it acts on. "Clinton criticized Tulsa police officer
 * Betty Shelby … . "…," she said" is Clinton; "Aparna Mathur … said Ivanka Trump's statement
 * didn't clarify the matter. "…," she said" is Mathur.
 */
function subjectOfSentence(seen: Antecedents, nearestOne: SeenActor, ok: (id: number) => boolean): number | null {
  const sentences = seen.sentences ?? [];
  const sentence = sentences[sentenceIndexAt(sentences, nearestOne.at)];
  if (sentence === undefined) return null;
  let first: SeenActor | null = null;
  for (const list of [seen.speakers, seen.people, seen.mentioned]) {
    for (let i = list.length - 1, n = 0; i >= 0 && n < MAX_COREFERENCE_LOOKBACK; i -= 1) {
      const s = list[i];
      if (s === undefined || s.at > nearestOne.at) continue;
      n += 1;
      if (s.at < sentence.start) break;
      if (ok(s.id) && (first === null || s.at < first.at)) first = s;
    }
  }
  return first === null ? null : first.id;
}

/** The actor of the nearest earlier speaker or named person that `ok` accepts. */
function nearest(seen: Antecedents, at: number, ok: (id: number) => boolean): number | null {
  let best: SeenActor | null = null;
  for (const list of [seen.speakers, seen.people, seen.mentioned]) {
    for (let i = list.length - 1, n = 0; i >= 0 && n < MAX_COREFERENCE_LOOKBACK; i -= 1) {
      const s = list[i];
      if (s === undefined || s.at >= at) continue;
      n += 1;
      if (best !== null && s.at <= best.at) break;
      if (ok(s.id)) {
        best = s;
        break;
      }
    }
  }
  if (best === null) return null;
  return seen.actors.find((seen.sentences === undefined ? null : subjectOfSentence(seen, best, ok)) ?? best.id);
}

/**
 * A person's gender, or for a lone surname of unknown gender ("Clinton criticized …"), the
 * gender every person of the article named with that surname has (Hillary Clinton): names merge
 * only after the article is read, but "she said" right after "Clinton criticized" is her.
 * Unknown when the surname's bearers differ (Hillary and Bill Clinton).
 */
function genderWithSurnames(seen: Antecedents): (id: number) => Gender {
  let bySurname: Map<string, Gender> | null = null;
  const surnameOf = (id: number): string | null => {
    const name = seen.actors.bestName(id);
    const surname = name === null ? null : splitPersonName(name).surname;
    return surname === null ? null : surnameKey(surname);
  };
  return (id) => {
    const own = seen.actors.genderOf(id);
    if (own !== 'unknown') return own;
    if (bySurname === null) {
      bySurname = new Map();
      for (const p of seen.people) {
        const g = seen.actors.genderOf(p.id);
        const key = g === 'unknown' ? null : surnameOf(p.id);
        if (key === null) continue;
        const before = bySurname.get(key);
        bySurname.set(key, before === undefined || before === g ? g : 'unknown');
      }
    }
    const key = surnameOf(id);
    return key === null ? 'unknown' : (bySurname.get(key) ?? 'unknown');
  };
}

/** The latest speaker (within MAX_COREFERENCE_LOOKBACK) that `ok` accepts, as its actor. */
function latest(speakers: readonly SeenActor[], actors: ArticleActors, ok: (id: number) => boolean): number | null {
  for (let i = speakers.length - 1; i >= Math.max(0, speakers.length - MAX_COREFERENCE_LOOKBACK); i -= 1) {
    const s = speakers[i];
    if (s !== undefined && ok(s.id)) return actors.find(s.id);
  }
  return null;
}

/**
 * Resolves a nominal source: a document noun ("the statement") to the latest organisation or
 * outlet speaker; a person's office ("the mayor", "the Republican nominee") to the nearest
 * person described so ("Mayor Bill de Blasio", "Republican presidential nominee Donald
 * Trump"), whose description also carries the nominal's capitalised modifiers; any other noun
 * ("the ministry", "these voters") to the latest organisation or group whose name has it.
 */
export function resolveNominal(head: string, modifiers: readonly string[], seen: Antecedents, at: number): number | null {
  const { actors, speakers, mentioned } = seen;
  const noun = head.toLowerCase().trim();
  if (DOCUMENT_NOUNS.has(noun)) {
    for (let i = speakers.length - 1; i >= Math.max(0, speakers.length - MAX_COREFERENCE_LOOKBACK); i -= 1) {
      const s = speakers[i];
      if (s !== undefined && actors.typeOf(s.id) !== 'PERSON') return actors.find(s.id);
    }
    return null;
  }
  if (isPersonRoleNoun(noun)) {
    const last = noun.split(/\s+/).pop() ?? noun;
    const titles = PERSON_ROLE_TITLES[noun] ?? PERSON_ROLE_TITLES[last] ?? [last];
    // Party modifiers must agree. Other modifiers ("the Vermont senator", "Senator from Texas")
    // pick the person described with them when there is one; the article rarely writes the
    // state next to the name, but the known-people table does.
    const keys = modifiers.map(modifierKey);
    const parties = keys.filter((m) => m === 'republican' || m === 'democratic');
    const vice = /\bvice\b/.test(noun);
    const fits = (id: number, required: readonly string[]): boolean => {
      if (actors.typeOf(id) !== 'PERSON') return false;
      const described = actors.descriptionWords(id);
      // "the Republican nominee" is not the Republican vice-presidential nominee.
      if (!vice && described.has('vice') && /(?:president|nominee|candidate)$/.test(last)) return false;
      return titles.some((t) => described.has(t)) && required.every((m) => described.has(m));
    };
    if (keys.length === parties.length) return nearest(seen, at, (id) => fits(id, parties));
    // "the Wisconsin Republican" is the one described so, or no one: the nearest Republican of
    // any state is the wrong one (Trump, in a story about Wisconsin).
    const found = nearest(seen, at, (id) => fits(id, keys));
    return found !== null || PARTY_MEMBERS.has(last) ? found : nearest(seen, at, (id) => fits(id, parties));
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

/** Nouns for a party's members, which the nominal's place must describe too ("the Kentucky Republican"). */
const PARTY_MEMBERS: ReadonlySet<string> = new Set(['republican', 'democrat']);

/** "GOP" and "Republican" are one party; "Democratic" and "Democrat" one. */
function modifierKey(word: string): string {
  const w = word.toLowerCase();
  if (w === 'gop') return 'republican';
  if (w === 'democrat') return 'democratic';
  return w;
}
