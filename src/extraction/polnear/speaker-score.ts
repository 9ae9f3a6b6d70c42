/**
 * Scores speaker identity: for each gold attribution whose content the extractor found, is the
 * statement's speaker the entity a reader resolves the source to? Spans are scored elsewhere
 * (score.ts); here an attribution the span tagger missed is counted as not found, not as wrong.
 */
import type { Extraction, ExtractedStatement } from '../types';
import { sharedChars } from '../spans';
import { MENTION_TYPES, type MentionType, type SpeakerGold } from './speaker-gold';

/** One article: its gold and what the extractor made of it. */
export interface SpeakerScoringInput {
  file: string;
  text: string;
  gold: readonly SpeakerGold[];
  extraction: Extraction;
}

export interface SpeakerTally {
  gold: number;
  /** Gold attributions whose content matched an extracted statement. */
  found: number;
  correct: number;
}

export interface SpeakerMiss {
  file: string;
  mention: string;
  mentionType: MentionType;
  expected: string | null;
  /** The extracted speaker's name and type, "(none)" for no speaker, null when not found. */
  got: string | null;
}

export interface SpeakerScore {
  overall: SpeakerTally;
  byMentionType: Record<MentionType, SpeakerTally>;
  misses: SpeakerMiss[];
}

/** Scores every article's statements against its gold. */
export function scoreSpeakers(inputs: readonly SpeakerScoringInput[]): SpeakerScore {
  const empty = (): SpeakerTally => ({ gold: 0, found: 0, correct: 0 });
  const byMentionType = Object.fromEntries(MENTION_TYPES.map((t) => [t, empty()])) as Record<MentionType, SpeakerTally>;
  const overall = empty();
  const misses: SpeakerMiss[] = [];
  for (const input of inputs) {
    const actors = new Map(input.extraction.actors.map((a) => [a.key, a]));
    for (const gold of input.gold) {
      const tallies = [overall, byMentionType[gold.mentionType]];
      for (const t of tallies) t.gold += 1;
      const statement = matchingStatement(gold, input.extraction.statements);
      const miss: SpeakerMiss = { file: input.file, mention: gold.mention, mentionType: gold.mentionType, expected: gold.entity, got: null };
      if (statement === null) {
        misses.push(miss);
        continue;
      }
      for (const t of tallies) t.found += 1;
      const speaker = statement.speakerKey === null ? undefined : actors.get(statement.speakerKey);
      if (isSameEntity(gold, speaker?.name ?? null)) {
        for (const t of tallies) t.correct += 1;
      } else {
        misses.push({ ...miss, got: speaker ? `${speaker.name} (${speaker.type})` : '(none)' });
      }
    }
  }
  return { overall, byMentionType, misses };
}

/**
 * The statement carrying the gold attribution: its content shares at least half of the gold
 * content and half of its own (the reference scorer's content_match), the largest overlap
 * winning.
 */
function matchingStatement(gold: SpeakerGold, statements: readonly ExtractedStatement[]): ExtractedStatement | null {
  const goldSpans = gold.content.map(([start, end]) => ({ start, end }));
  const goldLength = goldSpans.reduce((n, s) => n + (s.end - s.start), 0);
  let best: ExtractedStatement | null = null;
  let bestShared = 0;
  for (const s of statements) {
    const shared = sharedChars(goldSpans, s.fragments);
    const ownLength = s.fragments.reduce((n, f) => n + (f.end - f.start), 0);
    if (shared * 2 < goldLength || shared * 2 < ownLength || shared <= bestShared) continue;
    best = s;
    bestShared = shared;
  }
  return best;
}

/** True when the extracted speaker's name is the gold entity or one of its aliases (or both are none). */
export function isSameEntity(gold: Pick<SpeakerGold, 'entity' | 'aliases'>, name: string | null): boolean {
  if (gold.entity === null || name === null) return gold.entity === name;
  const wanted = new Set([gold.entity, ...gold.aliases].map(comparableName));
  return wanted.has(comparableName(name));
}

// Titles, determiners and quantifiers do not change who is meant: "Sen. Elizabeth Warren" is
// "Elizabeth Warren", "many voters" are "voters", "Donald J. Trump" is "Donald Trump".
const IGNORED_WORDS = new Set([
  'the', 'a', 'an', 'some', 'many', 'most', 'several', 'all', 'other', 'mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'jr', 'sr',
]);

/** A name folded for comparison: lower case, straight apostrophes, no punctuation, titles or initials. */
export function comparableName(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .split(/\s+/)
    .filter((w) => w.length > 0 && !IGNORED_WORDS.has(w) && !/^\p{L}$/u.test(w))
    .join(' ');
}

/** The figures as a table, one row per mention type and the total. */
export function formatSpeakerScore(score: SpeakerScore): string {
  const pct = (a: number, b: number) => (b === 0 ? '    –' : `${((100 * a) / b).toFixed(1).padStart(5)}%`);
  const row = (label: string, t: SpeakerTally) =>
    `${label.padEnd(13)}${String(t.gold).padStart(6)}${String(t.found).padStart(7)}${String(t.correct).padStart(9)}  ${pct(t.correct, t.found)}  ${pct(t.correct, t.gold)}`;
  return [
    `${'mention'.padEnd(13)}${'gold'.padStart(6)}${'found'.padStart(7)}${'correct'.padStart(9)}  ${'of found'.padStart(8)}  ${'of gold'.padStart(7)}`,
    ...MENTION_TYPES.map((t) => row(t.toLowerCase().replace('_', ' '), score.byMentionType[t])),
    row('overall', score.overall),
  ].join('\n');
}
