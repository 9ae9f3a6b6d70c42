import { outletByName } from '../extraction/entities/outlets';
import type { Extraction } from '../extraction/types';
import { normalizeName } from './normalize';

/**
 * Makes `outlet` the article's publisher: the outlet the client or the metadata named wins over
 * one the extractor inferred from "X reports". A known news organization is stored under its
 * canonical name with its usual forms as aliases, so metadata slugs ("nyt", "wash-post") and
 * the names articles use ("the New York Times") meet in one actor. An actor already in the
 * extraction under any of those names is reused, so the publisher and a chain hop
 * ("…, UNN reports") stay one actor.
 */
export function withOutlet(extracted: Extraction, outlet: string | null | undefined): Extraction {
  const extraction = withCanonicalOutlets(extracted);
  const given = outlet?.trim();
  if (!given) return extraction;
  const known = outletByName(given);
  const name = known?.name ?? given;
  const aliases = known ? otherSpellings(name, known.forms) : [];
  const spellings = new Set([name, ...aliases].map(normalizeName));
  const existing = extraction.actors.find(
    (actor) => actor.type === 'OUTLET' && [actor.name, ...actor.aliases].some((spelling) => spellings.has(normalizeName(spelling))),
  );
  if (existing) {
    const rest = withoutGuess(extraction, existing.key);
    // The canonical name, so the outlet node is named alike whichever article created it.
    const renamed = known ? { ...existing, name, aliases: otherSpellings(name, [existing.name, ...existing.aliases, ...aliases]) } : existing;
    return { ...rest, outletKey: existing.key, actors: rest.actors.map((actor) => (actor === existing ? renamed : actor)) };
  }
  const key = `outlet:${normalizeName(name)}`;
  const rest = withoutGuess(extraction, key);
  return {
    ...rest,
    outletKey: key,
    actors: [...rest.actors, { key, type: 'OUTLET', name, aliases, mentions: [], roles: [], confidence: 1 }],
  };
}

/**
 * Every outlet the text names that is a known news organization takes its canonical name, its
 * other forms kept as aliases: the first article to mention "the New York Times" creates the
 * node, and ingest never renames one, so without this the node's name would depend on which
 * article came first.
 */
function withCanonicalOutlets(extraction: Extraction): Extraction {
  let changed = false;
  const actors = extraction.actors.map((actor) => {
    const known = actor.type === 'OUTLET' ? outletByName(actor.name) : null;
    if (!known || known.name === actor.name) return actor;
    changed = true;
    return { ...actor, name: known.name, aliases: otherSpellings(known.name, [actor.name, ...actor.aliases, ...known.forms]) };
  });
  return changed ? { ...extraction, actors } : extraction;
}

/**
 * Drops the publisher the extractor guessed when the named outlet replaces it and nothing else
 * refers to it: a wrong guess ("a Breitbart article by the New York Post") would otherwise stay
 * in the graph as an actor that said nothing.
 */
function withoutGuess(extraction: Extraction, keep: string): Extraction {
  const guess = extraction.outletKey;
  if (!guess || guess === keep) return extraction;
  const referenced =
    extraction.statements.some((s) => s.speakerKey === guess || s.via.includes(guess)) ||
    extraction.actors.some((a) => a.partOfKey === guess || a.roles.some((role) => role.ofKey === guess));
  return referenced ? extraction : { ...extraction, actors: extraction.actors.filter((actor) => actor.key !== guess) };
}

/** Each spelling once, the name excluded; spellings that differ only in case or "the" count as one. */
function otherSpellings(name: string, spellings: string[]): string[] {
  const seen = new Set([normalizeName(name)]);
  return spellings.filter((spelling) => {
    const key = normalizeName(spelling);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
