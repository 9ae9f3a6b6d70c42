import type { Role } from './enums';

/** The caller, as identified by its API key; absent for anonymous reads. */
export interface Principal {
  keyId: string;
  name: string;
  role: Role;
}
