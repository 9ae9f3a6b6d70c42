import type { Verdict } from './enums';

export interface RebuttalRecord {
  id: string;
  verdict: Verdict;
  label: string | null;
  summary: string;
  evidenceUrls: string[];
  author: string;
  createdAt: string;
  claimId: string;
}
