import type { Span } from '../types';
import { hasOrganizationHead, isCollectiveOutletPhrase } from '../entities';
import { classifyActorPhrase, looksLikePersonName } from './actor-type';
import { MAX_SOURCE_CHARS } from './limits';
import { phraseAt, type PhraseRef } from './phrase-ref';

export type Pronoun = 'he' | 'she' | 'they' | 'it' | 'we' | 'i';

/** What the source phrase names: an actor by name, a pronoun, or a nominal ("the statement"). */
export type SourceHead =
  | { kind: 'name'; ref: PhraseRef }
  | { kind: 'pronoun'; ref: PhraseRef; pronoun: Pronoun }
  | { kind: 'nominal'; ref: PhraseRef; head: string };

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
}

const PRONOUN = /^(he|she|they|it|we|i)$/i;
/** "the statement", "the ministry", "the press service": a determiner and lowercase words only. */
const NOMINAL = /^(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+([\p{Ll}][\p{Ll}\s-]*)$/u;
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
  const whole = phraseAt(text, span.start, span.end);
  const empty = { role: null, partOf: [], owner: null };
  if (whole.text.length > MAX_SOURCE_CHARS) return { head: { kind: 'name', ref: whole }, ...empty };
  const pronoun = PRONOUN.exec(whole.text);
  if (pronoun !== null) return { head: { kind: 'pronoun', ref: whole, pronoun: (pronoun[1] ?? 'it').toLowerCase() as Pronoun }, ...empty };
  const nominal = NOMINAL.exec(whole.text);
  if (nominal !== null && !isCollectiveOutletPhrase(whole.text) && !/\bmedia\b/.test(whole.text)) {
    return { head: { kind: 'nominal', ref: whole, head: (nominal[1] ?? '').trim() }, ...empty };
  }
  const parts = splitTopLevelCommas(text, whole);
  if (parts.length >= 2) {
    const nameIndex = parts.findIndex((p) => looksLikePersonName(p.text));
    if (nameIndex >= 0) {
      const name = parts[nameIndex] as PhraseRef;
      const descriptor = parts[nameIndex === 0 ? 1 : nameIndex - 1];
      return { head: { kind: 'name', ref: name }, ...parseDescriptor(text, descriptor) };
    }
  }
  return parseSingle(text, whole);
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
    return { head: { kind: 'name', ref: name }, role: null, partOf: [], owner: null };
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
