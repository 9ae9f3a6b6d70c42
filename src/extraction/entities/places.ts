import { STATES_AND_TERRITORIES } from 'us';
import worldCountries from 'world-countries';

/**
 * A small gazetteer of places that news about Russia, Ukraine and Belarus keeps returning to,
 * with the adjectives that point at them ("Russian equipment" is about Russia). States among
 * them can also speak ("Russia is working to remind Ukrainians …"), so entity typing uses the
 * list too: a state as a speaker is an ORGANIZATION.
 */
export const COUNTRIES: readonly string[] = [
  'Ukraine', 'Russia', 'Belarus', 'Poland', 'Moldova', 'Georgia', 'Lithuania', 'Latvia', 'Estonia', 'Finland',
  'Romania', 'Hungary', 'Slovakia', 'Germany', 'France', 'Britain', 'United Kingdom', 'UK', 'United States',
  'US', 'USA', 'America', 'China', 'Iran', 'North Korea', 'Turkey', 'Kazakhstan', 'Armenia', 'Azerbaijan',
  'Israel', 'Syria', 'Italy', 'Spain', 'Sweden', 'Norway', 'Japan', 'India', 'Crimea', 'Transnistria',
  'Mexico', 'Canada', 'Cuba',
];

export const CITIES_AND_REGIONS: readonly string[] = [
  'Minsk', 'Moscow', 'Kyiv', 'Kiev', 'Kharkiv', 'Odesa', 'Odessa', 'Lviv', 'Dnipro', 'Zaporizhzhia', 'Kherson',
  'Mariupol', 'Donetsk', 'Luhansk', 'Donbas', 'Bakhmut', 'Avdiivka', 'Sevastopol', 'Belgorod', 'Kursk',
  'Bryansk', 'St. Petersburg', 'Warsaw', 'Vilnius', 'Riga', 'Tallinn', 'Chisinau', 'Brussels', 'Washington',
  'London', 'Paris', 'Berlin', 'Beijing', 'Gomel', 'Brest', 'Grodno', 'Vitebsk', 'Mogilev', 'Chernihiv',
  'Sumy', 'Volyn', 'Rivne', 'Zhytomyr',
];

/** Adjective → the place it names ("Russian-Belarusian relations" is about Russia and Belarus). */
export const DEMONYMS: Readonly<Record<string, string>> = {
  Russian: 'Russia',
  Ukrainian: 'Ukraine',
  Belarusian: 'Belarus',
  Belarussian: 'Belarus',
  Polish: 'Poland',
  Moldovan: 'Moldova',
  Lithuanian: 'Lithuania',
  Latvian: 'Latvia',
  Estonian: 'Estonia',
  Georgian: 'Georgia',
  American: 'United States',
  Chinese: 'China',
  Iranian: 'Iran',
  German: 'Germany',
  French: 'France',
  British: 'United Kingdom',
  Crimean: 'Crimea',
};

/**
 * Place names that news uses for people at least as often: "Jordan said" (Jim Jordan), "Chad",
 * "Holland", "Victoria", "Lima". The lone word is left to be a name; "the island" is no place.
 */
const PLACE_NAMES_OF_PEOPLE: ReadonlySet<string> = new Set(
  (
    'jordan chad tchad dominique dominica island jersey holland kenya india victoria sofia vienna santiago kingston ' +
    'hamilton douglas stanley lima wellington moroni georgetown virginia montana'
  ).split(' '),
);

/** The small gazetteer, lowercase: its places stay places whatever the lists below say. */
const PLACES: ReadonlySet<string> = new Set([...COUNTRIES, ...CITIES_AND_REGIONS].map((p) => p.toLowerCase()));

/** True for a lowercase place name that is not rather a person's name. */
const placeRatherThanName = (place: string): boolean => !PLACE_NAMES_OF_PEOPLE.has(place) || PLACES.has(place);

/** Country names, with their other spellings ("Burma") but not their codes ("SY"). */
const COUNTRY_SET: ReadonlySet<string> = new Set(
  [...COUNTRIES, ...worldCountries.flatMap((c) => [c.name.common, ...c.altSpellings.filter((a) => !/^\p{Lu}{2,3}$/u.test(a))])]
    .map((p) => p.toLowerCase())
    .filter(placeRatherThanName),
);

/**
 * Every place the typing of actors knows: the gazetteer above, the world's countries and their
 * capitals (world-countries), and the US states and territories with the AP abbreviations news
 * writes after a city ("Stanford, Calif."), from the us package. Topics use the small gazetteer
 * only: a claim is about the places this project follows, not about every place named.
 */
const PLACE_SET: ReadonlySet<string> = new Set([
  ...COUNTRY_SET,
  ...CITIES_AND_REGIONS.map((p) => p.toLowerCase()),
  ...worldCountries.flatMap((c) => c.capital).map((capital) => capital.toLowerCase()),
  ...STATES_AND_TERRITORIES.flatMap((s) => [s.name, ...apAbbreviations(s.ap_abbr)]).map((p) => p.toLowerCase()),
].filter(placeRatherThanName));

/**
 * "Calif." and, as a source phrase loses its last period, "Calif"; short ones ("Pa.", "Del.")
 * only with the period, since "Del" and "Ind" alone are rather a name or a word.
 */
function apAbbreviations(abbr: string | null): string[] {
  if (abbr === null) return [];
  const bare = abbr.replace(/\.$/, '');
  return bare !== abbr && bare.length >= 4 ? [abbr, bare] : [abbr];
}

/** True when the phrase (without a leading "the") is a country, capital, US state or a place in the gazetteer. */
export function isPlace(phrase: string): boolean {
  return PLACE_SET.has(stripThe(phrase).toLowerCase());
}

/** True when the phrase names a state, which can act and speak ("Russia is working to …"). */
export function isCountry(phrase: string): boolean {
  return COUNTRY_SET.has(stripThe(phrase).toLowerCase());
}

function stripThe(phrase: string): string {
  return phrase.trim().replace(/^the\s+/i, '');
}
