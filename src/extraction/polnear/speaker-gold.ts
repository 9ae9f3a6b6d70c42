/**
 * The speaker-identity gold: for each PolNeAR attribution with a Source in a few dev articles,
 * the real entity the source refers to, resolved by hand ("she" → Hillary Clinton). One JSON
 * line per attribution in eval/speaker-gold/NAME.jsonl, NAME being the article's text file.
 */
import type { ActorType } from '../types';
import type { Fragment } from './brat';

export type MentionType = 'PRONOUN' | 'PARTIAL_NAME' | 'FULL_NAME' | 'NOMINAL';

export const MENTION_TYPES: readonly MentionType[] = ['PRONOUN', 'PARTIAL_NAME', 'FULL_NAME', 'NOMINAL'];
const ACTOR_TYPES: readonly ActorType[] = ['PERSON', 'ORGANIZATION', 'OUTLET', 'GROUP'];

export interface SpeakerGold {
  source: { start: number; end: number };
  mention: string;
  content: Fragment[];
  mentionType: MentionType;
  /** Null: the mention names no entity ("a source", "one woman"); no actor should be made. */
  entity: string | null;
  type: ActorType | null;
  aliases: string[];
}

/**
 * Parses and checks one gold file against its article: a line whose mention is not the text at
 * its offsets is refused, naming the file and line, so gold and text cannot drift apart.
 */
export function parseSpeakerGold(fileName: string, content: string, text: string): SpeakerGold[] {
  return content.split('\n').flatMap((line, i): SpeakerGold[] => {
    if (!line.trim()) return [];
    const where = `${fileName}:${i + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new Error(`${where}: not JSON (${(error as Error).message})`);
    }
    return [checkLine(where, value, text)];
  });
}

function checkLine(where: string, value: unknown, text: string): SpeakerGold {
  const r = value as Record<string, unknown>;
  const fail = (field: string, what: string): never => {
    throw new Error(`${where}: ${field}: ${what}`);
  };
  const source = r.source as { start?: unknown; end?: unknown } | undefined;
  if (typeof source?.start !== 'number' || typeof source.end !== 'number') return fail('source', 'expected {start, end}');
  if (text.slice(source.start, source.end) !== r.mention) return fail('mention', `is not the article's text at ${source.start}-${source.end}`);
  if (!Array.isArray(r.content) || r.content.length === 0) return fail('content', 'expected [[start, end], …]');
  if (!MENTION_TYPES.includes(r.mentionType as MentionType)) return fail('mentionType', `expected one of ${MENTION_TYPES.join(', ')}`);
  if (r.entity !== null && typeof r.entity !== 'string') return fail('entity', 'expected a name or null');
  if (r.entity === null ? r.type !== null : !ACTOR_TYPES.includes(r.type as ActorType)) {
    return fail('type', `expected one of ${ACTOR_TYPES.join(', ')} with an entity, null without`);
  }
  const aliases = r.aliases ?? [];
  if (!Array.isArray(aliases) || aliases.some((a) => typeof a !== 'string')) return fail('aliases', 'expected a list of names');
  return {
    source: { start: source.start, end: source.end },
    mention: r.mention as string,
    content: r.content as Fragment[],
    mentionType: r.mentionType as MentionType,
    entity: r.entity as string | null,
    type: r.type as ActorType | null,
    aliases: aliases as string[],
  };
}
