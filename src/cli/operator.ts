import { userInfo } from 'node:os';
import type { Actor } from '../model/principal';

/** Whoever runs a command-line tool, for the audit trail: they have no key, so their login names them. */
export function operatorActor(login: string = userInfo().username): Actor {
  return { keyId: null, name: `cli:${login}`, role: null };
}
