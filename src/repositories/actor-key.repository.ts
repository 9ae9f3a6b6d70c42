import type { GraphTx, Row } from '../db/graph';
import type { ActorType } from '../model/enums';
import { actorIdentityKeys } from '../ingest/resolve-actors';

/** An actor's names as its identity keys are computed from them. */
export interface ActorNames {
  id: string;
  name: string;
  aliases: string[];
  type: `${ActorType}`;
}

/** An actor's names as a query returns them (`id`, `name`, `aliases`, `type`); no aliases is none. */
export function actorNamesOf(row: Row): ActorNames {
  return { id: row.id as string, name: row.name as string, aliases: (row.aliases as string[] | null) ?? [], type: row.type as ActorNames['type'] };
}

/**
 * The `ActorKey` links by which ingest finds an actor (migration 0012). Whatever gives an actor
 * a name (ingest's merge-actors, an alias, a merge) links it to that name's keys here, or the next
 * ingest would not find it under that name.
 */
export const actorKeyRepository = {
  /** Links each actor to the identity keys of all its names; the links it has stay (MERGE). */
  async link(tx: GraphTx, actors: ActorNames[]): Promise<void> {
    const rows = actors.map((a) => ({ id: a.id, keys: actorIdentityKeys(a) }));
    if (rows.length) await tx.run('actors/link-identity-keys', { actors: rows });
  },
};
