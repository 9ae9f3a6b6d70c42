import type { ActorType, ExtractedActor, Span } from '../types';
import { MERGE_THRESHOLD, organizationName, preparedOrganizationNameScore } from './actor-match';
import { KNOWN_DESCRIPTIONS } from './known-people';
import { defaultBearer, knownPersonName, rankOf, splitPersonName, stripNameDecorations, surnameKey } from './person-name';
import { memoize } from './memoize';
import { givenNameGender, givenNameKey, type Gender } from './transliteration';

/** One mention of an actor as a stage of interpretation found it. */
export interface ActorMention {
  /** As written ("Putin's", "the statement", "The head of the Center …" is not a mention: "Andriy Kovalenko" is). */
  text: string;
  span: Span;
  type: ActorType;
  confidence: number;
  collective?: boolean;
  /** False for references that are not names: "he", "the statement", "the ministry". */
  isName?: boolean;
  /** Names found in running text: they join an actor but never create one. */
  weak?: boolean;
  /** Words before the name that say what the person is: "Republican presidential nominee", "Sen.". */
  description?: string;
}

interface ActorNode {
  mentions: ActorMention[];
  roles: Array<{ title: string; of: number }>;
  partOf: number | null;
  /** What the source phrases say the actor is ("Trump campaign spokesman"). */
  descriptions: string[];
  /** What the mentions say, computed on first use and forgotten whenever the mentions change. */
  derived: DerivedFacts;
}

/**
 * Facts derived from a node's mentions. Interpretation asks for them again and again (typing,
 * coreference, merging, output), and computing them means re-reading every mention.
 */
interface DerivedFacts {
  type?: ActorType;
  bestName?: string | null;
  gender?: Gender;
  nameWords?: Set<string>;
  descriptionWords?: Set<string>;
}

/**
 * Above this many actors in one article, organisation names are merged on their exact
 * comparison key only, not pairwise (which is quadratic). No real article comes near it.
 */
const MAX_ACTORS_COMPARED_PAIRWISE = 400;

/** A word inside a full name that may be a surname on its own: not an initial ("C.") or a particle ("van"). */
const INNER_SURNAME = /^\p{Lu}[\p{Ll}'’-]{2,}$/u;

/**
 * The actors of one article while it is being interpreted: every mention becomes a node, and
 * `resolve()` merges the nodes that are the same actor — full names up to transliteration
 * ("Oleksandr Lukashenko" = "Alexander Lukashenko"), a lone surname with the one full name
 * that has it ("Peskov" → Dmitry Peskov), a lone known surname with its well-known bearer
 * ("Putin" → Vladimir Putin), a lone given name with the one person of that given name
 * ("Vladimir" → Vladimir Putin), organisations by name. Node ids stay valid after merging.
 */
export class ArticleActors {
  private readonly nodes: ActorNode[] = [];
  private readonly parent: number[] = [];

  /** Adds a mention as a new node and returns its id. */
  add(mention: ActorMention): number {
    this.nodes.push({ mentions: [mention], roles: [], partOf: null, descriptions: [], derived: {} });
    this.parent.push(this.parent.length);
    return this.parent.length - 1;
  }

  /** Adds a mention of an actor already known (a resolved pronoun or nominal). */
  addMentionTo(id: number, mention: ActorMention): void {
    const node = this.node(this.find(id));
    node.mentions.push(mention);
    node.derived = {};
  }

  /** The representative id of the actor a node belongs to. */
  find(id: number): number {
    let root = id;
    while (this.parent[root] !== root) root = this.parent[root] ?? root;
    let cur = id;
    while (this.parent[cur] !== root) {
      const next = this.parent[cur] ?? root;
      this.parent[cur] = root;
      cur = next;
    }
    return root;
  }

  /** Records that two nodes are one actor. The earlier node stays the representative. */
  merge(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    const [keep, drop] = ra < rb ? [ra, rb] : [rb, ra];
    this.parent[drop] = keep;
    const kept = this.node(keep);
    const dropped = this.node(drop);
    kept.mentions.push(...dropped.mentions);
    kept.derived = {};
    kept.roles.push(...dropped.roles);
    kept.descriptions.push(...dropped.descriptions);
    if (kept.partOf === null) kept.partOf = dropped.partOf;
  }

  /** Records what the words before a person's name say about them ("longtime Democratic pollster"). */
  describe(id: number, description: string): void {
    const node = this.node(this.find(id));
    node.descriptions.push(description);
    node.derived = {};
  }

  /**
   * Lowercase words of what the actor is described as, and of its titles ("Sen. Ted Cruz" →
   * "sen."), for "the senator" / "the Republican nominee". Shared with later calls: do not change it.
   */
  descriptionWords(id: number): Set<string> {
    const node = this.node(this.find(id));
    if (node.derived.descriptionWords === undefined) {
      const words = new Set<string>();
      const addWords = (s: string): void => {
        for (const w of s.toLowerCase().split(/[\s,]+/)) if (w.length > 0) words.add(w);
      };
      for (const d of node.descriptions) addWords(d);
      for (const m of node.mentions) {
        if (m.description !== undefined) addWords(m.description);
        if (m.isName !== false && m.type === 'PERSON') {
          const stripped = stripNameDecorations(m.text);
          const at = m.text.lastIndexOf(stripped);
          if (at > 0) addWords(m.text.slice(0, at));
          const known = knownPersonName(stripped);
          if (known !== null) addWords(KNOWN_DESCRIPTIONS[known] ?? '');
        }
      }
      node.derived.descriptionWords = words;
    }
    return node.derived.descriptionWords;
  }

  /** Records that a person holds a role in/for another actor ("head" of the Center). */
  addRole(holder: number, title: string, of: number): void {
    this.node(this.find(holder)).roles.push({ title, of });
  }

  /** Records that an organisation is part of another (the Center PART_OF the NSDC). */
  setPartOf(child: number, parentId: number): void {
    const node = this.node(this.find(child));
    if (node.partOf === null) node.partOf = parentId;
  }

  /** The type of the actor a node belongs to: the type of its first name mention. */
  typeOf(id: number): ActorType {
    const node = this.node(this.find(id));
    if (node.derived.type === undefined) {
      const mentions = node.mentions;
      node.derived.type = (mentions.find((m) => m.isName !== false && m.weak !== true) ?? mentions[0])?.type ?? 'ORGANIZATION';
    }
    return node.derived.type;
  }

  /** The gender its given names suggest, for "she said" / "he said". */
  genderOf(id: number): Gender {
    const node = this.node(this.find(id));
    if (node.derived.gender === undefined) node.derived.gender = this.genderOfMentions(node.mentions);
    return node.derived.gender;
  }

  private genderOfMentions(mentions: readonly ActorMention[]): Gender {
    for (const m of mentions) {
      if (m.type !== 'PERSON' || m.isName === false) continue;
      // The title is in the mention ("Mrs. Clinton" as a source) or just before it (a name in
      // running text, whose title is its description).
      const titled = `${wordBefore(m)} ${m.text}`.trim();
      if (/^(?:ms|mrs|madam)\.?\s/i.test(titled)) return 'female';
      if (/^mr\.?\s/i.test(titled)) return 'male';
      const given = splitPersonName(m.text).given;
      if (given !== null) {
        const g = givenNameGender(given);
        if (g !== 'unknown') return g;
      }
    }
    return 'unknown';
  }

  /**
   * Lowercase words of the actor's names, for nominal lookups ("the ministry" → "… Ministry").
   * The set is shared with later calls: read it, do not change it.
   */
  nameWords(id: number): Set<string> {
    const node = this.node(this.find(id));
    if (node.derived.nameWords === undefined) {
      const words = new Set<string>();
      for (const m of node.mentions) {
        if (m.isName === false) continue;
        for (const w of m.text.toLowerCase().split(/[^a-z]+/)) if (w.length > 0) words.add(w);
      }
      node.derived.nameWords = words;
    }
    return node.derived.nameWords;
  }

  /** True when some name mention of the actor lies inside the span. */
  hasMentionWithin(id: number, span: Span): boolean {
    return this.node(this.find(id)).mentions.some((m) => m.span.start >= span.start && m.span.end <= span.end);
  }

  /** Spans of the actor's name mentions (not pronouns or nominals). */
  mentionSpans(id: number): Span[] {
    return this.node(this.find(id))
      .mentions.filter((m) => m.isName !== false)
      .map((m) => m.span);
  }

  /** True when the actor has a mention that is not weak, i.e. it exists on its own. */
  isStrong(id: number): boolean {
    return this.node(this.find(id)).mentions.some((m) => m.weak !== true);
  }

  /** Every representative id, in order of first mention. */
  roots(): number[] {
    const roots: number[] = [];
    for (let i = 0; i < this.nodes.length; i += 1) if (this.find(i) === i) roots.push(i);
    return roots;
  }

  /** Merges nodes that name the same actor (see the class comment). Call once, after all mentions. */
  resolve(): void {
    this.mergeOrganizations();
    this.mergePeople();
  }

  private mergeOrganizations(): void {
    const orgs = this.roots().filter((id) => this.typeOf(id) !== 'PERSON' && this.bestName(id) !== null);
    const byKey = new Map<string, number>();
    for (const id of orgs) {
      const key = (this.bestName(id) ?? '').toLowerCase().replace(/^the\s+/, '').replace(/['’]s\b/g, '');
      const seen = byKey.get(key);
      if (seen === undefined) byKey.set(key, id);
      else this.merge(seen, id);
    }
    if (orgs.length > MAX_ACTORS_COMPARED_PAIRWISE) return;
    const remaining = this.roots()
      .filter((id) => this.typeOf(id) !== 'PERSON')
      .map((id) => ({ id, name: this.bestName(id) }))
      .filter((o): o is { id: number; name: string } => o.name !== null)
      .map((o) => ({ id: o.id, name: organizationName(o.name) }));
    for (let i = 0; i < remaining.length; i += 1) {
      for (let j = i + 1; j < remaining.length; j += 1) {
        const a = remaining[i];
        const b = remaining[j];
        if (a === undefined || b === undefined || this.find(a.id) === this.find(b.id)) continue;
        if (preparedOrganizationNameScore(a.name, b.name) >= MERGE_THRESHOLD) this.merge(a.id, b.id);
      }
    }
  }

  private mergePeople(): void {
    type Parts = ReturnType<typeof splitPersonName> & { known: string | null };
    // A lone surname in an article that names an officer or a judge with it is that person,
    // well-known namesake or not: "Admiral Harris" and "Harris" beside "Adm. Harry B. Harris" are
    // he, not Kamala Harris; "Justice Kennedy" is Anthony M. Kennedy. (Any full name would not
    // do: "Trump" beside "Ivanka Trump" is Donald Trump.)
    const persons = this.roots().filter((r) => this.typeOf(r) === 'PERSON');
    const officerSurnames = new Set<string>();
    for (const id of persons) {
      for (const m of this.node(id).mentions) {
        if (m.isName === false || !isRanked(m)) continue;
        const { given, surname } = splitPersonName(stripNameDecorations(m.text));
        if (given !== null && surname !== null) officerSurnames.add(surnameKey(surname));
      }
    }
    const cache = new Map<number, Parts[]>();
    const parts = (id: number): Parts[] => {
      const root = this.find(id);
      let p = cache.get(root);
      if (p === undefined) {
        // Built field by field: spreading the memoised PersonName was the slowest line of resolve().
        p = this.personNames(root).map((n) => {
          const { given, surname, words } = splitPersonName(n);
          const officer = given === null && surname !== null && officerSurnames.has(surnameKey(surname));
          return { given, surname, words, known: officer ? null : knownPersonName(n) };
        });
        cache.set(root, p);
      }
      return p;
    };
    const merge = (a: number, b: number): void => {
      cache.delete(this.find(a));
      cache.delete(this.find(b));
      this.merge(a, b);
    };
    // 1. Full names equal up to transliteration, and names of the same well-known person.
    const byFull = new Map<string, number>();
    for (const id of persons) {
      for (const p of parts(id)) {
        const key = p.known ?? (p.given !== null && p.surname !== null ? `${givenNameKey(p.given)}|${surnameKey(p.surname)}` : null);
        if (key === null) continue;
        const seen = byFull.get(key);
        if (seen === undefined) byFull.set(key, id);
        else merge(seen, id);
      }
    }
    // 2. A lone name joins the one person it can mean: by surname first, as news writes people
    //    ("Peskov" → Dmitry Peskov, and "Emanuel" → Rahm Emanuel although Emanuel is also a given
    //    name); then by an inner surname ("Acosta" → Melba Acosta Febo); then, when it is a
    //    known given name, by given name ("Vladimir" → Putin). Any capitalised word would find
    //    some run of capitals starting with it ("Orlando" → "Orlando International Airport").
    //    With two candidates ("Andriy Yusov" and "Kirill Yusov") the choice is `choosePerson`'s.
    // 3. Lone names that join no one are one person per article and gender ("Ms. Acosta" said …
    //    "Ms. Acosta" added), not a new actor per mention.
    const people = this.roots().filter((r) => this.typeOf(r) === 'PERSON');
    const bySurname = new Map<string, Set<number>>();
    const byInnerSurname = new Map<string, Set<number>>();
    const byGiven = new Map<string, Set<number>>();
    const index = (map: Map<string, Set<number>>, key: string, id: number): void => {
      const set = map.get(key) ?? new Set<number>();
      set.add(id);
      map.set(key, set);
    };
    const hasFullName = new Set<number>();
    for (const id of people) {
      for (const q of parts(id)) {
        const full = splitPersonName(q.known ?? q.words.join(' '));
        if (full.given === null || full.surname === null) continue;
        hasFullName.add(id);
        index(bySurname, surnameKey(full.surname), id);
        index(byGiven, givenNameKey(full.given), id);
        for (const inner of full.words.slice(1, -1)) if (INNER_SURNAME.test(inner)) index(byInnerSurname, surnameKey(inner), id);
      }
    }
    const unjoined = new Map<string, number[]>();
    for (const id of people) {
      if (hasFullName.has(id)) continue;
      const lone = parts(id)[0];
      const word = lone?.surname ?? lone?.given ?? null;
      if (word === null) continue;
      const found =
        bySurname.get(surnameKey(word)) ??
        byInnerSurname.get(surnameKey(word)) ??
        (lone?.given === null ? undefined : byGiven.get(givenNameKey(word)));
      const candidates = new Set<number>();
      for (const c of found ?? []) candidates.add(this.find(c));
      const chosen = this.choosePerson(id, [...candidates]);
      if (chosen !== null) {
        merge(chosen, id);
        continue;
      }
      const key = surnameKey(word);
      const same = unjoined.get(key) ?? [];
      const gender = this.genderOf(id);
      const match = same.find((other) => {
        const g = this.genderOf(other);
        return g === 'unknown' || gender === 'unknown' || g === gender;
      });
      if (match === undefined) unjoined.set(key, [...same, id]);
      else merge(match, id);
    }
  }

  /**
   * Of the people a lone surname or given name may mean, the one it means: the only one; else
   * the only one of the gender its title gives ("Mrs. Clinton"); else the only one who speaks
   * in the article; else the one named nearest before it ("Hillary / Chelsea / Bill Clinton").
   */
  private choosePerson(lone: number, candidates: number[]): number | null {
    if (candidates.length <= 1) return candidates[0] ?? null;
    const gender = this.genderOf(lone);
    let pool = gender === 'unknown' ? candidates : candidates.filter((c) => this.genderOf(c) === gender);
    if (pool.length <= 1) return pool[0] ?? null;
    const speaking = pool.filter((c) => this.isStrong(c));
    if (speaking.length === 1) return speaking[0] ?? null;
    if (speaking.length > 1) pool = speaking;
    // The person the article is about is named most often ("Clinton" in a story on Hillary
    // Clinton that also names her husband once).
    const counts = pool.map((c) => this.node(this.find(c)).mentions.filter((m) => m.isName !== false).length);
    const most = Math.max(...counts);
    if (counts.filter((n) => n === most).length === 1) return pool[counts.indexOf(most)] ?? null;
    pool = pool.filter((_, i) => counts[i] === most);
    const at = Math.min(...this.node(this.find(lone)).mentions.map((m) => m.span.start));
    let best: number | null = null;
    let bestAt = -1;
    for (const c of pool) {
      for (const m of this.node(this.find(c)).mentions) {
        if (m.span.start < at && m.span.start > bestAt && m.isName !== false) {
          best = c;
          bestAt = m.span.start;
        }
      }
    }
    return best;
  }

  /** Display names of a person node: titles and possessives stripped. */
  private personNames(id: number): string[] {
    return this.node(this.find(id))
      .mentions.filter((m) => m.isName !== false)
      .map((m) => stripNameDecorations(m.text))
      .filter((n) => n.length > 0);
  }

  /** The name an actor is best known by in this article; null when it has no name mention. */
  bestName(id: number): string | null {
    const root = this.find(id);
    const node = this.node(root);
    if (node.derived.bestName === undefined) node.derived.bestName = this.bestNameOf(root);
    return node.derived.bestName;
  }

  private bestNameOf(root: number): string | null {
    const names = this.node(root)
      .mentions.filter((m) => m.isName !== false)
      .map((m) => displayName(m.text, this.typeOf(root)))
      .filter((n) => n.length > 0);
    if (names.length === 0) return null;
    if (this.typeOf(root) === 'PERSON') {
      const known = names.map(knownPersonName).find((k): k is string => k !== null) ?? null;
      const full = names.filter((n) => n.split(/\s+/).length > 1);
      if (full.length === 0) return known ?? this.defaultBearerOf(root, names[0] ?? '') ?? names[0] ?? null;
      // A full name of a well-known person gets its shipped spelling ("Joseph R. Biden" → Joe
      // Biden), so that every article names one actor alike. A lone surname does not: "Obama"
      // beside "Michelle Obama" is her, not Barack Obama.
      const knownFull = full.map(knownPersonName).find((k): k is string => k !== null);
      if (knownFull !== undefined) return knownFull;
      return full.reduce((best, n) => (n.split(/\s+/).length > best.split(/\s+/).length ? n : best), full[0] ?? '');
    }
    return names.reduce((best, n) => (n.length > best.length ? n : best), names[0] ?? '');
  }

  /**
   * The well-known person a lone surname means when the article names no one with it
   * ("Obama" → Barack Obama), unless the title's gender says otherwise ("Mrs. Trump").
   */
  private defaultBearerOf(root: number, name: string): string | null {
    if (name.split(/\s+/).length !== 1) return null;
    const bearer = defaultBearer(name);
    if (bearer === null) return null;
    const gender = this.genderOf(root);
    const bearerGender = givenNameGender(splitPersonName(bearer).given ?? '');
    return gender === 'unknown' || gender === bearerGender ? bearer : null;
  }

  /**
   * The extracted actors: one per merged group with a mention of its own (weak-only groups
   * are dropped), keyed `actor:<slug>`, and a function from node id to key.
   */
  toExtracted(): { actors: ExtractedActor[]; keyOf: (id: number) => string | null } {
    const keys = new Map<number, string>();
    const used = new Set<string>();
    const roots = this.roots().filter((id) => this.isStrong(id) && this.bestName(id) !== null);
    for (const id of roots) {
      const base = `actor:${slug(this.bestName(id) ?? 'actor')}`;
      let key = base;
      for (let n = 2; used.has(key); n += 1) key = `${base}-${n}`;
      used.add(key);
      keys.set(id, key);
    }
    const keyOf = (id: number): string | null => keys.get(this.find(id)) ?? null;
    const actors = roots.map((id): ExtractedActor => {
      const node = this.node(id);
      const type = this.typeOf(id);
      const name = this.bestName(id) ?? '';
      const aliases: string[] = [];
      // In reading order, whichever node was made first.
      for (const m of [...node.mentions].sort((a, b) => a.span.start - b.span.start)) {
        if (m.isName === false) continue;
        const alias = displayName(m.text, type);
        if (alias.length === 0 || sameSpelling(alias, name) || aliases.some((a) => sameSpelling(a, alias))) continue;
        aliases.push(alias);
      }
      const roles: ExtractedActor['roles'] = [];
      for (const r of node.roles) {
        const ofKey = keyOf(r.of);
        if (ofKey === null || ofKey === keys.get(id) || roles.some((x) => x.title === r.title && x.ofKey === ofKey)) continue;
        roles.push({ title: r.title, ofKey });
      }
      const partOfKey = node.partOf === null ? null : keyOf(node.partOf);
      const mentions = dedupeSpans(node.mentions.map((m) => m.span));
      const actor: ExtractedActor = {
        key: keys.get(id) ?? '',
        type,
        name,
        aliases,
        mentions,
        roles,
        confidence: Math.max(...node.mentions.filter((m) => m.weak !== true).map((m) => m.confidence)),
      };
      if (partOfKey !== null && partOfKey !== actor.key) actor.partOfKey = partOfKey;
      const description = node.descriptions[0];
      if (description !== undefined) actor.description = description;
      if (node.mentions.some((m) => m.collective === true)) actor.collective = true;
      return actor;
    });
    return { actors, keyOf };
  }

  private node(id: number): ActorNode {
    const node = this.nodes[id];
    if (node === undefined) throw new Error(`invariant: no actor node ${id}`);
    return node;
  }
}

/** True when a military or judicial rank is written before the name, in the mention or just before it ("Adm. Harry B. Harris"). */
function isRanked(m: ActorMention): boolean {
  return rankOf(m.text.split(/\s/, 1)[0] ?? '') !== null || rankOf(wordBefore(m)) !== null;
}

/** The word written right before a name in running text: the last of its description ("Adm.", "Mrs."), or "". */
function wordBefore(m: ActorMention): string {
  return m.description?.split(/\s+/).pop() ?? '';
}

/** A name as shown: people without titles or possessive; organisations with "the" lowercased. */
function displayName(text: string, type: ActorType): string {
  return type === 'PERSON' ? stripNameDecorations(text) : organizationDisplayName(text);
}

/**
 * Memoised, like the person-name functions: the same organisations recur in every article. A
 * final period goes unless it closes initials ("the U.S."); "Trump's campaign" and "Mrs.
 * Clinton's campaign" are shown by the surname, as most articles write them ("the Trump
 * campaign"); the key is the same either way.
 */
const organizationDisplayName: (text: string) => string = memoize((text) =>
  text
    .trim()
    .replace(/['’]s$/u, '')
    .replace(/^[,\s]+|(?<!\b\p{Lu})[,.\s]+$|[,\s]+$/gu, '')
    .replace(POSSESSED_CAMPAIGN, (_, owner: string) => `the ${owner.split(/\s+/).pop() ?? owner} campaign`)
    .replace(/^The\s/, 'the '),
);

/** A campaign named by its candidate's possessive: "Trump’s campaign", "Sanders' campaign". */
const POSSESSED_CAMPAIGN = /^(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*?)['’]s?\s+campaign$/u;

function sameSpelling(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** The key part of an actor's name: lowercase ASCII words joined by "-". Memoised, as names recur. */
const slug: (name: string) => string = memoize(slugUncached);

function slugUncached(name: string): string {
  return (
    name
      .toLowerCase()
      .replace(/^the\s+/, '')
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'actor'
  );
}

function dedupeSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  return sorted.filter((s, i) => i === 0 || s.start !== sorted[i - 1]?.start || s.end !== sorted[i - 1]?.end);
}
