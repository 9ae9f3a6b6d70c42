import lexicon from 'en-lexicon/dist/lexicon';
import { memoize } from '../entities/memoize';

const tags: Readonly<Record<string, string>> = lexicon as unknown as Record<string, string>;

/** Pronouns in every case: the span stage takes them as sources, but they name no one by themselves. */
const PRONOUNS: ReadonlySet<string> = new Set([
  'he', 'him', 'his', 'she', 'her', 'hers', 'they', 'them', 'their', 'it', 'its', 'we', 'us', 'our', 'i', 'me', 'my',
  'you', 'your', 'who', 'whom', 'whose', 'which', 'that', 'this', 'these', 'those', 'there', 'one', 'someone',
]);

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
  if (words.length === 1 && PRONOUNS.has(p.toLowerCase())) return false;
  if (/\b(?:percent|per cent)\b|%/i.test(p) || /^\p{Ll}*\s*\d/u.test(p) || /(?:^|\s)\d+(?:\s|$)/u.test(p)) return false;
  // A relative or subordinate clause inside: "the Columbia University department of surgery (where Oz".
  if (/[()–—]|\s--\s|\b(?:where|who|which|that|when|while|whose)\s/u.test(p)) return false;
  return !words.some((w) => {
    const lower = w.replace(/[^\p{L}'’]/gu, '');
    if (!/^\p{Ll}/u.test(lower)) return false;
    if (/n['’]t$/.test(lower)) return true;
    const t = tags[lower];
    return t !== undefined && FINITE_VERB.test(t);
  });
});
