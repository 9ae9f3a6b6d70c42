import { memoize } from '../entities/memoize';
import { lexiconTags } from '../text/lexicon';

/** Pronouns in every case: the span stage takes them as sources, but they name no one by themselves. */
const PRONOUNS: ReadonlySet<string> = new Set([
  'he', 'him', 'his', 'she', 'her', 'hers', 'they', 'them', 'their', 'it', 'its', 'we', 'us', 'our', 'i', 'me', 'my',
  'you', 'your', 'who', 'whom', 'whose', 'which', 'that', 'this', 'these', 'those', 'there', 'one', 'someone',
]);

/**
 * Words that open a sentence as its source but name no one: "Some said", "Others argued", "Both
 * agreed", "A Democrat" cut to "Democrat". The statement keeps its source; no actor is made.
 */
const INDEFINITES: ReadonlySet<string> = new Set(
  (
    'some others many most all both none several few each either neither another anyone anybody everyone everybody ' +
    'somebody nobody nothing hundreds thousands dozens millions democrat democratic republican independent'
  ).split(' '),
);

/** Days and months are no actors ("Wednesday", "October"); May, June and August are names as well. */
const CALENDAR_WORDS: ReadonlySet<string> = new Set(
  'monday tuesday wednesday thursday friday saturday sunday january february march april july september october november december'.split(' '),
);

/** "I've", "We’re": a pronoun with its verb, cut out as a source. */
const CONTRACTION = /^\p{L}+['’](?:ve|m|d|re|ll)$/iu;

/**
 * True when a one-word phrase cannot name an actor: an indefinite ("Some"), a day or month, or a
 * contraction. Not every function word: "Rather" opens sentences and is Dan Rather too.
 */
function isNoNameWord(word: string): boolean {
  const lower = word.toLowerCase();
  return INDEFINITES.has(lower) || CALENDAR_WORDS.has(lower) || CONTRACTION.test(word);
}

/** A finite verb or modal heads a clause: "Trump and has aides", "the nominee and his aides haven't". */
const FINITE_VERB = /^(?:VBZ|VBD|VBP|MD)(?:\||$)/;

/** Longest phrase, in words, that can still be a name ("the Center for Countering Disinformation at the …" is split before). */
const MAX_ACTOR_WORDS = 8;

/**
 * True when a phrase can name an actor. Pronouns, numbers and percentages ("63 percent"),
 * bracket or punctuation fragments ("[Video", ") ESPN"), clauses (a finite verb outside a
 * capitalised name) and run-ons never do: a statement keeps such a source span, but no Actor
 * is made of it.
 */
export const isActorPhrase: (phrase: string) => boolean = memoize((phrase) => {
  const p = phrase.trim();
  if (p.length === 0 || !/^[\p{L}"“'‘]/u.test(p)) return false;
  if (/[[\]{}]|\(\s*$|^[^(]*\)/u.test(p)) return false;
  const words = p.split(/\s+/);
  if (words.length > MAX_ACTOR_WORDS) return false;
  if (words.length === 1 && (PRONOUNS.has(p.toLowerCase()) || isNoNameWord(p))) return false;
  if (/\b(?:percent|per cent)\b|%/i.test(p) || /^\p{Ll}*\s*\d/u.test(p) || /(?:^|\s)\d+(?:\s|$)/u.test(p)) return false;
  // A relative or subordinate clause inside: "the Columbia University department of surgery (where Oz".
  if (/[()–—]|\s--\s|\b(?:where|who|which|that|when|while|whose)\s/u.test(p)) return false;
  return !words.some((w) => {
    const lower = w.replace(/[^\p{L}'’]/gu, '');
    if (!/^\p{Ll}/u.test(lower)) return false;
    if (/n['’]t$/.test(lower)) return true;
    return FINITE_VERB.test(lexiconTags(lower)[0] ?? '');
  });
});
