/**
 * What makes a source an OUTLET (a publisher: "UNN reports", "according to the Russian media")
 * rather than an ORGANIZATION (a ministry, a press service). Outlets are attribution hops, not
 * speakers, and the last one in a chain ("…, UNN reports") is the article's publisher.
 */

import { NEWS_ORGANIZATIONS, type NewsOrganization } from './news-organizations';

/** A news organization and the forms that name it. */
export interface Outlet {
  name: string;
  forms: string[];
}

/** Comparison form: lowercase, one space, no possessive, no trailing dot. */
function normalizeForm(form: string): string {
  return form
    .trim()
    .replace(/['’]s?$/u, '')
    .replace(/\.$/, '')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

/** Every form and slug → its organization (the canonical name is a form only when listed as one: "Time"). */
const BY_FORM: ReadonlyMap<string, NewsOrganization> = (() => {
  const map = new Map<string, NewsOrganization>();
  for (const org of NEWS_ORGANIZATIONS) {
    for (const form of [...org.forms, ...(org.slugs ?? [])]) {
      const key = normalizeForm(form);
      const existing = map.get(key);
      if (existing !== undefined && existing !== org) throw new Error(`outlet form "${form}" names both ${existing.name} and ${org.name}`);
      map.set(key, org);
    }
  }
  return map;
})();

function lookup(form: string): NewsOrganization | null {
  const key = normalizeForm(form);
  if (key.length === 0) return null;
  const found = BY_FORM.get(key) ?? (key.startsWith('the ') ? BY_FORM.get(key.slice(4)) : undefined);
  return found ?? null;
}

/**
 * The news organization a name, abbreviation or metadata slug denotes ("The New York Times",
 * "NYT", "nyt", "wash-post"), or null. Case-insensitive; ambiguous short forms such as "the
 * Times" answer null here, since only the article around them can say which paper they mean.
 */
export function outletByName(form: string): Outlet | null {
  const org = lookup(form);
  return org === null ? null : { name: org.name, forms: [...org.forms] };
}

/** Outlet names and abbreviations we ship (every full form of NEWS_ORGANIZATIONS). */
export const KNOWN_OUTLETS: readonly string[] = NEWS_ORGANIZATIONS.flatMap((o) => [o.name, ...o.forms]);

/**
 * Masthead words: a run of capitalised words ending in one of these is a news organization's
 * name ("Yahoo News", "the Moscow Times", "Kyiv Post", "the Detroit Free Press").
 */
export const OUTLET_WORDS: readonly string[] = [
  'news', 'times', 'post', 'herald', 'tribune', 'journal', 'gazette', 'daily', 'magazine', 'tv', 'radio',
  'telegraph', 'chronicle', 'observer', 'examiner', 'inquirer', 'courier', 'dispatch', 'sentinel', 'globe',
  'press', 'channel',
];

/**
 * Common nouns that name one publisher ("the newspaper", "the top British medical journal",
 * "Interfax news agency"). "agency", "website", "paper" and "report(s)" are not among them: "the
 * agency" is as often a government agency, "its own website" a company's, "the paper" a study.
 */
const OUTLET_NOUNS: readonly string[] = [
  'newspaper', 'tabloid', 'broadcaster', 'magazine', 'journal', 'publication', 'news agency', 'news service',
  'news outlet', 'news site', 'news website', 'news channel', 'tv channel', 'television channel', 'radio station',
  'tv station', 'wire service',
];

/** Outlet heads that denote many publishers at once: "the Russian media" is a collective outlet. */
export const COLLECTIVE_OUTLET_WORDS: readonly string[] = ['media', 'press', 'outlets', 'newspapers', 'channels'];

/**
 * Words that keep "agency"/"press"/"service" phrases out of the outlet class: the Central
 * Intelligence Agency is not a publisher, and "Lukashenko's press service" is an organisation.
 */
const NOT_OUTLET_WORDS: ReadonlySet<string> = new Set([
  'intelligence', 'ministry', 'security', 'space', 'energy', 'protection', 'health', 'service', 'secretary',
  'defense', 'defence', 'government', 'environmental', 'council', 'office', 'conference', 'center', 'centre',
]);

/** The longest phrase the patterns below accept: names and mastheads are short. */
const MAX_OUTLET_WORDS = 6;

const MASTHEAD_SET: ReadonlySet<string> = new Set(OUTLET_WORDS);
const COLLECTIVE_SET: ReadonlySet<string> = new Set(COLLECTIVE_OUTLET_WORDS);

/** The phrase's words without a leading "the" and a trailing possessive; null when it is no plain phrase. */
function phraseWords(phrase: string): string[] | null {
  const trimmed = phrase.trim().replace(/['’]s?$/u, '');
  // Commas, brackets, quotes, digits and dashes between words belong to clauses and lists, not names.
  if (trimmed.length === 0 || /[,;:()\[\]"“”«»\d–—]/u.test(trimmed)) return null;
  const ws = trimmed.split(/\s+/);
  if (ws[0]?.toLowerCase() === 'the') ws.shift();
  return ws.length === 0 || ws.length > MAX_OUTLET_WORDS ? null : ws;
}

const CAPITALISED = /^\p{Lu}[\p{L}.&'’-]*$/u;

/** True when the phrase is one of the shipped outlet names as written in text ("UNN", "the BBC", "RIA Novosti"). */
export function isKnownOutlet(phrase: string): boolean {
  return /\p{Lu}/u.test(phrase) && lookup(phrase) !== null;
}

/**
 * True when the phrase names one publisher: a shipped outlet, or (a pattern, kept conservative)
 * - capitalised words ending in a masthead word: "Yahoo News", "the Moscow Times", "the Post";
 * - capitalised words followed by an outlet noun: "Interfax news agency", "Inter TV channel";
 * - a short phrase whose head is an outlet noun: "the newspaper", "the top British medical journal".
 * Never a phrase with a government word ("the Press Office"), a clause or a list.
 */
export function isOutletPhrase(phrase: string): boolean {
  if (isKnownOutlet(phrase)) return true;
  const ws = phraseWords(phrase);
  if (ws === null) return false;
  const lower = ws.map((w) => w.toLowerCase());
  if (lower.some((w) => NOT_OUTLET_WORDS.has(w))) return false;
  const head = lower[lower.length - 1] ?? '';
  if (ws.every((w) => CAPITALISED.test(w)) && MASTHEAD_SET.has(head)) return true;
  const tail = lower.join(' ');
  const noun = OUTLET_NOUNS.find((n) => tail === n || tail.endsWith(` ${n}`));
  if (noun === undefined) return false;
  const before = ws.slice(0, ws.length - noun.split(' ').length);
  // "Interfax news agency": a name before the noun; "the top British medical journal": modifiers.
  return before.length <= 3;
}

/** True for collective outlets: "the Russian media", "Western outlets", "the press", "state news media". */
export function isCollectiveOutletPhrase(phrase: string): boolean {
  if (isKnownOutlet(phrase)) return false;
  const ws = phraseWords(phrase);
  if (ws === null) return false;
  const lower = ws.map((w) => w.toLowerCase());
  const head = lower[lower.length - 1];
  return head !== undefined && COLLECTIVE_SET.has(head) && !lower.some((w) => NOT_OUTLET_WORDS.has(w));
}

/** Short form ("the times") → the organizations it may mean. */
const BY_SHORT_FORM: ReadonlyMap<string, readonly NewsOrganization[]> = (() => {
  const map = new Map<string, NewsOrganization[]>();
  for (const org of NEWS_ORGANIZATIONS) {
    for (const form of org.shortForms ?? []) {
      const key = normalizeForm(form);
      map.set(key, [...(map.get(key) ?? []), org]);
    }
  }
  return map;
})();

/** Each short-form organization's full forms as one word-bounded pattern, made on first use. */
const fullFormPatterns = new Map<NewsOrganization, RegExp>();

function fullFormPattern(org: NewsOrganization): RegExp {
  let pattern = fullFormPatterns.get(org);
  if (pattern === undefined) {
    const forms = [...new Set([org.name.replace(/^The\s+/, ''), ...org.forms])].sort((a, b) => b.length - a.length);
    pattern = new RegExp(`(?<![\\p{L}\\d])(?:${forms.map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}\\d])`, 'gu');
    fullFormPatterns.set(org, pattern);
  }
  return pattern;
}

/** Where an article names an outlet in full: the words as written and their span. */
export interface OutletNaming {
  text: string;
  span: { start: number; end: number };
}

/**
 * The outlet a short form means in this article: "the Times" after "The New York Times" is the
 * New York Times, after "the Los Angeles Times" the Los Angeles Times — whichever paper with
 * that short form the text named in full last before `at`. Null when the phrase is no short
 * form, or no such paper was named before it (then "the Times" stays as written).
 */
export function shortFormOutlet(text: string, phrase: string, at: number): OutletNaming | null {
  // A source phrase may come without its article ("Post" of "the Post reported").
  const article = /^the\s/i.test(phrase.trim()) ? '' : /\bthe\s+$/i.exec(text.slice(Math.max(0, at - 4), at))?.[0];
  if (article === undefined) return null;
  const candidates = BY_SHORT_FORM.get(normalizeForm(`${article}${phrase}`));
  if (candidates === undefined) return null;
  const before = text.slice(0, at);
  let best: OutletNaming | null = null;
  for (const org of candidates) {
    for (const m of before.matchAll(fullFormPattern(org))) {
      const start = m.index ?? 0;
      if (best === null || start > best.span.start) best = { text: m[0], span: { start, end: start + m[0].length } };
    }
  }
  return best;
}
