import type { Extraction, ExtractedStatement, Span } from '../types';

/**
 * The wire sign-off with which an outlet names itself at the end of a sentence it passes on:
 * "…, UNN reports." or "…, reports Ukrinform." Present tense only: "the Hill reported",
 * "told Yahoo News" and a leading "The New York Post reports that …" are, in the dev split's
 * US articles, always other papers being cited, never the article's own publisher.
 */
const SIGN_OFF_AFTER = /^\s+(?:reports|writes|informs)\b/;
const SIGN_OFF_BEFORE = /\b(?:reports|writes|informs)\s+(?:the\s+)?$/i;

/** How far after its content a sign-off may stand: the rest of the same sentence. */
const MAX_SIGN_OFF_DISTANCE = 250;

/**
 * The article's publisher: an outlet (one, not a collective like "the Russian media") that is
 * the last hop of a statement's chain and signs it off after its content ("Peskov said …,
 * according to the Russian media, UNN reports" → UNN). Null when no statement is signed so;
 * ingest then takes the publisher from metadata or the client.
 */
export function publisherKey(text: string, extraction: Extraction): string | null {
  const actors = new Map(extraction.actors.map((a) => [a.key, a]));
  for (const statement of extraction.statements) {
    const last = statement.via[statement.via.length - 1];
    if (last === undefined) continue;
    const actor = actors.get(last);
    if (actor === undefined || actor.type !== 'OUTLET' || actor.collective === true) continue;
    if (actor.mentions.some((mention) => signsOff(text, statement, mention))) return actor.key;
  }
  return null;
}

/** True when the mention follows the statement's content in its sentence as "X reports" or "reports X". */
function signsOff(text: string, statement: ExtractedStatement, mention: Span): boolean {
  const gap = text.slice(statement.span.end, mention.start);
  if (mention.start < statement.span.end || gap.length > MAX_SIGN_OFF_DISTANCE || /[\n!?]|\.\s+\p{Lu}/u.test(gap)) return false;
  return SIGN_OFF_AFTER.test(text.slice(mention.end, mention.end + 12)) || SIGN_OFF_BEFORE.test(gap);
}
