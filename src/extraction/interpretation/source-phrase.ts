import type { Span } from '../types';
import { hasOrganizationHead, isCollectiveOutletPhrase } from '../entities';
import { classifyActorPhrase, looksLikePersonName } from './actor-type';
import { MAX_SOURCE_CHARS } from './limits';
import { isActorPhrase } from './actor-phrase';
import { familyByName, isCollectiveNoun, isListedCollectiveNoun, sentenceOpeningPlural } from './collectives';
import { isPersonRoleNoun } from './person-roles';
import { personNameIn } from './person-in-phrase';
import { phraseAt, type PhraseRef } from './phrase-ref';
import { tidySourcePhrase } from './source-tidy';

export type Pronoun = 'he' | 'she' | 'they' | 'it' | 'we' | 'i';

/**
 * What the source phrase names: an actor by name, a pronoun, a relative pronoun ("Jessica
 * Leeds, who told …"), a nominal ("the statement", "the Republican nominee"), a collective
 * ("many Democrats" → the group "Democrats"), or someone unnamed ("a friend", "one woman").
 */
export type SourceHead =
  | { kind: 'name'; ref: PhraseRef }
  | { kind: 'pronoun'; ref: PhraseRef; pronoun: Pronoun }
  | { kind: 'relative'; ref: PhraseRef }
  | { kind: 'nominal'; ref: PhraseRef; head: string; modifiers: string[] }
  | { kind: 'group'; ref: PhraseRef; name: string }
  | { kind: 'unnamed'; ref: PhraseRef };

/** An organisation inside a larger one: the Center PART_OF the National Security and Defense Council. */
export interface OrgLink {
  child: PhraseRef;
  parent: PhraseRef;
}

/** A source phrase taken apart: the speaker, the speaker's role, organisation structure, owner. */
export interface ParsedSource {
  head: SourceHead;
  /** "head" of the Center …, "press secretary" of Putin. */
  role: { title: string; of: PhraseRef } | null;
  partOf: OrgLink[];
  /** For an organisation owned by a person: "Lukashenko's press service" → press service of Lukashenko. */
  owner: { title: string; ref: PhraseRef } | null;
  /** What the words before a person's name say about them: "Republican presidential nominee". */
  descriptor?: string | null;
}

/** Personal pronouns, and the possessive and object forms the span stage sometimes takes as a source. */
const PRONOUN_FORMS: Readonly<Record<string, Pronoun>> = {
  he: 'he', him: 'he', his: 'he', himself: 'he', she: 'she', her: 'she', herself: 'she', they: 'they', them: 'they',
  their: 'they', it: 'it', its: 'it', we: 'we', us: 'we', our: 'we', i: 'i', me: 'i', my: 'i',
};
const RELATIVE = /^(?:(?:most|many|some|all|one|none|several|few|both|each|two|three) of )?(?:who|whom|whose|which|that)$/i;
/**
 * "the statement", "the ministry", "the Republican nominee", "These voters": a determiner, at
 * most four more words, and a lowercase last word (the head noun). Capitalised words before the
 * head are modifiers ("Republican", "Vermont") that the antecedent's description must share.
 */
const NOMINAL = /^(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+((?:[\p{L}-]+\s+){0,4}\p{Ll}[\p{Ll}-]*)$/u;
/** A party member by place or pointer: "Wisconsin Republican", "the New Hampshire Democrat", "This Democrat". */
const PARTY_MEMBER = /^(?:(?:[Tt]he|[Tt]his|[Tt]hat|[Aa]nother)\s+)?((?:\p{Lu}[\p{L}.]*\s+){0,3})(Republican|Democrat)$/u;
/** An office for a place: "Senator from Texas", "the governor of Indiana". */
const OFFICE_FROM_PLACE = /^(?:[Tt]he\s+)?(\p{L}+)\s+(?:from|of)\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)$/u;
/** An unnamed spokesperson and whom they speak for: "A spokeswoman for the State Department". */
const SPEAKS_FOR = /^(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\p{L}-]+\s+)?(?:spokes(?:man|woman|person)|representative|press secretary)\s+(?:for|of)\s+(\S.*)$/u;
/** Who is not named: "a friend", "one woman", "a source", "someone close to him", "not everyone". */
const UNNAMED = /^(?:(?:a|an|one|another|someone|somebody|anyone|everyone|not everyone|no one|nobody|each|either|neither)(?:\s|$))/i;
/** Quantifiers before a collective: "many Democrats", "some experts", "a chorus of prominent Republicans". */
const QUANTIFIER = /^(?:(?:(?:many|most|some|several|few|all|none) of(?:\s+the)?|many|most|some|several|few|a few|all|both|other|these|those|the|(?:a |the )?(?:chorus|number|majority|group|handful|lot) of|dozens of|hundreds of|thousands of|millions of)\s+)+/i;
/** A role before "of"/"at"/"for": "head of …", "a representative of …", "spokesperson for …". */
const ROLE_PHRASE = /^(?:(?:[Tt]he|[Aa]n?)\s+)?(\p{Ll}[\p{Ll} -]*?)\s+(?:of|at|for|in|with|to)\s+(\S.*)$/u;
/** "Putin's press secretary" as an appositive. */
const POSSESSIVE_ROLE = /^(.+?)['’]s\s+(\p{Ll}[\p{Ll} -]*)$/u;
/** The first possessive of a phrase: "Putin's press secretary Dmitry Peskov". */
const POSSESSIVE = /^(.+?)['’]s\s+(\S.*)$/u;
/** A lowercase title before a name: "press secretary Dmitry Peskov". */
const TITLE_BEFORE_NAME = /^(\p{Ll}[\p{Ll} -]*?)\s+(\p{Lu}.*)$/u;
/** Where one organisation sits inside another: "… at the National Security and Defense Council". */
const INSIDE = /\s+(?:at|under|within|attached to|of)\s+(?=(?:the\s+)?\p{Lu})/gu;

/**
 * Parses a PolNeAR source span into the speaker and what the phrase says about them. Handles
 * appositives in both orders ("Andriy Kovalenko, head of the Center …" and "The head of the
 * Center …, Andriy Kovalenko,"), possessive roles ("Putin's press secretary Dmitry Peskov"),
 * possessive organisations ("the Defense Ministry's Main Intelligence Directorate" — PART_OF;
 * "Lukashenko's press service" — owned by a person), organisation chains ("… at the National
 * Security and Defense Council"), pronouns and nominals. Every phrase keeps its exact span.
 */
export function parseSourcePhrase(text: string, span: Span): ParsedSource {
  const raw = phraseAt(text, span.start, span.end);
  const empty = { role: null, partOf: [], owner: null };
  if (raw.text.length > MAX_SOURCE_CHARS) return { head: { kind: 'name', ref: raw }, ...empty };
  // A pronoun alone is never trimmed: "he", "that" are sources in their own right.
  const tidy = PRONOUN_FORMS[raw.text.toLowerCase()] !== undefined || RELATIVE.test(raw.text) ? { kind: 'phrase' as const, ref: raw } : tidySourcePhrase(text, raw);
  if (tidy.kind === 'none') return { head: { kind: 'unnamed', ref: raw }, ...empty };
  const whole = tidy.ref;
  // "A spokeswoman for YouTube", "a spokesman for Mr. Clinton": an unnamed voice of someone
  // named speaks as them, as "the ministry said" does, and is no actor of its own.
  const voiceOf = SPEAKS_FOR.exec(whole.text)?.[1];
  if (voiceOf !== undefined) return parseSourcePhrase(text, { start: whole.span.end - voiceOf.length, end: whole.span.end });
  const lower = whole.text.toLowerCase();
  const pronoun = PRONOUN_FORMS[lower];
  if (pronoun !== undefined) return { head: { kind: 'pronoun', ref: whole, pronoun }, ...empty };
  if (RELATIVE.test(whole.text)) return { head: { kind: 'relative', ref: whole }, ...empty };
  const group = groupNamed(text, whole.text);
  if (group !== null) return { head: { kind: 'group', ref: whole, name: group }, ...empty };
  // "Senator from Texas", "the governor of Indiana": an office and the place it is held for.
  const office = OFFICE_FROM_PLACE.exec(whole.text);
  if (office !== null && isPersonRoleNoun(office[1] ?? '')) {
    const modifiers = (office[2] ?? '').split(/\s+/).map((w) => w.toLowerCase());
    return { head: { kind: 'nominal', ref: whole, head: (office[1] ?? '').toLowerCase(), modifiers }, ...empty };
  }
  // "the Wisconsin Republican", "This Democrat": a party member described, not a name.
  const member = PARTY_MEMBER.exec(whole.text);
  // A bare "(the) Republican" is as often the span stage's cut of "the Republican case": only a
  // place or a pointer ("This Democrat") makes it a person.
  if (member !== null && ((member[1] ?? '').trim().length > 0 || /^(?:this|that|another)\s/i.test(member[0]))) {
    const modifiers = (member[1] ?? '').trim().split(/\s+/).filter((w) => w.length > 0).map((w) => w.toLowerCase());
    return { head: { kind: 'nominal', ref: whole, head: (member[2] ?? '').toLowerCase(), modifiers }, ...empty };
  }
  const nominal = NOMINAL.exec(whole.text);
  if (nominal !== null && !isCollectiveOutletPhrase(whole.text) && !/\bmedia\b/.test(whole.text)) {
    const words = (nominal[1] ?? '').trim().split(/\s+/);
    const head = words.filter((w) => /^\p{Ll}/u.test(w)).join(' ');
    const modifiers = words.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w.toLowerCase());
    return { head: { kind: 'nominal', ref: whole, head, modifiers }, ...empty };
  }
  if (UNNAMED.test(whole.text) && !/\p{Lu}/u.test(whole.text.slice(1))) return { head: { kind: 'unnamed', ref: whole }, ...empty };
  const parts = splitTopLevelCommas(text, whole);
  if (parts.length >= 2) {
    // "Republicans, who hold the Senate,": a group's noun is no one's name.
    const isGroupNoun = (p: PhraseRef): boolean => isListedCollectiveNoun(p.text) || sentenceOpeningPlural(text, p.text) !== null;
    const nameIndex = parts.findIndex((p) => !isGroupNoun(p) && (looksLikePersonName(p.text) || personNameIn(p.text) !== null));
    if (nameIndex >= 0) {
      const part = parts[nameIndex] as PhraseRef;
      const found = looksLikePersonName(part.text) ? null : personNameIn(part.text);
      const name = found === null ? part : phraseAt(text, part.span.start + found.start, part.span.start + found.end);
      const descriptor = parts[nameIndex === 0 ? 1 : nameIndex - 1];
      const parsed = parseDescriptor(text, descriptor);
      const described = found?.descriptor ?? (parsed.role === null ? (descriptor?.text ?? null) : null);
      return { head: { kind: 'name', ref: name }, ...parsed, descriptor: described };
    }
    // "many tax experts, including Mr. Goldberg": the collective before the comma speaks.
    const first = parts[0] as PhraseRef;
    const group = groupNamed(text, first.text);
    if (group !== null) return { head: { kind: 'group', ref: first, name: group }, ...empty };
  }
  return parseSingle(text, whole);
}

/**
 * The name of the group a source names, or null: a collective ("many Democrats"), a family or
 * people by the plural of a name ("the Clintons"), or a plural noun capitalised only where it
 * opens a sentence ("Investors said").
 */
function groupNamed(text: string, phrase: string): string | null {
  return collectiveName(phrase) ?? familyByName(text, phrase) ?? sentenceOpeningPlural(text, phrase);
}

/**
 * The name of the group a collective source names, or null: "many Democrats" → "Democrats",
 * "A chorus of prominent Republicans" → "prominent Republicans", "Some experts" → "experts".
 * The last word must be a plural noun for people (see `isCollectiveNoun`).
 */
export function collectiveName(phrase: string): string | null {
  if (/[,;:()"“”]/.test(phrase) || !isActorPhrase(phrase)) return null;
  const words = phrase.trim().split(/\s+/);
  const last = words[words.length - 1] ?? '';
  if (words.length > 5 || !isCollectiveNoun(last)) return null;
  const name = groupDisplayName(phrase.trim().replace(QUANTIFIER, '').replace(SHARE_OF, ''));
  // "These voters" points back at a group already named: that is a nominal, not a new group.
  // "Those Democrats" is no nominal (its noun is capitalised), so it names the group.
  if (/^(?:these|those)\s/i.test(phrase.trim()) && /^\p{Ll}\S*$/u.test(name)) return null;
  return name.length > 0 ? name : null;
}


/**
 * A share before a group, and the "of" the span stage leaves of one: "three-quarters of the
 * voters", "Half of the voters", "of the voters" → voters.
 */
const SHARE_OF = /^(?:(?:(?:a|one|two|three|four|nearly|about|almost|roughly|more than|fewer than|less than)[\s-]+)*(?:half|thirds?|quarters?|fifths?|tenths?|minority)\s+)?of\s+(?:the\s+)?/i;

/** A group's name as shown: without a possessive ("candidates’") and not shouted ("EXPERTS"). */
function groupDisplayName(name: string): string {
  const bare = name.replace(/['’]s?$/u, '');
  return /^[\p{Lu}\s-]{5,}$/u.test(bare) ? bare.toLowerCase() : bare;
}

/** "head of the Center … at the Council" / "Putin's press secretary": the role and org links. */
function parseDescriptor(text: string, descriptor: PhraseRef | undefined): Omit<ParsedSource, 'head'> {
  if (descriptor === undefined) return { role: null, partOf: [], owner: null };
  const role = ROLE_PHRASE.exec(descriptor.text);
  if (role !== null) {
    const orgText = role[2] ?? '';
    const orgStart = descriptor.span.start + descriptor.text.length - orgText.length;
    const org = parseOrgPhrase(text, phraseAt(text, orgStart, descriptor.span.end));
    return { role: { title: (role[1] ?? '').trim(), of: org.head }, partOf: org.partOf, owner: null };
  }
  const possessive = POSSESSIVE_ROLE.exec(descriptor.text);
  if (possessive !== null) {
    const owner = phraseAt(text, descriptor.span.start, descriptor.span.start + (possessive[1] ?? '').length);
    return { role: { title: (possessive[2] ?? '').trim(), of: owner }, partOf: [], owner: null };
  }
  return { role: null, partOf: [], owner: null };
}

function parseSingle(text: string, whole: PhraseRef): ParsedSource {
  const possessive = POSSESSIVE.exec(whole.text);
  if (possessive !== null) {
    const possessor = phraseAt(text, whole.span.start, whole.span.start + (possessive[1] ?? '').length);
    const restText = possessive[2] ?? '';
    const rest = phraseAt(text, whole.span.end - restText.length, whole.span.end);
    const titled = TITLE_BEFORE_NAME.exec(rest.text);
    // "Russia's propagandistic network RT": the acronym after the description is the name.
    if (titled !== null && /^\p{Lu}{2,}$/u.test(titled[2] ?? '')) {
      const name = phraseAt(text, rest.span.end - (titled[2] ?? '').length, rest.span.end);
      return { head: { kind: 'name', ref: name }, role: null, partOf: [], owner: null, descriptor: (titled[1] ?? '').trim() };
    }
    if (titled !== null && looksLikePersonName(titled[2] ?? '')) {
      const name = phraseAt(text, rest.span.end - (titled[2] ?? '').length, rest.span.end);
      return { head: { kind: 'name', ref: name }, role: { title: (titled[1] ?? '').trim(), of: possessor }, partOf: [], owner: null };
    }
    if (/^\p{Ll}/u.test(rest.text)) {
      // "Lukashenko's press service": the organisation is named by its owner; a person owner
      // is recorded as owner, an organisation owner as PART_OF ("the ministry's press service").
      const ownerIsPerson = classifyActorPhrase(possessor.text, null).type === 'PERSON';
      return ownerIsPerson
        ? { head: { kind: 'name', ref: whole }, role: null, partOf: [], owner: { title: rest.text, ref: possessor } }
        : { head: { kind: 'name', ref: whole }, role: null, partOf: [{ child: whole, parent: possessor }], owner: null };
    }
    const org = parseOrgPhrase(text, rest);
    return { head: { kind: 'name', ref: org.head }, role: null, partOf: [{ child: org.head, parent: possessor }, ...org.partOf], owner: null };
  }
  const titled = TITLE_BEFORE_NAME.exec(whole.text);
  if (titled !== null && looksLikePersonName(titled[2] ?? '')) {
    const name = phraseAt(text, whole.span.end - (titled[2] ?? '').length, whole.span.end);
    return { head: { kind: 'name', ref: name }, role: null, partOf: [], owner: null, descriptor: (titled[1] ?? '').trim() };
  }
  const found = looksLikePersonName(whole.text) ? null : personNameIn(whole.text);
  if (found !== null) {
    const name = phraseAt(text, whole.span.start + found.start, whole.span.start + found.end);
    return { head: { kind: 'name', ref: name }, role: null, partOf: [], owner: null, descriptor: found.descriptor };
  }
  const org = parseOrgPhrase(text, whole);
  return { head: { kind: 'name', ref: org.head }, role: null, partOf: org.partOf, owner: null };
}

/**
 * Splits an organisation phrase into the organisation named first and the chain it sits in:
 * "the Center for Countering Disinformation at the National Security and Defense Council" →
 * Center PART_OF Council; "the Defense Ministry's Main Intelligence Directorate" → Directorate
 * PART_OF Defense Ministry. "of" splits only before a capitalised name after an organisation
 * head ("the Directorate of the Ministry of Defense"), so "Ministry of Defense" stays whole.
 */
export function parseOrgPhrase(text: string, ref: PhraseRef): { head: PhraseRef; partOf: OrgLink[] } {
  const possessive = POSSESSIVE.exec(ref.text);
  if (possessive !== null && /^\p{Lu}/u.test(possessive[2] ?? '')) {
    const parent = parseOrgPhrase(text, phraseAt(text, ref.span.start, ref.span.start + (possessive[1] ?? '').length));
    const childRef = phraseAt(text, ref.span.end - (possessive[2] ?? '').length, ref.span.end);
    const child = parseOrgPhrase(text, childRef);
    return { head: child.head, partOf: [...child.partOf, { child: child.head, parent: parent.head }, ...parent.partOf] };
  }
  for (const inside of ref.text.matchAll(INSIDE)) {
    const at = inside.index ?? 0;
    const leftText = ref.text.slice(0, at);
    const after = ref.text.slice(at + inside[0].length);
    // "of" only splits after an organisation head with "the" after it: "Directorate of the Ministry".
    if (inside[0].trim() === 'of' && !(hasOrganizationHead(leftText) && after.startsWith('the '))) continue;
    const left = phraseAt(text, ref.span.start, ref.span.start + at);
    const right = parseOrgPhrase(text, phraseAt(text, ref.span.start + at + inside[0].length, ref.span.end));
    return { head: left, partOf: [{ child: left, parent: right.head }, ...right.partOf] };
  }
  return { head: ref, partOf: [] };
}

/** Splits at commas outside parentheses: "Andriy Yusov, a representative of …". */
function splitTopLevelCommas(text: string, whole: PhraseRef): PhraseRef[] {
  const parts: PhraseRef[] = [];
  let depth = 0;
  let from = whole.span.start;
  for (let i = whole.span.start; i < whole.span.end; i += 1) {
    const ch = text[i];
    if (ch === '(') depth += 1;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (ch === ',' && depth === 0) {
      parts.push(phraseAt(text, from, i));
      from = i + 1;
    }
  }
  parts.push(phraseAt(text, from, whole.span.end));
  return parts.filter((p) => p.text.length > 0);
}
