import type { Extraction } from '../extraction/types';
import { normalizeName } from './normalize';

/**
 * Makes `outlet` the article's publisher: the outlet the client named wins over one the
 * extractor inferred from "X reports". An actor of the same name already in the extraction is
 * reused, so the publisher and a chain hop ("…, UNN reports") stay one actor.
 */
export function withOutlet(extraction: Extraction, outlet: string | null | undefined): Extraction {
  const name = outlet?.trim();
  if (!name) return extraction;
  const existing = extraction.actors.find((actor) => actor.type === 'OUTLET' && normalizeName(actor.name) === normalizeName(name));
  if (existing) return { ...extraction, outletKey: existing.key };
  const key = `outlet:${normalizeName(name)}`;
  return {
    ...extraction,
    outletKey: key,
    actors: [...extraction.actors, { key, type: 'OUTLET', name, aliases: [], mentions: [], roles: [], confidence: 1 }],
  };
}
