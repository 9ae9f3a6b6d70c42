import { createHash } from 'node:crypto';
import type { Graph } from '../db/graph';

/**
 * A small seeded graph of the project's shape, written straight through UNWIND batches: the
 * read benchmark's fallback while `npm run bench:data` (the realistic generator, through the
 * ingest path) is not there. Zipf speakers make one very hot speaker (~9 % of statements at
 * 10k), ~5 statements per article, claims shared across articles, chains through outlets.
 */
export interface SyntheticOptions {
  statements: number;
  seed: number;
}

const WORDS = (
  'border threat army election vote tax email server police court minister president senator ' +
  'economy jobs wall refugees vaccine war peace attack troops sanctions oil gas prices climate ' +
  'budget deficit health insurance schools crime drugs trade deal treaty summit talks visit'
).split(' ');
const CUES = ['said', 'told', 'claimed', 'according to', 'denied', 'warned'];
const KINDS = ['DIRECT', 'INDIRECT', 'MIXED', 'ACCORDING_TO'];
const BATCH = 500;

/** mulberry32: tiny, seeded, good enough to shape test data. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Draws ranks 0..n-1 with probability ∝ 1/(rank+1)^s, by inverse transform over the cumulative weights. */
function zipf(n: number, s: number, random: () => number): () => number {
  const cumulative: number[] = [];
  let total = 0;
  for (let k = 1; k <= n; k++) cumulative.push((total += 1 / k ** s));
  return () => {
    const target = random() * total;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] as number) < target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

function sentence(random: () => number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(WORDS[Math.floor(random() * WORDS.length)] as string);
  return out.join(' ');
}

export async function loadSyntheticGraph(graph: Graph, options: SyntheticOptions): Promise<void> {
  const random = seededRandom(options.seed);
  const n = options.statements;
  const speakers = Math.max(20, Math.round(n / 25));
  const outlets = Math.min(200, Math.max(5, Math.round(n / 50)));
  const claims = Math.max(10, Math.round(n / 3));
  const pickSpeaker = zipf(speakers, 1.0, random);
  const pickClaim = zipf(claims, 0.6, random);
  const pickOutlet = zipf(outlets, 0.8, random);
  const start = Date.parse('2022-01-01T00:00:00Z');
  const span = 2 * 365 * 86_400_000;

  const actors = [
    ...Array.from({ length: speakers }, (_, i) => person(i)),
    ...Array.from({ length: outlets }, (_, i) => outlet(i)),
  ];
  for (let i = 0; i < actors.length; i += BATCH) await graph.write('bench/load-actors', { actors: actors.slice(i, i + BATCH) });

  const claimRows = Array.from({ length: claims }, (_, i) => {
    const text = `${sentence(random, 6)} ${i}`;
    return {
      props: { id: `bench-claim-${i}`, text, normalizedText: text, firstSeenAt: new Date(start).toISOString(), confidence: 0.9, extractor: 'bench' },
      counters: i > 0 && random() < 0.1 ? [`bench-claim-${Math.floor(random() * i)}`] : [],
    };
  });
  for (let i = 0; i < claimRows.length; i += BATCH) await graph.write('bench/load-claims', { claims: claimRows.slice(i, i + BATCH) });

  let made = 0;
  const batch: unknown[] = [];
  for (let a = 0; made < n; a++) {
    const id = `bench-article-${a}`;
    const at = new Date(start + Math.floor(random() * span / 1000) * 1000).toISOString();
    const count = Math.min(n - made, 3 + Math.floor(random() * 5));
    const statements = Array.from({ length: count }, (_, k) => {
      const sid = `bench-statement-${made + k}`;
      const hops = random() < 0.3 ? (random() < 0.3 ? 2 : 1) : 0;
      return {
        speakerId: `bench-person-${pickSpeaker()}`,
        claimId: `bench-claim-${pickClaim()}`,
        via: Array.from({ length: hops }, (_, h) => ({ hop: h + 1, actorId: `bench-outlet-${pickOutlet()}` })),
        props: {
          id: sid, quote: sentence(random, 8), kind: KINDS[Math.floor(random() * KINDS.length)], cue: CUES[Math.floor(random() * CUES.length)],
          start: k * 100, end: k * 100 + 60, hedged: false, confidence: 0.9, extractor: 'bench', articleId: id, at, createdAt: at,
        },
      };
    });
    made += count;
    batch.push({
      outletId: `bench-outlet-${pickOutlet()}`,
      statements,
      props: {
        id, title: `Synthetic article ${a}`, url: `https://example.org/${a}`, text: 'x'.repeat(count * 100), contentHash: createHash('sha256').update(id).digest('hex'),
        publishedAt: at, language: 'en', ingestedAt: at, extractor: 'bench',
      },
    });
    if (batch.length >= BATCH / 5) await graph.write('bench/load-articles', { articles: batch.splice(0) });
  }
  if (batch.length > 0) await graph.write('bench/load-articles', { articles: batch.splice(0) });
}

function person(i: number) {
  const name = `Speaker ${i}`;
  return { id: `bench-person-${i}`, name, aliases: [], normalizedName: name.toLowerCase(), normalizedNames: [name.toLowerCase()], type: 'PERSON', mergedIds: [], collective: false };
}

function outlet(i: number) {
  const name = `Outlet ${i} News`;
  return { id: `bench-outlet-${i}`, name, aliases: [], normalizedName: name.toLowerCase(), normalizedNames: [name.toLowerCase()], type: 'OUTLET', mergedIds: [], collective: false };
}
