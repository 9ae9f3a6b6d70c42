/**
 * What a researcher sees first of a graph built from real news, as figures: speakers that are
 * pronouns, actors that are no entity, one person split in two, claims that are no proposition.
 * The definitions here are deliberately independent of the extractor's own filters, so the
 * figures measure it rather than repeat it. Pure: the eval:graph command reads the graph.
 */

export interface QualityInput {
  actors: Array<{ name: string; type: string; statements: number }>;
  /** Statements per speaker; `name` null for statements without one. */
  speakers: Array<{ name: string | null; type: string | null; statements: number }>;
  claims: Array<{ text: string; appearances: number }>;
  articles: { count: number; titled: number; dated: number; firstDate: string | null; lastDate: string | null; outlets: string[] };
}

export interface Share {
  count: number;
  of: number;
  /** A few of the offending names or texts, for a reader to check. */
  examples: string[];
}

export interface GraphQuality {
  pronounSpeakers: Share;
  junkActors: Share;
  splitPersons: Share;
  shortClaims: Share;
}

const PRONOUNS = new Set(
  (
    'i me my mine we us our ours you your yours he him his she her hers it its they them their theirs who whom whose which that ' +
    'this these those himself herself itself themselves ourselves someone somebody anyone everyone nobody one'
  ).split(' '),
);

// A name that holds one of these words is a clause someone cut out of a sentence, not a name.
const CLAUSE_WORDS = new Set('said says say told tells is are was were has have had will would could should did does'.split(' '));

const TITLES = /^(mr|mrs|ms|dr|sen|rep|gov|president|senator|representative|governor)\.?\s+/i;

const MAX_NAME_WORDS = 8;
const EXAMPLES = 12;

function words(text: string): string[] {
  return text.trim().split(/\s+/).filter((w) => w.length > 0);
}

/** True for a pronoun on its own ("He", "who"). */
export function isPronoun(name: string): boolean {
  return PRONOUNS.has(name.trim().toLowerCase());
}

/** Why a name is no entity, or null when it could be one ("63 percent": a number). */
export function junkReason(name: string): string | null {
  const trimmed = name.trim();
  if (trimmed.length === 0) return 'empty';
  if (isPronoun(trimmed)) return 'pronoun';
  if (/^[\d$£€]/.test(trimmed) || /%|\bpercent\b/i.test(trimmed)) return 'number';
  if (/^[^\p{L}"“'‘]/u.test(trimmed) || unbalanced(trimmed)) return 'fragment';
  // Acronyms keep their dots, so "U.S." is no "us".
  const lower = words(trimmed.toLowerCase()).map((w) => (/^(\p{L}\.)+$/u.test(w) ? w : w.replace(/[^\p{L}']/gu, '')));
  if (lower.length > MAX_NAME_WORDS || lower.slice(1).some((w) => PRONOUNS.has(w) && w !== 'one') || lower.some((w) => CLAUSE_WORDS.has(w))) return 'clause';
  return null;
}

function unbalanced(text: string): boolean {
  for (const [open, close] of ['()', '[]']) {
    let depth = 0;
    for (const c of text) {
      if (c === open) depth += 1;
      else if (c === close && --depth < 0) return true;
    }
    if (depth !== 0) return true;
  }
  return false;
}

/** Every measure over one graph. */
export function measureGraph(input: QualityInput): GraphQuality {
  const withSpeaker = input.speakers.filter((s) => s.name !== null);
  const pronouns = withSpeaker.filter((s) => isPronoun(s.name ?? ''));
  const junk = input.actors.map((a) => ({ a, why: junkReason(a.name) })).filter((x) => x.why !== null);
  const persons = input.actors.filter((a) => a.type === 'PERSON');
  const surnamesOfFullNames = new Set(
    persons.map((p) => words(p.name.replace(TITLES, ''))).filter((w) => w.length > 1).map((w) => (w[w.length - 1] ?? '').toLowerCase()),
  );
  const split = persons.filter((p) => {
    const w = words(p.name.replace(TITLES, ''));
    return w.length === 1 && surnamesOfFullNames.has((w[0] ?? '').toLowerCase());
  });
  const short = input.claims.filter((c) => words(c.text).length < 3);
  const sum = (xs: Array<{ statements: number }>) => xs.reduce((n, x) => n + x.statements, 0);
  return {
    pronounSpeakers: { count: sum(pronouns), of: sum(withSpeaker), examples: pronouns.map((s) => `${s.name} (${s.statements})`).slice(0, EXAMPLES) },
    junkActors: { count: junk.length, of: input.actors.length, examples: junk.map((x) => `${x.a.name} [${x.why}]`).slice(0, EXAMPLES) },
    splitPersons: { count: split.length, of: persons.length, examples: split.map((p) => p.name).slice(0, EXAMPLES) },
    shortClaims: { count: short.length, of: input.claims.length, examples: short.map((c) => c.text).slice(0, EXAMPLES) },
  };
}
