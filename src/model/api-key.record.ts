import type { Role } from './enums';

/** A key as listed: never the key itself, which is shown once at creation. */
export interface ApiKeyRecord {
  id: string;
  name: string;
  role: Role;
  prefix: string;
  createdAt: string;
  createdBy: string | null;
  revokedAt: string | null;
}
