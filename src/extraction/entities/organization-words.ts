/**
 * Head words of organisation names. A phrase containing one ("the Kremlin press service", "the
 * Defense Ministry", "the Center for Countering Disinformation") is an ORGANIZATION, never a
 * person, and a bare "the ministry" / "the press service" as a speaker is a nominal mention
 * resolved to the latest organisation with that head word.
 */
export const ORGANIZATION_HEAD_WORDS: readonly string[] = [
  'ministry', 'service', 'council', 'center', 'centre', 'directorate', 'department', 'office', 'committee',
  'government', 'administration', 'agency', 'army', 'forces', 'command', 'staff', 'headquarters', 'kremlin',
  'parliament', 'duma', 'rada', 'court', 'party', 'bank', 'company', 'corporation', 'institute', 'university',
  'embassy', 'police', 'guard', 'commission', 'bureau', 'union', 'alliance', 'nato', 'cabinet', 'presidency',
  'secretariat', 'inspectorate', 'fund', 'foundation', 'association', 'organization', 'organisation',
  'military', 'troops', 'authorities', 'regime', 'state', 'white house', 'pentagon', 'navy', 'group', 'unit', 'team',
  'watch', 'coalition', 'caucus', 'project',
];

const HEAD_SET: ReadonlySet<string> = new Set(ORGANIZATION_HEAD_WORDS);

/** True when any word of the phrase is an organisation head word ("press service", "Ministry"). */
export function hasOrganizationHead(phrase: string): boolean {
  const lower = phrase.toLowerCase();
  if (lower.includes('white house')) return true;
  return lower.split(/[^a-z]+/).some((w) => HEAD_SET.has(w));
}

/**
 * Spelling variants of organisation words folded before comparing names: "Defence"/"Defense",
 * "Centre"/"Center", "Organisation"/"Organization".
 */
export function foldOrganizationSpelling(word: string): string {
  return word.replace(/^defence$/, 'defense').replace(/^centre$/, 'center').replace(/isation$/, 'ization');
}
