import { loadMigrations } from '../../../src/db/migrations';
import { ClaimRelationType, Role } from '../../../src/model/enums';
import type { Principal } from '../../../src/model/principal';
import { statsRepository } from '../../../src/repositories/stats.repository';
import { CurationService } from '../../../src/services/curation.service';
import { useTestGraph } from '../../helpers/graph';
import { ingestServiceOn } from '../../helpers/ingest';

/**
 * The most-countered claims without a window come from a count each claim keeps of the claims
 * countering it (`Claim.countered`, migration 0016), added to wherever a COUNTERS is created:
 * it must equal a recount after ingests, a curator's link and concurrent writers, and the
 * all-time list must equal the windowed one over a window that holds everything.
 */
describe('countered claims kept on write', () => {
  const { graph, run } = useTestGraph({ wipe: 'each' });
  const admin: Principal = { keyId: 'k-admin', name: 'ada-admin', role: Role.ADMIN };
  const THREAT = 'Belarus is preparing an attack';

  /** An article in which `speaker` counters THREAT with `claim`. */
  const countering = (speaker: string, claim: string) => ({
    text: `${speaker} said that ${claim}. Others said that ${THREAT}.`,
    statements: [
      { speaker: 'Others', quote: THREAT },
      { speaker, quote: claim, counters: [THREAT] },
    ],
  });

  /** Each claim's kept count against the COUNTERS relationships it has. */
  async function keptAndRecounted(): Promise<Array<{ kept: number | null; recount: number }>> {
    const rows = await run('MATCH (c:Claim) RETURN c.countered AS kept, COUNT { (c)<-[:COUNTERS]-(:Claim) } AS recount');
    return rows.map((r) => ({ kept: r.kept === null ? null : Number(r.kept), recount: Number(r.recount) }));
  }

  async function expectKeptEqualRecount(): Promise<void> {
    for (const { kept, recount } of await keptAndRecounted()) expect(kept ?? 0).toBe(recount);
  }

  const shown = (rows: Array<{ claim: { text: string }; count: number }>) => rows.map((r) => [r.claim.text, Number(r.count)]);
  const allTime = () => statsRepository.mostCounteredClaims(graph(), { from: null, to: null, top: 10 });
  const everything = () => statsRepository.mostCounteredClaims(graph(), { from: '1900-01-01T00:00:00.000Z', to: '2999-01-01T00:00:00.000Z', top: 10 });

  it('counts each claim countering another once, as ingest and a curator create them', async () => {
    await ingestServiceOn(graph()).ingest(countering('Andriy Kovalenko', 'the reports are premature horror stories'), null);
    await ingestServiceOn(graph()).ingest(countering('Andriy Demchenko', 'the border is calm'), null);
    // The same relation again creates nothing, and counts nothing.
    const again = countering('Andriy Demchenko', 'the border is calm');
    await ingestServiceOn(graph()).ingest({ ...again, text: `${again.text} He said it again.` }, null);
    const claimId = async (text: string) => (await run('MATCH (c:Claim) WHERE toLower(c.text) = toLower($text) RETURN c.id AS id', { text }))[0]?.id as string;
    const curation = new CurationService(graph());
    await curation.linkClaims(await claimId('the border is calm'), await claimId(THREAT), ClaimRelationType.COUNTERS, admin);
    await ingestServiceOn(graph()).ingest({ text: 'Ivan Petrenko said the army is ready.', statements: [{ speaker: 'Ivan Petrenko', quote: 'the army is ready' }] }, null);
    await curation.linkClaims(await claimId('the army is ready'), await claimId(THREAT), ClaimRelationType.COUNTERS, admin);

    await expectKeptEqualRecount();
    expect(shown(await allTime())).toEqual([[THREAT, 3]]);
    expect(shown(await allTime())).toEqual(shown(await everything()));
  });

  it('loses no update when concurrent ingests counter one claim', async () => {
    await ingestServiceOn(graph()).ingest({ text: `Others said that ${THREAT}.`, statements: [{ speaker: 'Others', quote: THREAT }] }, null);
    const speakers = ['Anna Bondar', 'Oleh Hrytsenko', 'Iryna Koval', 'Petro Lysenko', 'Maria Shevchuk', 'Taras Melnyk'];
    await Promise.all(speakers.map((speaker, i) => ingestServiceOn(graph()).ingest(countering(speaker, `the claim number ${i} is false`), null)));
    await expectKeptEqualRecount();
    expect(shown(await allTime())).toEqual([[THREAT, speakers.length]]);
  });

  it('the migration backfills exactly the counts ingest kept, and run again gives the same', async () => {
    await ingestServiceOn(graph()).ingest(countering('Andriy Kovalenko', 'the reports are premature horror stories'), null);
    await ingestServiceOn(graph()).ingest(countering('Andriy Demchenko', 'the border is calm'), null);
    const kept = await keptAndRecounted();
    const migration = loadMigrations().find((m) => m.version === '0016');
    if (!migration) throw new Error('migration 0016 is missing');
    await run('MATCH (c:Claim) REMOVE c.countered');
    for (const statement of migration.statements) await run(statement);
    expect(await keptAndRecounted()).toEqual(kept);
    for (const statement of migration.statements) await run(statement);
    expect(await keptAndRecounted()).toEqual(kept);
  });
});
