import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';

/** A search form that leads to /search?q=…, so every search has an address to share. */
export function SearchBox({ compact = false }: { compact?: boolean }) {
  const [params] = useSearchParams();
  const [text, setText] = useState(params.get('q') ?? '');
  const navigate = useNavigate();
  const id = compact ? 'site-search' : 'page-search';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const q = text.trim();
    if (q) void navigate(`/search?q=${encodeURIComponent(q)}`);
  };
  return (
    <form role="search" className={compact ? 'search-box compact' : 'search-box'} onSubmit={submit}>
      <label htmlFor={id} className={compact ? 'visually-hidden' : undefined}>
        Search claims, quotes and speakers
      </label>
      <input id={id} type="search" value={text} onChange={(event) => setText(event.target.value)} placeholder="e.g. horror stories" />
      <button type="submit">Search</button>
    </form>
  );
}
