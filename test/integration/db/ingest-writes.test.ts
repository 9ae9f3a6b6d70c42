import { ingestRepository } from '../../../src/repositories/ingest.repository';
import { useTestGraph } from '../../helpers/graph';

/**
 * The batched writes of an ingest, row by row: what each may link and what it writes once. The
 * queries seek actors by their id's index and check the label after, so a row naming an actor
 * of the wrong kind must still link nothing.
 */
describe('ingest writes', () => {
  const { graph, count, run } = useTestGraph({ wipe: 'each' });
  beforeEach(() =>
    run(
      `CREATE (:Article {id: 'a1'}), (:Actor:Outlet {id: 'outlet'}), (:Actor:Person {id: 'person'}),
              (:Actor:Organization {id: 'party'}), (:Actor:Organization {id: 'committee'})`,
    ),
  );

  const provenance = { by: 'test', createdAt: '2024-01-01T00:00:00.000Z' };

  it('an article is published by an outlet, and by no other kind of actor', async () => {
    await graph().writeTransaction((tx) =>
      tx.run('ingest/link-outlet', {
        links: [
          { articleId: 'a1', outletId: 'outlet', by: 'test', now: provenance.createdAt },
          { articleId: 'a1', outletId: 'person', by: 'test', now: provenance.createdAt },
        ],
      }),
    );
    expect(await count("MATCH (:Article {id: 'a1'})-[:PUBLISHED_BY]->(o {id: 'outlet'}) RETURN count(o)")).toBe(1);
    expect(await count('MATCH ()-[r:PUBLISHED_BY]->() RETURN count(r)')).toBe(1);
  });

  it('only an organisation is part of an organisation', async () => {
    await graph().writeTransaction((tx) =>
      tx.run('ingest/merge-part-of', {
        links: [
          { childId: 'committee', parentId: 'party', provenance },
          { childId: 'person', parentId: 'party', provenance },
          { childId: 'committee', parentId: 'outlet', provenance },
        ],
      }),
    );
    expect(await count("MATCH ({id: 'committee'})-[:PART_OF]->({id: 'party'}) RETURN count(*)")).toBe(1);
    expect(await count('MATCH ()-[r:PART_OF]->() RETURN count(r)')).toBe(1);
  });

  it('a name joined twice to one actor in one article is recorded once, as the first join has it', async () => {
    const join = { articleId: 'a1', actorId: 'person', match: 'surname', by: 'test', now: provenance.createdAt };
    await graph().writeTransaction((tx) =>
      ingestRepository.recordActorJoins(tx, [
        { ...join, name: 'Clinton', confidence: 0.6 },
        { ...join, name: 'Hillary Clinton', confidence: 1, match: 'name' },
        { ...join, name: 'Clinton', confidence: 0.9 },
      ]),
    );
    expect(await count('MATCH ()-[r:JOINED]->() RETURN count(r)')).toBe(2);
    expect(await count("MATCH ()-[r:JOINED {name: 'Clinton'}]->() RETURN r.confidence")).toBe(0.6);
  });
});
