/**
 * What makes a source an OUTLET (a publisher: "UNN reports", "according to the Russian media")
 * rather than an ORGANIZATION (a ministry, a press service). Outlets are attribution hops, not
 * speakers, and the last one in a chain ("…, UNN reports") is the article's publisher.
 */

/** Outlet names and abbreviations we ship; compared case-insensitively without "the". */
export const KNOWN_OUTLETS: readonly string[] = [
  'UNN', 'Ukrainian National News', 'TASS', 'RIA Novosti', 'RIA', 'Reuters', 'AP', 'Associated Press', 'AFP',
  'Agence France-Presse', 'Ukrinform', 'BBC', 'CNN', 'Interfax', 'Interfax-Ukraine', 'RBC-Ukraine', 'RBC',
  'Ukrainska Pravda', 'Kyiv Independent', 'Kyiv Post', 'Meduza', 'RT', 'Russia Today', 'Sputnik', 'BelTA',
  'Kommersant', 'Izvestia', 'Vedomosti', 'New York Times', 'Washington Post', 'Guardian', 'Bloomberg',
  'Al Jazeera', 'Deutsche Welle', 'DW', 'Politico', 'Axios', 'Fox News', 'NBC', 'CBS', 'ABC', 'NPR',
  'Suspilne', 'Hromadske', 'Liga.net', 'NV', 'Babel', 'Wall Street Journal', 'WSJ', 'Financial Times',
  'Economist', 'Le Monde', 'Der Spiegel', 'Spiegel', 'Bild', 'Radio Liberty', 'Radio Svoboda', 'RFE/RL',
  'Nasha Niva', 'Zerkalo', 'New York Post', 'Daily Mail', 'Telegraph',
];

/**
 * Head words that make a phrase an outlet: "the Russian media", "Interfax news agency",
 * "Channel One TV", "the newspaper". "reports" is here because a capitalised name followed by
 * "reports" is, in news text, nearly always a publisher ("UNN reports").
 */
export const OUTLET_WORDS: readonly string[] = [
  'media', 'agency', 'news', 'reports', 'tv', 'television', 'newspaper', 'newspapers', 'channel', 'channels',
  'radio', 'magazine', 'outlet', 'outlets', 'publication', 'portal', 'website', 'daily', 'tabloid',
  'broadcaster', 'journal', 'gazette', 'times', 'post', 'herald', 'tribune', 'press',
];

/** Outlet heads that denote many publishers at once: "the Russian media" is a collective outlet. */
export const COLLECTIVE_OUTLET_WORDS: readonly string[] = ['media', 'press', 'outlets', 'newspapers', 'channels'];

/**
 * Words that keep "agency"/"press"/"service" phrases out of the outlet class: the Central
 * Intelligence Agency is not a publisher, and "Lukashenko's press service" is an organisation.
 */
const NOT_OUTLET_WORDS: ReadonlySet<string> = new Set([
  'intelligence', 'ministry', 'security', 'space', 'energy', 'protection', 'health', 'service', 'secretary',
  'defense', 'defence', 'government', 'environmental', 'council', 'office', 'conference', 'center', 'centre',
]);

const KNOWN_OUTLET_SET: ReadonlySet<string> = new Set(KNOWN_OUTLETS.map((o) => o.toLowerCase()));
const OUTLET_WORD_SET: ReadonlySet<string> = new Set(OUTLET_WORDS);
const COLLECTIVE_SET: ReadonlySet<string> = new Set(COLLECTIVE_OUTLET_WORDS);

function words(phrase: string): string[] {
  return phrase
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[^a-z0-9.\/-]+/)
    .filter((w) => w.length > 0);
}

/** True when the phrase is one of the shipped outlet names ("UNN", "the BBC", "RIA Novosti"). */
export function isKnownOutlet(phrase: string): boolean {
  return KNOWN_OUTLET_SET.has(phrase.trim().replace(/^the\s+/i, '').toLowerCase());
}

/** True when the phrase names a publisher: a known outlet, or an outlet head word not overridden. */
export function isOutletPhrase(phrase: string): boolean {
  if (isKnownOutlet(phrase)) return true;
  const ws = words(phrase);
  if (ws.some((w) => NOT_OUTLET_WORDS.has(w))) return false;
  return ws.some((w) => OUTLET_WORD_SET.has(w));
}

/** True for collective outlets: "the Russian media", "Western outlets", "the press". */
export function isCollectiveOutletPhrase(phrase: string): boolean {
  if (isKnownOutlet(phrase)) return false;
  const ws = words(phrase);
  const head = ws[ws.length - 1];
  return head !== undefined && COLLECTIVE_SET.has(head) && !ws.some((w) => NOT_OUTLET_WORDS.has(w));
}
