/** Entities: actor names, transliteration, outlets, within-article and cross-article matching. Pure. */
export { actorMatchScore, MERGE_THRESHOLD, personNameScore, organizationNameScore, organizationNameKey, type ActorIdentity } from './actor-match';
export { ArticleActors, type ActorMention } from './article-actors';
export { foldTransliteration, givenNameKey, givenNameGender, isKnownGivenName, type Gender } from './transliteration';
export { splitPersonName, stripNameDecorations, surnameKey, knownPersonName, defaultBearer, type PersonName } from './person-name';
export { firstNameGender, isGivenInitials, isTableFirstName } from './given-names';
export { isKnownOutlet, isOutletPhrase, isCollectiveOutletPhrase, outletByName, shortFormOutlet, KNOWN_OUTLETS, OUTLET_WORDS, type Outlet, type OutletNaming } from './outlets';
export { hasOrganizationHead, ORGANIZATION_HEAD_WORDS } from './organization-words';
export { isPlace, isCountry, COUNTRIES, CITIES_AND_REGIONS, DEMONYMS } from './places';
export { isKnownOrganization } from './known-organizations';
export { GIVEN_NAME_VARIANTS } from './name-variants';
