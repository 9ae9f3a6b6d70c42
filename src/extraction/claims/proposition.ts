import { lexiconEntry } from '../text/lexicon';
import { memoize } from '../entities/memoize';

/**
 * Whether a statement's content is a proposition — a clause that can be true or false and so a
 * claim — or only a noun phrase ("Trump", "The returns", "His dismissal"), a pronoun ("it",
 * "Him"), a fragment ("To comment", "Basically") or a number ("2012"). PolNeAR's content spans
 * are often such phrases ("declined to comment on the returns"); as claims they merge across
 * articles on nothing but a name.
 *
 * The test is deliberately generous (a statement that loses its claim loses it everywhere): the
 * content is a proposition when
 *   1. it has a finite verb after some word that can be its subject: a modal ("will", "could"),
 *      a contraction ("it's", "don't", "we'll"), or a word the en-lexicon tags VBD/VBZ/VBP,
 *      unless a determiner, possessive or preposition stands right before it ("the returns",
 *      "Trump's finances", "to comment": nouns and infinitives), or, for a word that is more
 *      often a noun ("requests", NNS|VBZ), unless it ends the content ("Document requests");
 *      "this is", "those were" count. A headline in title case of four words or more is read in
 *      lower case ("Clinton Hid Past Health Problems From Public");
 *   2. or it is a "that"-clause of four words or more ("that the numbers were wrong");
 *   3. or it is a quoted sentence of four words or more, capitalised and closed by . ! or ?
 *      ("The fewer guns, the better.": verbless, but asserted; "The Truman Show." is too short);
 *   4. or, in four words or more, a gerund with a subject before it and words after it: the
 *      small clause of "a poll shows Clinton leading Trump 47.3 percent to 44.4 percent";
 *   5. or its cue names, judges or predicts (called, considered, judged, dubbed, labeled,
 *      branded, deemed, described as, expected, predicted) and it has two words or more besides
 *      a leading determiner: "called Wells Fargo’s behavior “outrageous”" asserts that the
 *      behavior is outrageous, "expect Clinton to win Monday's debate" that she will win.
 * Everything else is no proposition: the statement is kept, its claim is not made.
 */
export function isProposition(content: string, cue: string | null = null): boolean {
  const tokens = propositionTokens(content);
  // A headline in title case ("Clinton Hid Past Health Problems From Public") is read in lower
  // case: the lexicon knows "Hid" only as a name.
  if (tokens.length >= MIN_HEADLINE_WORDS && tokens.every(isCapitalised)) for (const t of tokens) t.word = t.lower;
  if (tokens.length >= 4 && tokens[0]?.lower === 'that') return true;
  if (tokens.length >= 4 && isQuotedSentence(content)) return true;
  if (cue !== null && NAMING_CUE.test(cue) && tokens.length - (PRE_NOMINAL.has(tokens[0]?.lower ?? '') ? 1 : 0) >= 2) return true;
  // "It's all about …", "We'll see": the subject and its verb are one word.
  if (tokens[0] !== undefined && tokens[0].tail !== null && finiteness(tokens[0]) === FINITE) return true;
  for (let i = 1; i < tokens.length; i += 1) {
    const token = tokens[i] as Token;
    const before = tokens[i - 1] as Token;
    if (DEMONSTRATIVES.has(before.lower) && COPULAS_AND_MODALS.has(token.lower)) return true;
    if (PRE_NOMINAL.has(before.lower) || before.possessive) continue;
    const finite = finiteness(token);
    if (finite === FINITE) return true;
    if (finite === SOMETIMES_FINITE && i < tokens.length - 1) return true;
    if (tokens.length >= 4 && i < tokens.length - 1 && isGerund(token.word)) return true;
  }
  return false;
}

/**
 * Cues whose object is a small clause: "called X a liar", "described as an intentional act",
 * "expect Clinton to win Monday's debate".
 */
const NAMING_CUE = /\b(?:call(?:s|ed|ing)?|expect(?:s|ed|ing)?|predict(?:s|ed|ing)?|consider(?:s|ed|ing)?|judg(?:e|es|ed|ing)|dub(?:s|bed|bing)?|label(?:s|ed|led|ing|ling)?|brand(?:s|ed|ing)?|deem(?:s|ed|ing)?|describ(?:e|es|ed|ing) as|term(?:s|ed|ing)?)$/i;

const MIN_HEADLINE_WORDS = 4;

function isCapitalised(token: Token): boolean {
  return /^[\p{Lu}\p{N}]/u.test(token.word) || SMALL_TITLE_WORDS.has(token.word);
}

/** Words a title-case headline leaves in lower case. */
const SMALL_TITLE_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'by', 'with']);

interface Token {
  /** The word as written, without a contraction's tail. */
  word: string;
  lower: string;
  /** "n't", "'s", "'re", … when the word carried one (lowercase, straight apostrophe). */
  tail: string | null;
  /** "Trump's", "Clinton’s": a name with a possessive (or "is"; read as possessive). */
  possessive: boolean;
}

const NOT_FINITE = 0;
const SOMETIMES_FINITE = 1;
const FINITE = 2;

/**
 * Words after which a verb-like word is a noun or an infinitive: determiners, possessive
 * pronouns, prepositions and "to".
 */
const PRE_NOMINAL: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'this', 'these', 'those', 'his', 'her', 'their', 'its', 'my', 'our', 'your', 'any', 'some',
  'no', 'every', 'each', 'several', 'many', 'few', 'more', 'most', 'of', 'for', 'in', 'on', 'at', 'to', 'with',
  'by', 'about', 'from', 'into', 'over', 'under', 'after', 'before', 'against', 'between', 'without', 'per',
]);

/** "This is …", "Those were …": a demonstrative is a subject before a copula or a modal. */
const DEMONSTRATIVES: ReadonlySet<string> = new Set(['this', 'these', 'those']);
const COPULAS_AND_MODALS: ReadonlySet<string> = new Set([
  'is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'must', 'may', 'might',
]);

/** Pronouns whose "'s" is "is" or "has" ("it's", "that's"), never a possessive. */
const IS_PRONOUNS: ReadonlySet<string> = new Set(['it', 'he', 'she', 'that', 'there', 'what', 'who', 'here', 'where', 'how', 'let']);

/** Contraction tails that are themselves a finite verb ("we'll", "I'm", "don't"). */
const FINITE_TAILS: ReadonlySet<string> = new Set(["n't", "'re", "'m", "'ve", "'ll", "'d"]);

const FINITE_TAGS: ReadonlySet<string> = new Set(['MD', 'VBD', 'VBZ', 'VBP']);

const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;
const CONTRACTION = /^(.*?)(n['’]t|['’](?:s|re|m|ve|ll|d))$/i;

function propositionTokens(content: string): Token[] {
  const tokens: Token[] = [];
  for (const match of content.matchAll(WORD)) {
    const raw = match[0];
    const contraction = CONTRACTION.exec(raw);
    const word = contraction?.[1] || raw;
    const tail = contraction?.[2] ? contraction[2].toLowerCase().replace('’', "'") : null;
    const lower = word.toLowerCase();
    tokens.push({ word, lower, tail, possessive: tail === "'s" && !IS_PRONOUNS.has(lower) });
  }
  return tokens;
}

/** How surely a token is a finite verb, by its contraction or its lexicon tags. */
function finiteness(token: Token): number {
  if (token.tail !== null && (FINITE_TAILS.has(token.tail) || (token.tail === "'s" && !token.possessive))) return FINITE;
  return finitenessOfWord(token.word);
}

const finitenessOfWord: (word: string) => number = memoize((word) => {
  const tags = tagsOf(word);
  if (tags.length === 0) return NOT_FINITE;
  if (FINITE_TAGS.has(tags[0] as string)) return FINITE;
  return tags.some((t) => FINITE_TAGS.has(t)) ? SOMETIMES_FINITE : NOT_FINITE;
});

/** A word the lexicon knows first as a gerund or present participle ("leading", "being"). */
const isGerund: (word: string) => boolean = memoize((word) => tagsOf(word)[0] === 'VBG');

/** The word's tags, most frequent first; its own case first ("May" is a name, "may" a modal). */
function tagsOf(word: string): string[] {
  const found = lexiconEntry(word) ?? lexiconEntry(word.toLowerCase());
  return found === undefined ? [] : found.split('|');
}

const OPENING_QUOTE = /^\s*["“„«‘']\s*\p{Lu}/u;
const CLOSING_SENTENCE = /[.!?]\s*["”»’']?\s*$/u;

/** "“A total disaster.”": a quotation that opens with a capital and closes a sentence. */
function isQuotedSentence(content: string): boolean {
  return OPENING_QUOTE.test(content) && CLOSING_SENTENCE.test(content);
}
