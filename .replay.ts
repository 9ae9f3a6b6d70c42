// Replays PolNeAR's actors through the identity-key lookup, in memory: candidates read, and the joins.
import { readdirSync, readFileSync } from 'node:fs';
import { extractArticle } from './src/extraction/pipeline';
import * as ra from './src/ingest/resolve-actors';
import type { ExtractedActor } from './src/extraction/types';

const dirs = ['/work/shared/datasets/polnear/train/text', '/work/shared/datasets/polnear/dev/text'];
const repeat = Number(process.env.REPEAT ?? 3);
const articles: ExtractedActor[][] = [];
for (const d of dirs) for (const f of readdirSync(d).sort()) articles.push(extractArticle(readFileSync(`${d}/${f}`, 'utf8')).actors);

type Node = { id: string; name: string; aliases: string[]; type: ExtractedActor['type']; normalizedNames: string[] };
function replay(lookup: (a: ExtractedActor) => string[], stored: (n: Node) => string[]) {
  const index = new Map<string, Map<string, Node>>();
  const nodes: Node[] = [];
  let keyReads = 0, candidatesRead = 0, maxKey = 0;
  const joins: string[] = [];
  const put = (n: Node) => { for (const k of stored(n)) { let m = index.get(k); if (!m) index.set(k, (m = new Map())); m.set(n.id, n); } };
  for (let r = 0; r < repeat; r++) for (const actors of articles) {
    // one batch = one article: keys read once each
    const keys = new Set(actors.flatMap(lookup));
    for (const k of keys) { const s = index.get(k)?.size ?? 0; keyReads++; candidatesRead += s; maxKey = Math.max(maxKey, s); }
    for (const a of actors) {
      const found = new Map<string, Node>();
      for (const k of lookup(a)) for (const n of index.get(k)?.values() ?? []) found.set(n.id, n);
      const m = ra.chooseExistingActor(a, [...found.values()]);
      if (m) {
        const n = nodes[Number(m.id)] as Node;
        joins.push(`${a.name}->${n.name}`);
        for (const s of [a.name, ...a.aliases]) if (s !== n.name && !n.aliases.includes(s)) n.aliases.push(s);
        put(n);
      } else {
        const n: Node = { id: String(nodes.length), name: a.name, aliases: [...a.aliases], type: a.type, normalizedNames: [] };
        nodes.push(n); put(n);
      }
    }
  }
  let biggest = [...index.entries()].sort((x, y) => y[1].size - x[1].size).slice(0, 8).map(([k, m]) => `${k}=${m.size}`).join(' ');
  return { nodes: nodes.length, joins: joins.length, keyReads, candidatesRead, maxKey, biggest, joinList: joins };
}
const anyRa0 = ra as any;
const old = anyRa0.actorLookupKeys ? replay((a) => anyRa0.actorLookupKeys(a), (n) => ra.actorIdentityKeys(n)) : replay((a) => ra.actorIdentityKeys(a), (n) => ra.actorIdentityKeys(n));
require('node:fs').writeFileSync(process.env.OUT ?? '/tmp/ar/joins.txt', old.joinList.join('\n'));
console.log('old', { ...old, joinList: undefined });
