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

const PLACE_SET: ReadonlySet<string> = new Set([...COUNTRIES, ...CITIES_AND_REGIONS].map((p) => p.toLowerCase()));
const COUNTRY_SET: ReadonlySet<string> = new Set(COUNTRIES.map((p) => p.toLowerCase()));

/** True when the phrase (without a leading "the") is a place in the gazetteer. */
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
