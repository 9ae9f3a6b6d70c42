import { useState, type FormEvent } from 'react';
import { useMutation } from '../api/use-mutation';
import { graphql } from '../gql';
import type { StatementKind } from '../gql/graphql';
import { formatKind } from '../format';
import { ActorPicker } from './pickers';
import { ErrorMessage } from './status';

const CorrectStatement = graphql(`
  mutation CorrectStatement($id: ID!, $input: CorrectStatementInput!) {
    correctStatement(id: $id, input: $input) {
      id
      kind
      curatedBy
    }
  }
`);

const KINDS: StatementKind[] = ['DIRECT', 'INDIRECT', 'MIXED', 'ACCORDING_TO', 'UNATTRIBUTED'];

/** An editor corrects a statement's speaker or kind; the correction wins over later automatic runs. */
export function CorrectStatementForm({ statementId, kind, onCorrected }: { statementId: string; kind: StatementKind; onCorrected(): void }) {
  const [newKind, setNewKind] = useState<StatementKind>(kind);
  const [speakerId, setSpeakerId] = useState('');
  const [correct, state] = useMutation(CorrectStatement);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = { ...(speakerId ? { speakerId } : {}), ...(newKind !== kind ? { kind: newKind } : {}) };
    if (await correct({ id: statementId, input })) onCorrected();
  };
  return (
    <details>
      <summary>Correct this statement (editor key)</summary>
      <form className="stack" onSubmit={(event) => void submit(event)} key={statementId}>
        <div className="row">
          <label htmlFor="correct-kind">Kind</label>
          <select id="correct-kind" value={newKind} onChange={(event) => setNewKind(event.target.value as StatementKind)}>
            {KINDS.map((value) => (
              <option key={value} value={value}>
                {formatKind(value)}
              </option>
            ))}
          </select>
        </div>
        <ActorPicker label="Speaker" value={speakerId} onChange={setSpeakerId} required={false} />
        <div className="row">
          <button type="submit" disabled={state.running || (!speakerId && newKind === kind)}>
            Save correction
          </button>
        </div>
        <ErrorMessage error={state.error} />
        {state.data && <p className="success">Corrected.</p>}
      </form>
    </details>
  );
}
