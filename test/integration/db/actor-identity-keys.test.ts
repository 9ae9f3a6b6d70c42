import { MAX_ACTORS_PER_KEY } from '../../../src/ingest/resolve-actors';
import { Role } from '../../../src/model/enums';
import { ingestRepository } from '../../../src/repositories/ingest.repository';
import type { Principal } from '../../../src/model/principal';
import { CurationService } from '../../../src/services/curation.service';
import { useTestGraph } from '../../helpers/graph';
import { ingestServiceOn } from '../../helpers/ingest';

/**
 * Ingest finds an existing actor through the ActorKey nodes of its names (migration 0012), so
 * whatever gives an actor a name must link it to that name's keys: ingest itself, an alias, a
 * merge; and actors stored before the keys existed are linked by the next ingest.
 */
describe('actor candidates by identity keys', () => {
  const { graph, count, run } = useTestGraph({ wipe: 'each' });

  const admin: Principal = { keyId: 'k-admin', name: 'alice', role: Role.ADMIN };
  const ingest = () => ingestServiceOn(graph());
  const curation = () => new CurationService(graph());
  const say = (speaker: string, claim: string) => ({ text: `${speaker} said that ${claim}.`, statements: [{ speaker, speakerType: 'PERSON' as const, quote: claim }] });
  const keysOf = async (name: string): Promise<string[]> =>
    (await run('MATCH (k:ActorKey)-[:IDENTIFIES]->(a:Actor {name: $name}) RETURN k.key AS key ORDER BY key', { name })).map((r) => r.key as string);
  const idOf = async (name: string): Promise<string> => (await run('MATCH (a:Actor {name: $name}) RETURN a.id AS id', { name }))[0]?.id as string;

  it('an ingested actor is stored under the keys of its names, and a transliteration finds it', async () => {
    await ingest().ingest(say('Oleksandr Lukashenko', 'the border is closed'), null);
    expect(await keysOf('Oleksandr Lukashenko')).toEqual(['person-name:lukashenko aleksander', 'person:lukashenko']);
    await ingest().ingest(say('Alexander Lukashenko', 'the border is open'), null);
    expect(await count('MATCH (a:Person) RETURN count(a)')).toBe(1);
    expect(await count('MATCH (:Article)-[r:JOINED]->(:Actor) RETURN count(r)')).toBe(1);
  });

  it('an alias added by a curator is found by the next ingest', async () => {
    await ingest().ingest(say('Hillary Clinton', 'the plan works'), null);
    await curation().addAlias(await idOf('Hillary Clinton'), 'Hillary Rodham', admin);
    expect(await keysOf('Hillary Clinton')).toEqual(['person-name:clinton hilary', 'person-name:rodham hilary', 'person:clinton', 'person:rodham']);
    await ingest().ingest(say('Hillary Rodham', 'the plan is good'), null);
    expect(await count('MATCH (a:Person) RETURN count(a)')).toBe(1);
  });

  it("a merged actor keeps the source's keys, and the source's name finds it", async () => {
    await ingest().ingest(say('Hillary Clinton', 'the plan works'), null);
    await ingest().ingest(say('Hillary Rodham', 'the plan is good'), null);
    expect(await count('MATCH (a:Person) RETURN count(a)')).toBe(2);
    await curation().mergeActors(await idOf('Hillary Rodham'), await idOf('Hillary Clinton'), admin);
    expect(await keysOf('Hillary Clinton')).toEqual(['person-name:clinton hilary', 'person-name:rodham hilary', 'person:clinton', 'person:rodham']);
    expect(await count('MATCH (k:ActorKey)-[r:IDENTIFIES]->() RETURN count(r)')).toBe(4);
    await ingest().ingest(say('Hillary Rodham', 'the plan is fine'), null);
    expect(await count('MATCH (a:Person) RETURN count(a)')).toBe(1);
  });

  it('actors stored before their keys existed are keyed by the next ingest, and found by it', async () => {
    await ingest().ingest(say('Oleksandr Lukashenko', 'the border is closed'), null);
    // The graph as migrations 0012 and 0014 leave it: actors without keys, and the mark.
    await run('MATCH (k:ActorKey) DETACH DELETE k');
    await run("MERGE (:ActorKeyBackfill {name: 'actor-identity-keys'})");
    await ingest().ingest(say('Alexander Lukashenko', 'the border is open'), null);
    expect(await keysOf('Oleksandr Lukashenko')).toEqual(['person-name:lukashenko aleksander', 'person:lukashenko']);
    expect(await count('MATCH (m:ActorKeyBackfill) RETURN count(m)')).toBe(0);
    expect(await count('MATCH (a:Person) RETURN count(a)')).toBe(1);
  });

  it('a key held by more actors than MAX_ACTORS_PER_KEY names no one in particular: none of them is read', async () => {
    await run(
      `UNWIND range(1, $n) AS i
       CREATE (a:Actor:Person {id: 'smith-' + i, name: 'Given' + i + ' Smith', aliases: [], type: 'PERSON', normalizedNames: []})
       MERGE (k:ActorKey {key: 'person:smith'}) CREATE (k)-[:IDENTIFIES]->(a)`,
      { n: MAX_ACTORS_PER_KEY + 1 },
    );
    await run("CREATE (a:Actor:Person {id: 'jones', name: 'Ann Jones', aliases: [], type: 'PERSON', normalizedNames: []}) MERGE (k:ActorKey {key: 'person:jones'}) CREATE (k)-[:IDENTIFIES]->(a)");
    const found = await graph().readTransaction((tx) => ingestRepository.findActorCandidates(tx, ['person:smith', 'person:jones']));
    expect([...found.keys()]).toEqual(['person:jones']);
  });
});
