import { CITIES_AND_REGIONS, COUNTRIES, DEMONYMS } from '../entities/places';
import { stripNameDecorations } from '../entities/person-name';

/**
 * Events and organisations that are topics in their own right when a claim mentions them. The
 * capitalised-phrase rule below finds most; these are listed for the spellings it cannot
 * (abbreviations, lowercase "the union state").
 */
const KNOWN_TOPICS: readonly string[] = ['the Union State', 'NATO', 'the EU', 'the UN', 'the CSTO', 'the Wagner Group'];

const PLACES = [...COUNTRIES, ...CITIES_AND_REGIONS];
const PLACE_SET: ReadonlySet<string> = new Set(PLACES.map((p) => p.toLowerCase()));
/** Places as written, for testing one word of a phrase. */
const PLACE_SPELLINGS: ReadonlySet<string> = new Set(PLACES);

/**
 * Gazetteer names, demonyms and known topics by their first character, longest first (the
 * order a regex alternation needs to find the longest name): 'U' → "United Kingdom", "United
 * States", "Ukraine", "UK", "US" …. Known topics are kept lowercase and matched ignoring case
 * ("the union state").
 */
const PLACES_BY_FIRST_CHAR = byFirstChar(PLACES);
const DEMONYMS_BY_FIRST_CHAR = byFirstChar(Object.keys(DEMONYMS));
const KNOWN_BY_FIRST_CHAR = byFirstChar(KNOWN_TOPICS.map(knownTopicKey));
const KNOWN_TOPIC_KEYS: readonly string[] = KNOWN_TOPICS.map(knownTopicKey);
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
  const { places, demonymPlaces, known } = gazetteerMentions(text);
  places.push(...demonymPlaces);
  for (const p of places) if (p.length > 0) addTopic(topics, p);
  // Both border patterns need the word; most claims have none.
  if (text.includes('border ')) {
    for (const m of text.matchAll(BORDER_BETWEEN)) addTopic(topics, `the ${m[1]}–${m[2]} border`);
    for (const m of text.matchAll(BORDER_WITH)) {
      const other = m[1] ?? '';
      // The border's other side is the first other country the claim names ("Ukraine has control
      // over the situation on the border with Belarus").
      const side = places.find((p) => p !== other && COUNTRIES.includes(p));
      addTopic(topics, side === undefined ? `the ${other} border` : `the ${side}–${other} border`);
    }
  }
  KNOWN_TOPICS.forEach((topic, k) => {
    if (known.has(KNOWN_TOPIC_KEYS[k] ?? '')) addTopic(topics, topic);
  });
  for (const m of text.matchAll(CAPITALISED_PHRASE)) {
    const phrase = m[0];
    const bare = phrase.replace(/^the /, '');
    if (m.index === 0 && !phrase.startsWith('the ')) continue;
    if (isPerson(bare) || isPerson(stripNameDecorations(bare)) || PLACE_SET.has(bare.toLowerCase())) continue;
    if (bare.split(' ').some((w) => DEMONYMS[w] !== undefined || PLACE_SPELLINGS.has(w))) continue;
    addTopic(topics, phrase);
  }
  return topics;
}

/** Adds a topic unless it is already there in another case. */
function addTopic(topics: string[], topic: string): void {
  const lower = topic.toLowerCase();
  if (!topics.some((x) => x.toLowerCase() === lower)) topics.push(topic);
}

/**
 * The gazetteer names and known topics in a text, in text order, by one pass over its words:
 * what `\\b(United Kingdom|Minsk|…)\\b`, `\\b(Russian|…)\\b` and a case-insensitive
 * `\\bNATO\\b`-style pattern per known topic would find, without running long alternations
 * over every claim. As with `\\b`, a name must start where a word starts and end where one
 * ends (letters, digits and "_" are word characters); the longest name wins, and a place found
 * hides the places that start inside it, as a global regex's matches cannot overlap.
 */
function gazetteerMentions(text: string): { places: string[]; demonymPlaces: string[]; known: Set<string> } {
  const places: string[] = [];
  const demonymPlaces: string[] = [];
  const known = new Set<string>();
  let placesFrom = 0;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (!isWordChar(c)) {
      i += 1;
      continue;
    }
    const knownNames = KNOWN_BY_FIRST_CHAR[asciiLower(c)];
    if (knownNames !== undefined) for (const name of knownNames) if (nameAt(text, i, name, true)) known.add(name);
    if (i >= placesFrom) {
      const place = firstNameAt(text, i, PLACES_BY_FIRST_CHAR[c]);
      if (place !== null) {
        places.push(place);
        placesFrom = i + place.length;
      }
    }
    const demonym = firstNameAt(text, i, DEMONYMS_BY_FIRST_CHAR[c]);
    if (demonym !== null) demonymPlaces.push(DEMONYMS[demonym] ?? '');
    i += 1;
    while (i < text.length && isWordChar(text.charCodeAt(i))) i += 1;
  }
  return { places, demonymPlaces, known };
}

/** The first of `names` written at `at` and ending at a word boundary, or null. */
function firstNameAt(text: string, at: number, names: readonly string[] | undefined): string | null {
  if (names === undefined) return null;
  for (const name of names) if (nameAt(text, at, name, false)) return name;
  return null;
}

/**
 * True when `name` is written at `at` and ends at a word boundary. `ignoreCase` folds ASCII
 * letters only, as a regex's `i` flag does without the `u` flag.
 */
function nameAt(text: string, at: number, name: string, ignoreCase: boolean): boolean {
  if (at + name.length > text.length) return false;
  for (let k = 0; k < name.length; k += 1) {
    const c = text.charCodeAt(at + k);
    const n = name.charCodeAt(k);
    if (c !== n && !(ignoreCase && c >= UPPER_A && c <= UPPER_Z && c + CASE_OFFSET === n)) return false;
  }
  return at + name.length === text.length || !isWordChar(text.charCodeAt(at + name.length));
}

/** How a known topic is looked for: without "the", lowercase ("the Union State" → "union state"). */
function knownTopicKey(topic: string): string {
  return topic.replace(/^the /, '').toLowerCase();
}

/**
 * Names grouped by the code of their first character (an array index: all our names start with
 * an ASCII letter), longest first.
 */
function byFirstChar(names: readonly string[]): Array<string[] | undefined> {
  const table: Array<string[] | undefined> = [];
  for (const name of [...names].sort((a, b) => b.length - a.length)) {
    const first = name.charCodeAt(0);
    table[first] = [...(table[first] ?? []), name];
  }
  return table;
}

const UPPER_A = 65;
const UPPER_Z = 90;
const LOWER_A = 97;
const LOWER_Z = 122;
const DIGIT_0 = 48;
const DIGIT_9 = 57;
const UNDERSCORE = 95;
/** 'a' − 'A'. */
const CASE_OFFSET = LOWER_A - UPPER_A;

function asciiLower(c: number): number {
  return c >= UPPER_A && c <= UPPER_Z ? c + CASE_OFFSET : c;
}

/** A `\\w` character: what `\\b` (without the u flag) separates from everything else. */
function isWordChar(c: number): boolean {
  return (c >= LOWER_A && c <= LOWER_Z) || (c >= UPPER_A && c <= UPPER_Z) || (c >= DIGIT_0 && c <= DIGIT_9) || c === UNDERSCORE;
}
