export interface AuditEventRecord {
  id: string;
  action: string;
  at: string;
  keyId: string | null;
  keyName: string | null;
  role: string | null;
  targetId: string | null;
  details: string;
}
