import { useState, type FormEvent } from 'react';
import { useMutation } from '../api/use-mutation';
import { graphql } from '../gql';
import { ActorPicker } from './pickers';
import { ErrorMessage } from './status';

const AddAlias = graphql(`
  mutation AddAlias($actorId: ID!, $alias: String!) {
    addAlias(actorId: $actorId, alias: $alias) {
      id
      aliases
    }
  }
`);

const MergeActors = graphql(`
  mutation MergeActors($sourceId: ID!, $targetId: ID!) {
    mergeActors(sourceId: $sourceId, targetId: $targetId) {
      id
      name
    }
  }
`);

/** An editor adds another spelling of the actor's name (EDITOR key). */
export function AddAliasForm({ actorId, onAdded }: { actorId: string; onAdded(): void }) {
  const [alias, setAlias] = useState('');
  const [add, state] = useMutation(AddAlias);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await add({ actorId, alias: alias.trim() })) {
      setAlias('');
      onAdded();
    }
  };
  return (
    <form className="stack" onSubmit={(event) => void submit(event)}>
      <div className="row">
        <label htmlFor="alias-input">Add a spelling</label>
        <input id="alias-input" required value={alias} onChange={(event) => setAlias(event.target.value)} />
        <button type="submit" disabled={state.running}>
          Add
        </button>
      </div>
      <ErrorMessage error={state.error} />
    </form>
  );
}

/**
 * An admin merges a duplicate into this actor: its statements, roles and spellings move here
 * and it is deleted (ADMIN key). The form names both sides before the button does it.
 */
export function MergeActorsForm({ targetId, targetName, onMerged }: { targetId: string; targetName: string; onMerged(): void }) {
  const [sourceId, setSourceId] = useState('');
  const [merge, state] = useMutation(MergeActors);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await merge({ sourceId, targetId })) {
      setSourceId('');
      onMerged();
    }
  };
  return (
    <form className="stack" onSubmit={(event) => void submit(event)}>
      <h3>Merge a duplicate into {targetName}</h3>
      <ActorPicker label="Duplicate" value={sourceId} onChange={setSourceId} exclude={targetId} />
      <div className="row">
        <button type="submit" disabled={state.running || !sourceId}>
          Merge into {targetName}
        </button>
      </div>
      <ErrorMessage error={state.error} />
      {state.data && <p className="success">Merged.</p>}
    </form>
  );
}
