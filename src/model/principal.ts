import type { Role } from './enums';

/** The caller, as identified by its API key; absent for anonymous reads. */
export interface Principal {
  keyId: string;
  name: string;
  role: Role;
}

/**
 * Who made a change, for the audit trail: an API key's holder, or an operator at the command
 * line (`npm run keys`), who has no key and is named `cli:<OS user>`.
 */
export type Actor = Principal | { keyId: null; name: string; role: null };
