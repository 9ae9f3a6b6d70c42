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
 * Head words that make a phrase an outlet: "the Russian media", "Interfax news agency",
 * "Channel One TV", "the newspaper". "reports" is here because a capitalised name followed by
 * "reports" is, in news text, nearly always a publisher ("UNN reports").
 */
export const OUTLET_WORDS: readonly string[] = [
  'media', 'agency', 'news', 'reports', 'tv', 'television', 'newspaper', 'newspapers', 'channel', 'channels',
  'radio', 'magazine', 'outlet', 'outlets', 'publication', 'portal', 'website', 'daily', 'tabloid',
  'broadcaster', 'journal', 'gazette', 'times', 'post', 'herald', 'tribune', 'press',
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

const OUTLET_WORD_SET: ReadonlySet<string> = new Set(OUTLET_WORDS);
const COLLECTIVE_SET: ReadonlySet<string> = new Set(COLLECTIVE_OUTLET_WORDS);

function words(phrase: string): string[] {
  return phrase
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[^a-z0-9.\/-]+/)
    .filter((w) => w.length > 0);
}

/** True when the phrase is one of the shipped outlet names ("UNN", "the BBC", "RIA Novosti"). */
export function isKnownOutlet(phrase: string): boolean {
  return lookup(phrase) !== null;
}

/** True when the phrase names a publisher: a known outlet, or an outlet head word not overridden. */
export function isOutletPhrase(phrase: string): boolean {
  if (isKnownOutlet(phrase)) return true;
  const ws = words(phrase);
  if (ws.some((w) => NOT_OUTLET_WORDS.has(w))) return false;
  return ws.some((w) => OUTLET_WORD_SET.has(w));
}

/** True for collective outlets: "the Russian media", "Western outlets", "the press". */
export function isCollectiveOutletPhrase(phrase: string): boolean {
  if (isKnownOutlet(phrase)) return false;
  const ws = words(phrase);
  const head = ws[ws.length - 1];
  return head !== undefined && COLLECTIVE_SET.has(head) && !ws.some((w) => NOT_OUTLET_WORDS.has(w));
}
