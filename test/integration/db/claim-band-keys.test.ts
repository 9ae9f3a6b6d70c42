import { CLAIM_BAND_PROPERTIES, NEAREST_CLAIMS_PER_KEY, claimBandKeys, claimBandProps } from '../../../src/ingest/claim-keys';
import { normalizeClaim } from '../../../src/ingest/resolve-claims';
import { ingestRepository } from '../../../src/repositories/ingest.repository';
import { useTestGraph } from '../../helpers/graph';
import { ingestServiceOn } from '../../helpers/ingest';

/**
 * Ingest finds an existing claim by its band keys (migration 0010): a near-duplicate gets
 * SIMILAR_TO, a rewording merges, and claims stored before the keys existed are keyed by the
 * next ingest, so that they are found too. Claims are the dev split's (eval:claims).
 */
describe('claim candidates by band keys', () => {
  const { graph, count, run } = useTestGraph({ wipe: 'each' });

  const service = () => ingestServiceOn(graph());
  const say = (claim: string) => ({ text: `The senator said that ${claim}.`, statements: [{ speaker: 'Tim Kaine', quote: claim }] });

  /** Three times as many claims as one side reads, one a day from January 1st, all with `claim`'s keys (each its own text); their days. */
  async function storeOneADay(claim: string): Promise<string[]> {
    const days = Array.from({ length: 3 * NEAREST_CLAIMS_PER_KEY }, (_, i) => new Date(Date.UTC(2024, 0, 1 + i)).toISOString());
    await run('UNWIND $days AS day CREATE (c:Claim {id: day, text: $text, normalizedText: day, firstSeenAt: day}) SET c += $bands', {
      days,
      text: claim,
      bands: claimBandProps(claim),
    });
    return days;
  }

  it('a near-duplicate claim in a later transaction gets SIMILAR_TO to the first', async () => {
    const ingest = service();
    await ingest.ingest(say('Mr. Trump should release his tax returns'), null);
    await ingest.ingest(say('Him on his failure to release tax returns'), null);
    expect(await count('MATCH (:Claim)-[r:SIMILAR_TO]->(:Claim) RETURN count(r)')).toBe(1);
  });

  it('the same claim reworded in a later transaction is one claim', async () => {
    const ingest = service();
    await ingest.ingest(say('Ukraine controls the border with Belarus'), null);
    await ingest.ingest(say('Ukraine has control over the border with Belarus'), null);
    expect(await count('MATCH (c:Claim) RETURN count(c)')).toBe(1);
  });

  it('of the claims sharing a band key, only the nearest in time on each side of the article are candidates; the same text at any time', async () => {
    const claim = 'Ukraine controls the border with Belarus';
    const days = await storeOneADay(claim);
    await run("CREATE (:Claim {id: 'same text', text: $text, normalizedText: $normalized, firstSeenAt: '2001-01-01T00:00:00.000Z'})", { text: claim, normalized: normalizeClaim(claim) });
    const at = days[NEAREST_CLAIMS_PER_KEY + 5] as string;

    const ids = await graph().readTransaction((tx) =>
      ingestRepository.findClaimCandidateIds(tx, [{ key: 'k', normalizedText: normalizeClaim(claim), bands: claimBandKeys(claim), at }]),
    );

    const nearest = days.slice(6, 2 * NEAREST_CLAIMS_PER_KEY + 6);
    expect([...(ids.get('k') ?? [])].sort()).toEqual(['same text', ...nearest].sort());
  });

  it('claims of one batch asking the same keys at different times each get the nearest to their own time, each candidate once', async () => {
    const claim = 'Ukraine controls the border with Belarus';
    const days = await storeOneADay(claim);
    const asking = (key: string, text: string, at: string) => ({ key, normalizedText: normalizeClaim(text), bands: claimBandKeys(text), at });

    const ids = await graph().readTransaction((tx) =>
      ingestRepository.findClaimCandidateIds(tx, [
        asking('early', claim, days[5] as string),
        asking('late', claim, days[50] as string),
        asking('unrelated', 'Grain prices rose sharply in Kenya', days[50] as string),
      ]),
    );

    // Each stored claim shares all 20 keys with the asking ones, and is still listed once.
    expect(ids.get('early')).toHaveLength(6 + NEAREST_CLAIMS_PER_KEY);
    expect([...(ids.get('early') ?? [])].sort()).toEqual(days.slice(0, 6 + NEAREST_CLAIMS_PER_KEY));
    expect([...(ids.get('late') ?? [])].sort()).toEqual(days.slice(51 - NEAREST_CLAIMS_PER_KEY));
    expect(ids.get('unrelated')).toEqual([]);
  });

  it('claims stored before their keys existed are keyed by the next ingest, and found by it', async () => {
    await service().ingest(say('Mr. Trump should release his tax returns'), null);
    // The graph as migration 0010 found it: a claim without keys, and the mark it leaves.
    await run(`MATCH (c:Claim) REMOVE ${CLAIM_BAND_PROPERTIES.map((name) => `c.${name}`).join(', ')}`);
    await run("MERGE (:ClaimKeyBackfill {name: 'claim-band-keys'})");
    await service().ingest(say('Him on his failure to release tax returns'), null);
    expect(await count('MATCH (c:Claim) WHERE c.band0 IS NULL OR c.band19 IS NULL RETURN count(c)')).toBe(0);
    expect(await count('MATCH (m:ClaimKeyBackfill) RETURN count(m)')).toBe(0);
    expect(await count('MATCH (:Claim)-[r:SIMILAR_TO]->(:Claim) RETURN count(r)')).toBe(1);
  });
});
