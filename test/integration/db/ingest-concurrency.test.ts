import { Role } from '../../../src/model/enums';
import { CurationService } from '../../../src/services/curation.service';
import { IngestService } from '../../../src/services/ingest.service';
import { useTestGraph } from '../../helpers/graph';
import { luceneTerms } from '../../../src/graphql/resolvers/arguments';
import { claimRepository } from '../../../src/repositories/claim.repository';
import { statementRepository } from '../../../src/repositories/statement.repository';
import { ingestServiceOn } from '../../helpers/ingest';
import { finishesWithin, pausedAfter } from '../../helpers/paused-graph';

/**
 * Ingest against a real Neo4j, where concurrency and the full-text analyzer live: nothing here
 * could be shown with a mock. Sentences are from PolNeAR's dev articles.
 */
describe('ingest against a real Neo4j: concurrency, search by word form, people across articles', () => {
  const { graph, count, run } = useTestGraph({ wipe: 'each' });
  let service: IngestService;
  beforeAll(() => {
    service = ingestServiceOn(graph());
  });

  const curated = (text: string, speaker: string, quote: string) => ({ text, statements: [{ speaker, quote }] });

  it('concurrent ingests of articles sharing a new speaker and a new claim create one Person and one Claim', async () => {
    const claim = 'the insurance model does not work here';
    const articles = Array.from({ length: 8 }, (_, i) =>
      curated(`Report ${i}: Bill Clinton said that ${claim}.`, 'Bill Clinton', claim),
    );
    const outcomes = await Promise.all(articles.map((article) => service.ingest(article, null)));
    expect(outcomes.every((o) => o.created)).toBe(true);
    expect(await count("MATCH (p:Person {name: 'Bill Clinton'}) RETURN count(p)")).toBe(1);
    expect(await count('MATCH (c:Claim) RETURN count(c)')).toBe(1);
    expect(await count('MATCH (:Person)-[:MADE]->(s:Statement)-[:ASSERTS]->(:Claim) RETURN count(s)')).toBe(8);
    expect(outcomes.filter((o) => o.newActors === 1)).toHaveLength(1);
  });

  it('concurrent ingests of the same text store it once; the others answer unchanged', async () => {
    const article = curated('Clinton said the insurance model does not work here.', 'Bill Clinton', 'the insurance model does not work here');
    const outcomes = await Promise.all(Array.from({ length: 5 }, () => service.ingest(article, null)));
    expect(outcomes.filter((o) => o.created)).toHaveLength(1);
    expect(new Set(outcomes.map((o) => o.articleId)).size).toBe(1);
    expect(await count('MATCH (a:Article) RETURN count(a)')).toBe(1);
  });

  it('concurrent automatic ingests of articles quoting one new person make one node of him', async () => {
    const texts = [
      'Bill Clinton said the current system works fine if you are eligible for Medicaid.',
      'Bill Clinton said the insurance model does not work here.',
      'Bill Clinton told the crowd that the premiums doubled for millions of people.',
      'Bill Clinton said people were getting their coverage cut in half.',
    ];
    await Promise.all(texts.map((text) => service.ingest({ text }, null)));
    expect(await count("MATCH (p:Person) WHERE p.name = 'Bill Clinton' RETURN count(p)")).toBe(1);
  });

  it('a merge of the actor an ingest has just found waits for that ingest: its statement moves to the target, and the source does not come back', async () => {
    await service.ingest(curated('Robert Flint said the canal is dry.', 'Robert Flint', 'the canal is dry'), null);
    await service.ingest(curated('Bob Stone said the levee is sound.', 'Bob Stone', 'the levee is sound'), null);
    const idOf = async (name: string) => (await run('MATCH (a:Actor {name: $name}) RETURN a.id AS id', { name }))[0]?.id as string;
    const [flint, stone] = [await idOf('Robert Flint'), await idOf('Bob Stone')];

    // The next ingest stops once it has found Robert Flint, its locks held, until the merge has
    // run (or is waiting, 1.5 s on).
    const paused = pausedAfter(graph(), 'ingest/find-actor-candidates');
    const ingesting = ingestServiceOn(paused.graph).ingest(curated('Robert Flint said the lock is new.', 'Robert Flint', 'the lock is new'), null);
    await paused.reached;
    const merging = new CurationService(graph()).mergeActors(flint, stone, { keyId: 'k-admin', name: 'ada-admin', role: Role.ADMIN });
    expect(await finishesWithin(merging)).toBe(false);
    paused.release();
    await Promise.all([ingesting, merging]);

    expect(await count("MATCH (a:Actor {name: 'Robert Flint'}) RETURN count(a)")).toBe(0);
    expect((await run('MATCH (:Actor {id: $stone})-[:MADE]->(s:Statement) RETURN s.quote AS quote ORDER BY quote', { stone })).map((r) => r.quote)).toEqual([
      'the canal is dry',
      'the levee is sound',
      'the lock is new',
    ]);
    expect(await count(`MATCH (a:Actor {id: '${flint}'}) RETURN count(a)`)).toBe(0);
  });

  it('search by word form: "email" finds the claim about "emails", and "emails" the one about "email"', async () => {
    await service.ingest(curated('Mook said the emails were deleted.', 'Robby Mook', 'the emails were deleted'), null);
    await service.ingest(curated('Kaine said the email server was private.', 'Tim Kaine', 'the email server was private'), null);
    const search = (query: string) => claimRepository.count(graph(), luceneTerms(query));
    expect(await search('email')).toBe(2);
    expect(await search('emails')).toBe(2);
    const said = await statementRepository.searchAttributions(graph(), 'email', 10);
    expect(said.length).toBeGreaterThanOrEqual(2);
  });

  it('search made only of stop words finds nothing rather than failing', async () => {
    await service.ingest(curated('Mook said the emails were deleted.', 'Robby Mook', 'the emails were deleted'), null);
    expect(await claimRepository.count(graph(), luceneTerms('it is the'))).toBe(0);
  });

  describe('people across articles', () => {
    const say = (speaker: string, text: string) => service.ingest(curated(text, speaker, text.slice(0, -1)), null);
    const joins = () =>
      run('MATCH (:Article)-[j:JOINED]->(a:Actor) RETURN j.name AS name, a.name AS actor, j.confidence AS confidence, j.match AS match ORDER BY name');
    const persons = async () => (await run('MATCH (p:Person) RETURN p.name AS name ORDER BY name')).map((r) => r.name);

    it('"Clinton" joins Hillary Clinton, the only Clinton, with a lower confidence recorded on the join', async () => {
      await say('Hillary Clinton', 'The insurance model does not work here.');
      await say('Clinton', 'The current system works fine.');
      expect(await persons()).toEqual(['Hillary Clinton']);
      expect(await joins()).toEqual([{ name: 'Clinton', actor: 'Hillary Clinton', confidence: 0.7, match: 'surname' }]);
    });

    it('"Clinton" joins neither Hillary nor Bill Clinton when both are in the graph', async () => {
      await say('Hillary Clinton', 'The insurance model does not work here.');
      await say('Bill Clinton', 'It is the craziest thing in the world.');
      await say('Clinton', 'The current system works fine.');
      expect(await persons()).toEqual(['Bill Clinton', 'Clinton', 'Hillary Clinton']);
    });

    it('Chelsea Clinton and Michelle Obama never join Hillary Clinton or Barack Obama', async () => {
      await say('Hillary Clinton', 'The insurance model does not work here.');
      await say('Chelsea Clinton', 'My mother is fine.');
      await say('Barack Obama', 'It would be a personal insult.');
      await say('Michelle Obama', 'When they go low, we go high.');
      expect(await persons()).toEqual(['Barack Obama', 'Chelsea Clinton', 'Hillary Clinton', 'Michelle Obama']);
    });

    it('a full name joins its earlier spelling with full confidence', async () => {
      await say('Barack Obama', 'It would be a personal insult.');
      await say('Barack Obama', 'Black turnout matters.');
      expect(await joins()).toEqual([{ name: 'Barack Obama', actor: 'Barack Obama', confidence: 1, match: 'name' }]);
    });
  });
});
