import { COUNTRIES, CITIES_AND_REGIONS } from '../entities/places';
import { REPORT_WRAPPER } from './counterclaim-lexicon';

/** Participles for the nominalisations news uses for military moves ("the deployment of X"). */
const NOMINALISATIONS: Readonly<Record<string, string>> = {
  deployment: 'deployed',
  redeployment: 'redeployed',
  transfer: 'transferred',
  movement: 'moved',
  concentration: 'concentrated',
  buildup: 'built up',
  'build-up': 'built up',
  stationing: 'stationed',
  mobilization: 'mobilized',
  mobilisation: 'mobilised',
  presence: 'present',
};

const NOMINALISED = new RegExp(
  `^(?:the\\s+|a\\s+)?(${Object.keys(NOMINALISATIONS).join('|')})\\s+of\\s+(.+?)(?:\\s+(there|here|(?:in|to|near|on|at|along|into)\\s+.+))?$`,
  'i',
);
/** "a great threat", "a serious threat from Belarus". */
const THREAT = /^(?:a|an|the)?\s*((?:(?:great|serious|big|major|real|growing|significant|imminent|direct|huge)\s+)*)threat(?:\s+(?:from|posed by|of)\s+(.+))?$/i;

const PLACES = [...COUNTRIES, ...CITIES_AND_REGIONS];
const PLACE_PATTERN = new RegExp(`\\b(${PLACES.map((p) => p.replace(/\./g, '\\.')).join('|')})\\b`, 'g');

/**
 * The proposition a dismissed noun phrase stands for, faithful to the text's words:
 * "the news about the deployment of Russian equipment there" (with Belarus as the place the
 * statement is about) → "Russian equipment is being deployed in Belarus"; "the analysis of some
 * experts about a great threat" → "Belarus poses a great threat". Anything else is kept as the
 * phrase itself, minus the report wrapper ("claims that X" → "X").
 */
export function propositionFromPhrase(phrase: string, anchorPlace: string | null): string {
  const unwrapped = unwrapReport(phrase.trim().replace(/[,;.\s]+$/, ''));
  const nominal = NOMINALISED.exec(unwrapped);
  if (nominal !== null) {
    const participle = NOMINALISATIONS[(nominal[1] ?? '').toLowerCase()] ?? '';
    const what = nominal[2] ?? '';
    const where = placePhrase(nominal[3], anchorPlace);
    const verb = /s$/i.test(what) && !/(?:ss|us)$/i.test(what) ? 'are being' : 'is being';
    return capitalise(`${what} ${verb} ${participle}${where === '' ? '' : ` ${where}`}`);
  }
  const threat = THREAT.exec(unwrapped);
  if (threat !== null) {
    const adjectives = (threat[1] ?? '').trim();
    const source = threat[2] ?? anchorPlace;
    const article = adjectives.length > 0 && /^[aeiou]/i.test(adjectives) ? 'an' : 'a';
    const object = `${article} ${adjectives.length > 0 ? `${adjectives} ` : ''}threat`;
    return source === null ? capitalise(`there is ${object}`) : capitalise(`${source} poses ${object}`);
  }
  return capitalise(unwrapped.replace(/^that\s+/i, ''));
}

/** The proposition inside "the news about X" / "claims that X"; the phrase itself otherwise. */
export function unwrapReport(phrase: string): string {
  const m = REPORT_WRAPPER.exec(phrase);
  return m === null ? phrase : (m[2] ?? phrase);
}

/** "there" → "in <the place the statement is about>"; an explicit place phrase stays. */
function placePhrase(raw: string | undefined, anchorPlace: string | null): string {
  if (raw === undefined) return '';
  if (/^(?:there|here)$/i.test(raw)) return anchorPlace === null ? raw : `in ${anchorPlace}`;
  return raw;
}

/** The last gazetteer place named in the text: what "there" and a bare "threat" refer to. */
export function lastPlaceIn(text: string): string | null {
  let last: string | null = null;
  for (const m of text.matchAll(PLACE_PATTERN)) last = m[1] ?? last;
  return last;
}

function capitalise(s: string): string {
  return s.length === 0 ? s : s.charAt(0).toUpperCase() + s.slice(1);
}
