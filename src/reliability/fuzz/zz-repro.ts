import { loadConfig } from '../../config/config';
import { CypherRegistry } from '../../db/cypher-registry';
import { createDriver } from '../../db/driver';
import { Graph } from '../../db/graph';
import { createServices } from '../../services/services';
import { extractArticle } from '../../extraction/pipeline';
(async () => {
  const c = loadConfig({ ...process.env, NEO4J_URI: 'bolt://127.0.0.1:7752', NEO4J_PASSWORD: 'claimgraph-local' });
  const g = new Graph(createDriver(c.neo4j), CypherRegistry.load());
  const s = createServices(g, { maxArticleBytes: 1e6, extract: extractArticle });
  const { key, record } = await s.apiKeys.create('repro', 'EDITOR' as any, null);
  const queries = process.argv.slice(2);
  for (const q of queries) {
    const r = await fetch('http://127.0.0.1:8754/graphql', { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` }, body: q }).then(async (r) => r.status + ' ' + (await r.text()));
    console.log(r.slice(0, 500));
  }
  await s.apiKeys.revoke(record.id);
  await g.driver.close();
})();
