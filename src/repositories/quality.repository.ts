import type { Graph } from '../db/graph';
import type { QualityInput } from '../quality/graph-quality';

/** Reads what the graph-quality measures need: every actor, speaker count, claim and article summary. */
export const qualityRepository = {
  async read(graph: Graph): Promise<QualityInput> {
    const [actors, speakers, claims, [summary]] = await Promise.all([
      graph.read('quality/list-actors', {}),
      graph.read('quality/count-statements-by-speaker', {}),
      graph.read('quality/list-claim-texts', {}),
      graph.read('quality/summarize-articles', {}),
    ]);
    return {
      actors: actors.map((r) => ({ name: r.name as string, type: r.type as string, statements: Number(r.statements) })),
      speakers: speakers.map((r) => ({ name: (r.speaker as string | null) ?? null, type: (r.type as string | null) ?? null, statements: Number(r.statements) })),
      claims: claims.map((r) => ({ text: r.text as string, appearances: Number(r.appearances) })),
      articles: {
        count: Number(summary?.articles ?? 0),
        titled: Number(summary?.titled ?? 0),
        dated: Number(summary?.dated ?? 0),
        firstDate: (summary?.firstDate as string | null) ?? null,
        lastDate: (summary?.lastDate as string | null) ?? null,
        outlets: (summary?.outlets as string[] | undefined) ?? [],
      },
    };
  },
};
