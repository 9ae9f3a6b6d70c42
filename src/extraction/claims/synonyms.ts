import { stemWord } from './stemming';

/**
 * Small concept classes for the vocabulary of war-time disinformation, so that claims
 * translated by different desks still meet: "Belarus is about to be attacked" and "Belarus
 * poses a great threat" (the reference article's Yusov vs "some experts") share the concept
 * THREAT; "troops"/"forces"/"soldiers" are one FORCE. Kept deliberately small: each entry is a
 * near-synonym in this domain, never a topic association.
 */
const CONCEPTS: Readonly<Record<string, readonly string[]>> = {
  // Not "offensive": its stem is also "offense" (a crime) and "offensive" (rude), which in
  // PolNeAR's news made "It was offensive" a threat.
  threat: ['threat', 'threaten', 'attack', 'invasion', 'invade', 'assault', 'aggression', 'strike'],
  force: ['troops', 'forces', 'soldiers', 'army', 'military'],
  deploy: ['deploy', 'deployment', 'station', 'stationing', 'redeploy', 'transfer', 'move', 'concentrate'],
  control: ['control', 'controls', 'controlled'],
};

const CONCEPT_OF: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const [concept, words] of Object.entries(CONCEPTS)) for (const w of words) map.set(stemWord(w), concept);
  return map;
})();

/** The concept a stemmed word belongs to, or the stem itself. */
export function conceptOf(stem: string): string {
  return CONCEPT_OF.get(stem) ?? stem;
}
