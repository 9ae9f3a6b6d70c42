import { memoize } from '../entities/memoize';

/**
 * Light English stemming for claim comparison: enough to make "deployment"/"deployed"/
 * "deploying", "controls"/"control", "threats"/"threat" one token, not a full Porter stemmer
 * (which over-merges short words and costs more than the rest of claim matching together).
 */

/** Irregular forms that suffix rules cannot reach. */
const IRREGULAR: Readonly<Record<string, string>> = {
  said: 'say', says: 'say', told: 'tell', built: 'build', met: 'meet', held: 'hold', led: 'lead', sent: 'send',
  went: 'go', gone: 'go', made: 'make', took: 'take', taken: 'take', gave: 'give', given: 'give', began: 'begin',
  begun: 'begin', brought: 'bring', thought: 'think', sought: 'seek', fought: 'fight', left: 'leave',
  news: 'news', analyses: 'analysis', crises: 'crisis', media: 'media', data: 'data', us: 'us',
};

/** Words shorter than this are left alone: stripping "-s" from "gas" or "-ed" from "red" is noise. */
const MIN_STEMMABLE_LENGTH = 4;

/** The stem of one lowercase word. */
export const stemWord: (word: string) => string = memoize(stemUncached);

function stemUncached(word: string): string {
  const irregular = IRREGULAR[word];
  if (irregular !== undefined) return irregular;
  if (word.length < MIN_STEMMABLE_LENGTH || /\d/.test(word)) return word;
  let w = word;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  // "-ment" nominalisations keep their verb: "deployment" → "deploy" (the reference article's
  // "the deployment of Russian equipment" is the claim "Russian equipment is deployed").
  if (w.endsWith('ment') && w.length - 4 >= 4) w = w.slice(0, -4);
  else if (w.endsWith('ing') && w.length - 3 >= 3) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length - 2 >= 3) w = w.slice(0, -2);
  else if (w.endsWith('ly') && w.length - 2 >= 4) w = w.slice(0, -2);
  // "planned" → "plann" → "plan"; "created" → "creat" and "create" → "creat".
  if (/([bdfgkmnprt])\1$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('e') && w.length >= MIN_STEMMABLE_LENGTH) w = w.slice(0, -1);
  return w;
}
