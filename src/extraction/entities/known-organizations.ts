/**
 * Organisations that speak in political news under one word that reads like a surname:
 * pollsters ("Gallup found …") and companies ("Twitter said …", "Verizon said …"). Reviewed by
 * hand, as the outlets are; a name that is as often a person's is left out ("Forbes" is Steve
 * Forbes too, "Fox" Vicente Fox, "Ford" a president).
 */
const KNOWN_ORGANIZATIONS: readonly string[] = [
  // Pollsters and survey data.
  'Gallup', 'Pew', 'Quinnipiac', 'Rasmussen', 'Marist', 'YouGov', 'Ipsos', 'Zogby', 'SurveyUSA', 'Nielsen', 'Statista',
  // Platforms and companies.
  'Twitter', 'Facebook', 'Google', 'YouTube', 'Instagram', 'Snapchat', 'Reddit', 'WikiLeaks', 'Microsoft', 'Apple',
  'Amazon', 'Netflix', 'Intel', 'Verizon', 'Uber', 'Airbnb', 'Coca-Cola', 'Walmart', 'ExxonMobil', 'Exxon',
];

const KNOWN_SET: ReadonlySet<string> = new Set(KNOWN_ORGANIZATIONS.map((n) => n.toLowerCase()));

/** True when the phrase (without a leading "the") is one of the organisations above. */
export function isKnownOrganization(phrase: string): boolean {
  return KNOWN_SET.has(phrase.trim().replace(/^the\s+/i, '').replace(/['’]s?$/u, '').toLowerCase());
}
