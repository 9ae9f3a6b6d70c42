import { CITIES_AND_REGIONS, COUNTRIES, DEMONYMS } from '../entities/places';
import { stripNameDecorations } from '../entities/person-name';

/**
 * Events and organisations that are topics in their own right when a claim mentions them. The
 * capitalised-phrase rule below finds most; these are listed for the spellings it cannot
 * (abbreviations, lowercase "the union state").
 */
const KNOWN_TOPICS: readonly string[] = ['the Union State', 'NATO', 'the EU', 'the UN', 'the CSTO', 'the Wagner Group'];

const KNOWN_TOPIC_PATTERNS: ReadonlyArray<[string, RegExp]> = KNOWN_TOPICS.map((t) => [t, new RegExp(`\\b${escape(t.replace(/^the /, ''))}\\b`, 'i')]);
const PLACES = [...COUNTRIES, ...CITIES_AND_REGIONS];
const PLACE_SET: ReadonlySet<string> = new Set(PLACES.map((p) => p.toLowerCase()));
const PLACE_PATTERN = new RegExp(`\\b(${PLACES.map(escape).sort((a, b) => b.length - a.length).join('|')})\\b`, 'g');
const DEMONYM_PATTERN = new RegExp(`\\b(${Object.keys(DEMONYMS).join('|')})\\b`, 'g');
/** "the border with Belarus", "the Belarusian border", "the border between Ukraine and Belarus". */
const BORDER_WITH = /\bborder (?:with|of) (?:the )?([A-Z][a-z]+)/g;
const BORDER_BETWEEN = /\bborder between (?:the )?([A-Z][a-z]+) and (?:the )?([A-Z][a-z]+)/g;
/** Two or more capitalised words in a row, optionally after "the": "the Union State". */
const CAPITALISED_PHRASE = /\b(?:the )?(?:[A-Z][a-z]+)(?: (?:of |for |and )?[A-Z][a-z]+)+\b/g;

/**
 * The places, organisations and events a claim is about, as Topic names: gazetteer places and
 * the places adjectives point at ("Russian equipment" → Russia), a border named with its two
 * sides ("Ukraine has control over … the border with Belarus" → "the Ukraine–Belarus border"),
 * known events and organisations, and other multi-word capitalised names that are not people
 * (`isPerson` says which are).
 */
export function findTopics(text: string, isPerson: (phrase: string) => boolean = () => false): string[] {
  const topics: string[] = [];
  const add = (t: string): void => {
    if (!topics.some((x) => x.toLowerCase() === t.toLowerCase())) topics.push(t);
  };
  const places: string[] = [];
  for (const m of text.matchAll(PLACE_PATTERN)) places.push(m[1] ?? '');
  for (const m of text.matchAll(DEMONYM_PATTERN)) places.push(DEMONYMS[m[1] ?? ''] ?? '');
  for (const p of places) if (p.length > 0) add(p);
  for (const m of text.matchAll(BORDER_BETWEEN)) add(`the ${m[1]}–${m[2]} border`);
  for (const m of text.matchAll(BORDER_WITH)) {
    const other = m[1] ?? '';
    // The border's other side is the first other country the claim names ("Ukraine has control
    // over the situation on the border with Belarus").
    const side = places.find((p) => p !== other && COUNTRIES.includes(p));
    add(side === undefined ? `the ${other} border` : `the ${side}–${other} border`);
  }
  for (const [known, pattern] of KNOWN_TOPIC_PATTERNS) if (pattern.test(text)) add(known);
  for (const m of text.matchAll(CAPITALISED_PHRASE)) {
    const phrase = m[0];
    const bare = phrase.replace(/^the /, '');
    if (m.index === 0 && !phrase.startsWith('the ')) continue;
    if (isPerson(bare) || isPerson(stripNameDecorations(bare)) || PLACE_SET.has(bare.toLowerCase())) continue;
    if (bare.split(' ').some((w) => DEMONYMS[w] !== undefined || PLACES.includes(w))) continue;
    add(phrase);
  }
  return topics;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
