import { useMemo, useState, type FormEvent } from 'react';
import { useMutation } from '../api/use-mutation';
import { graphql } from '../gql';
import type { ClaimRelationType, Verdict } from '../gql/graphql';
import { formatKind } from '../format';
import { ClaimPicker } from './pickers';
import { ErrorMessage } from './status';

const AddRebuttal = graphql(`
  mutation AddRebuttal($input: AddRebuttalInput!) {
    addRebuttal(input: $input) {
      id
      verdict
    }
  }
`);

const LinkClaims = graphql(`
  mutation LinkClaims($input: LinkClaimsInput!) {
    linkClaims(input: $input) {
      relation
      confidence
    }
  }
`);

const VERDICTS: Verdict[] = ['FALSE', 'MISLEADING', 'UNPROVEN', 'MIXED', 'TRUE'];

/** 128 random bits in hex; getRandomValues, unlike randomUUID, works on a plain-http address too. */
function newRequestId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** A fact-checker records a verdict on the claim (FACT_CHECKER key). */
export function AddRebuttalForm({ claimId, onAdded }: { claimId: string; onAdded(): void }) {
  const [verdict, setVerdict] = useState<Verdict>('FALSE');
  const [label, setLabel] = useState('');
  const [summary, setSummary] = useState('');
  const [evidence, setEvidence] = useState('');
  const [added, setAdded] = useState(0);
  const [add, state] = useMutation(AddRebuttal);
  // One idempotency key per draft: sending the same draft again (a double click, a retry after
  // "unavailable") answers the rebuttal already stored; an edited draft is a new rebuttal.
  const clientRequestId = useMemo(newRequestId, [claimId, verdict, label, summary, evidence, added]);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const evidenceUrls = evidence
      .split(/\s+/)
      .map((url) => url.trim())
      .filter(Boolean);
    const done = await add({ input: { claimId, verdict, summary, clientRequestId, ...(label.trim() ? { label: label.trim() } : {}), ...(evidenceUrls.length ? { evidenceUrls } : {}) } });
    if (done) {
      setSummary('');
      setLabel('');
      setEvidence('');
      setAdded((count) => count + 1);
      onAdded();
    }
  };
  return (
    <form className="stack" onSubmit={(event) => void submit(event)} aria-labelledby="rebuttal-heading">
      <h3 id="rebuttal-heading">Add a rebuttal</h3>
      <div className="row">
        <label htmlFor="rebuttal-verdict">Verdict</label>
        <select id="rebuttal-verdict" value={verdict} onChange={(event) => setVerdict(event.target.value as Verdict)}>
          {VERDICTS.map((value) => (
            <option key={value} value={value}>
              {formatKind(value)}
            </option>
          ))}
        </select>
        <label htmlFor="rebuttal-label">Label</label>
        <input id="rebuttal-label" value={label} onChange={(event) => setLabel(event.target.value)} placeholder="e.g. Pants on fire" />
      </div>
      <label htmlFor="rebuttal-summary">Summary</label>
      <textarea id="rebuttal-summary" required rows={3} value={summary} onChange={(event) => setSummary(event.target.value)} />
      <label htmlFor="rebuttal-evidence">Evidence URLs (one per line)</label>
      <textarea id="rebuttal-evidence" rows={2} value={evidence} onChange={(event) => setEvidence(event.target.value)} />
      <div className="row">
        <button type="submit" disabled={state.running}>
          Add rebuttal
        </button>
      </div>
      <ErrorMessage error={state.error} />
      {state.data && <p className="success">Rebuttal added ({formatKind(state.data.addRebuttal.verdict)}).</p>}
    </form>
  );
}

/** A fact-checker says this claim counters or supports another (FACT_CHECKER key). */
export function LinkClaimsForm({ claimId, onLinked }: { claimId: string; onLinked(): void }) {
  const [relation, setRelation] = useState<ClaimRelationType>('COUNTERS');
  const [other, setOther] = useState('');
  const [link, state] = useMutation(LinkClaims);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await link({ input: { fromClaimId: claimId, toClaimId: other, relation } })) onLinked();
  };
  return (
    <form className="stack" onSubmit={(event) => void submit(event)} aria-labelledby="link-heading">
      <h3 id="link-heading">Link to another claim</h3>
      <div className="row">
        <label htmlFor="link-relation">This claim</label>
        <select id="link-relation" value={relation} onChange={(event) => setRelation(event.target.value as ClaimRelationType)}>
          <option value="COUNTERS">counters</option>
          <option value="SUPPORTS">supports</option>
        </select>
      </div>
      <ClaimPicker label="Other claim" value={other} onChange={setOther} exclude={claimId} />
      <div className="row">
        <button type="submit" disabled={state.running || !other}>
          Link claims
        </button>
      </div>
      <ErrorMessage error={state.error} />
      {state.data && <p className="success">Linked.</p>}
    </form>
  );
}
