import { useEffect, useState, type FormEvent } from 'react';
import { getApiKey, onApiKeyChange, setApiKey } from '../api/api-key';

/**
 * Where a fact-checker or editor enters their API key, once per session. Reading needs no key;
 * the forms that write say which role they need and the server checks it.
 */
export function ApiKeyForm() {
  const [key, setKey] = useState(getApiKey());
  const [draft, setDraft] = useState('');
  const [open, setOpen] = useState(false);
  useEffect(() => onApiKeyChange(setKey), []);

  if (key) {
    return (
      <div className="api-key">
        <span>
          Key <code>{key.slice(0, 6)}…</code>
        </span>
        <button type="button" onClick={() => setApiKey(null)}>
          Forget key
        </button>
      </div>
    );
  }
  if (!open) {
    return (
      <div className="api-key">
        <button type="button" onClick={() => setOpen(true)}>
          Enter API key
        </button>
      </div>
    );
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setApiKey(draft);
    setDraft('');
    setOpen(false);
  };
  return (
    <form className="api-key" onSubmit={submit}>
      <label htmlFor="api-key-input">API key</label>
      <input id="api-key-input" type="password" autoComplete="off" required value={draft} onChange={(event) => setDraft(event.target.value)} autoFocus />
      <button type="submit">Use key</button>
      <button type="button" onClick={() => setOpen(false)}>
        Cancel
      </button>
    </form>
  );
}
