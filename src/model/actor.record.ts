import type { ActorType } from './enums';

/** The plain record repositories return for any actor. */
export interface ActorRecord {
  id: string;
  type: ActorType;
  name: string;
  aliases: string[];
  description: string | null;
  kind: string | null;
  domain: string | null;
  collective: boolean;
}
