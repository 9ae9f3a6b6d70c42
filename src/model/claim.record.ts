import type { ClaimRelationType } from './enums';

export interface ClaimRecord {
  id: string;
  text: string;
  firstSeenAt: string;
}

export interface ClaimRelationRecord {
  fromId: string;
  toId: string;
  relation: ClaimRelationType;
  confidence: number;
  by: string;
  createdAt: string;
}
