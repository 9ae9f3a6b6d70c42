import { measureIngestFloor } from '../../../src/bench/ingest-floor';
import { extractArticle } from '../../../src/extraction/pipeline';
import { referenceText } from '../../fixtures/reference-article';
import { useTestGraph } from '../../helpers/graph';

/**
 * The ingest floor (`npm run bench:ingest -- --floor`) is a yardstick only if it writes the graph
 * ingest writes for the same articles: every statement in its article, said by its speaker,
 * relayed through its chain, asserting its claim.
 */
describe('the ingest floor', () => {
  const { graph, count } = useTestGraph({ wipe: 'each' });

  it('writes each extracted statement with its article, speaker, chain and claim', async () => {
    const texts = [`date 2024-05-23\n${referenceText()}`, 'date 2024-05-24\nAndriy Kovalenko said the reports of a threat from Belarus are premature horror stories.'];
    const extractions = texts.map((text) => ({ text, extraction: extractArticle(text) }));
    const statements = extractions.flatMap(({ extraction }) => extraction.statements);
    // The reference article has chains ("according to the Russian media") and claims.
    expect(statements.some((s) => s.via.length > 0 && s.claimKey !== null)).toBe(true);

    const floor = await measureIngestFloor(graph(), extractions, { batch: 1 });

    expect(floor.articles).toBe(2);
    expect(await count('MATCH (:Article)-[:CONTAINS]->(s:Statement) RETURN count(s)')).toBe(statements.length);
    expect(await count('MATCH (:Actor)-[:MADE]->(s:Statement) RETURN count(s)')).toBe(statements.filter((s) => s.speakerKey !== null).length);
    expect(await count('MATCH (:Statement)-[:VIA]->(:Actor) RETURN count(*)')).toBe(statements.reduce((n, s) => n + s.via.length, 0));
    expect(await count('MATCH (:Statement)-[:ASSERTS]->(:Claim) RETURN count(*)')).toBe(statements.filter((s) => s.claimKey !== null).length);
    expect(await count("MATCH (s:Statement {at: '2024-05-23T00:00:00.000Z'}) RETURN count(s)")).toBeGreaterThan(0);
  });
});
