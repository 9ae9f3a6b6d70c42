import type { Subjects } from '../bench/questions';
import { buildQuestions } from '../bench/questions';

/** One request of the mix, in autocannon's shape; `setupRequest` makes each write unique. */
export interface MixedRequest {
  kind: 'read' | 'ingest' | 'rebuttal';
  method: 'POST';
  path: string;
  headers: Record<string, string>;
  body?: string;
  setupRequest?: (request: { body?: string }) => { body?: string };
}

export interface MixOptions {
  subjects: Subjects;
  /** Claims a fact-checker may rebut. */
  claimIds: string[];
  /** An EDITOR key (it may also add rebuttals: roles include the ones before them). */
  editorKey: string;
  /** Of every 20 requests, how many are writes (half ingests, half rebuttals). */
  writesPer20: number;
  /** Makes the generated articles' texts unique to this run. */
  runId: string;
}

const INGEST = `mutation Ingest($input: IngestArticleInput!) { ingestArticle(input: $input) { status article { id } } }`;
const REBUT = `mutation Rebut($input: AddRebuttalInput!) { addRebuttal(input: $input) { id verdict } }`;
const VERDICTS = ['FALSE', 'MISLEADING', 'UNPROVEN', 'MIXED', 'TRUE'];
const GIVEN = ['Maria', 'John', 'Oleh', 'Sarah', 'Dmytro', 'Anna', 'Peter', 'Iryna', 'Tomas', 'Lena', 'Marek', 'Yulia'];
const FAMILY = ['Kovalenko', 'Whitfield', 'Marchenko', 'Lindqvist', 'Horvath', 'Tkachuk', 'Brennan', 'Novak', 'Savchenko', 'Okafor',
  'Moretti', 'Bondar', 'Larsen', 'Kowalski', 'Petrenko', 'Duval', 'Shevchuk', 'Haddad', 'Romero', 'Klimenko'];
const TOPICS = ['the border', 'grain exports', 'the bridge budget', 'fuel prices', 'the power grid', 'vaccine supplies'];

/** A speaker among 12 × 20 × 8 = 1,920 names: concurrent ingests rarely wait on one another's identity locks. */
function speakerName(n: number): string {
  return `${GIVEN[n % GIVEN.length]} ${FAMILY[Math.floor(n / GIVEN.length) % FAMILY.length]}-${Math.floor(n / 240) % 8}`;
}

/**
 * A generated article a curator would send: a dated text with two attributed quotes, different in
 * every call (`n` and the run id), so each ingest writes a new article, statements and claims.
 * Speakers vary (a fixed handful would make every ingest queue on the same identity locks, a
 * test of the lock rather than of the server) and no outlet is named, for the same reason.
 */
export function generatedArticle(runId: string, n: number): Record<string, unknown> {
  const speaker = speakerName(n);
  const other = speakerName(n + 7);
  const topic = TOPICS[n % TOPICS.length] as string;
  const first = `${topic} will cost ${1000 + n} million hryvnias in load run ${runId}`;
  const second = `the report on ${topic} number ${n} of run ${runId} is a fabrication`;
  const text = `date 2026-12-01\n${speaker} said that ${first}. ${other} said that ${second}.`;
  return {
    text,
    title: `Load article ${runId}-${n}`,
    statements: [
      { speaker, quote: first, kind: 'INDIRECT', cue: 'said' },
      { speaker: other, quote: second, kind: 'INDIRECT', cue: 'said', counters: [first] },
    ],
  };
}

/**
 * The mixed sequence every connection cycles through: the read benchmark's questions (article,
 * hot and cold speakers' pages with and without claims, whoSaid, a filtered count) and, among
 * them, real mutations: `ingestArticle` of generated articles and `addRebuttal` of known claims.
 */
export function loadMix(options: MixOptions): MixedRequest[] {
  const headers = { 'content-type': 'application/json' };
  const reads: MixedRequest[] = buildQuestions(options.subjects).map((question) => ({
    kind: 'read',
    method: 'POST',
    path: question.ask.ours.path,
    headers,
    body: question.ask.ours.body,
  }));
  let ingests = 0;
  let rebuttals = 0;
  const writeHeaders = { ...headers, authorization: `Bearer ${options.editorKey}` };
  const ingest: MixedRequest = {
    kind: 'ingest',
    method: 'POST',
    path: '/graphql',
    headers: writeHeaders,
    setupRequest: (request) => ({ ...request, body: JSON.stringify({ query: INGEST, variables: { input: generatedArticle(options.runId, ingests++) } }) }),
  };
  const rebuttal: MixedRequest = {
    kind: 'rebuttal',
    method: 'POST',
    path: '/graphql',
    headers: writeHeaders,
    setupRequest: (request) => {
      const n = rebuttals++;
      const input = {
        claimId: options.claimIds[n % options.claimIds.length],
        verdict: VERDICTS[n % VERDICTS.length],
        summary: `Load run ${options.runId}: review ${n} of this claim against the ministry's published figures.`,
        evidenceUrls: [`https://factcheck.example.org/${options.runId}/${n}`],
      };
      return { ...request, body: JSON.stringify({ query: REBUT, variables: { input } }) };
    },
  };
  const mix: MixedRequest[] = [];
  const writes = Math.max(0, Math.min(20, options.writesPer20));
  for (let i = 0; i < 20; i++) {
    // Writes spread evenly through the 20, alternating ingest and rebuttal.
    const isWrite = Math.floor(((i + 1) * writes) / 20) > Math.floor((i * writes) / 20);
    if (isWrite) mix.push(mix.filter((r) => r.kind !== 'read').length % 2 === 0 ? ingest : rebuttal);
    else mix.push(reads[i % reads.length] as MixedRequest);
  }
  return mix;
}
