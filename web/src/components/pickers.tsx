import { useId, useState } from 'react';
import { useQuery } from '../api/use-query';
import { graphql } from '../gql';
import { shorten } from '../format';
import { useDebounced } from './use-debounced';

const FindActors = graphql(`
  query FindActors($search: String!) {
    actors(search: $search, first: 10, orderBy: STATEMENTS) {
      edges {
        node {
          id
          name
          type
        }
      }
    }
  }
`);

const FindClaims = graphql(`
  query FindClaims($search: String!) {
    claims(search: $search, first: 10) {
      edges {
        node {
          id
          text
        }
      }
    }
  }
`);

interface Option {
  id: string;
  label: string;
}

/** A labelled search field and a select of what it found: keyboard-friendly, no custom widget. */
function Picker({
  label,
  options,
  search,
  onSearch,
  value,
  onChange,
  loading,
  required,
}: {
  required: boolean;
  label: string;
  options: Option[];
  search: string;
  onSearch(text: string): void;
  value: string;
  onChange(id: string): void;
  loading: boolean;
}) {
  const id = useId();
  return (
    <div className="row">
      <label htmlFor={`${id}-search`}>{label}</label>
      <input id={`${id}-search`} type="search" value={search} onChange={(event) => onSearch(event.target.value)} placeholder="type to search" />
      <label htmlFor={`${id}-select`} className="visually-hidden">
        {label}: choose one
      </label>
      <select id={`${id}-select`} value={value} onChange={(event) => onChange(event.target.value)} required={required}>
        <option value="">{loading ? 'searching…' : options.length ? `choose (${options.length} found)` : 'nothing found yet'}</option>
        {options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Picks an actor by name or alias. */
export function ActorPicker({ label, value, onChange, exclude, required = true }: { label: string; value: string; onChange(id: string): void; exclude?: string; required?: boolean }) {
  const [search, setSearch] = useState('');
  const settled = useDebounced(search.trim());
  const { data, loading } = useQuery(FindActors, { search: settled }, { skip: settled.length < 2 });
  const options = (settled.length < 2 ? [] : (data?.actors.edges ?? []))
    .filter(({ node }) => node.id !== exclude)
    .map(({ node }) => ({ id: node.id, label: `${node.name} (${node.type.toLowerCase()})` }));
  return <Picker required={required} label={label} options={options} search={search} onSearch={setSearch} value={value} onChange={onChange} loading={loading && settled.length >= 2} />;
}

/** Picks a claim by its words (the server's full-text search). */
export function ClaimPicker({ label, value, onChange, exclude, required = true }: { label: string; value: string; onChange(id: string): void; exclude?: string; required?: boolean }) {
  const [search, setSearch] = useState('');
  const settled = useDebounced(search.trim());
  const { data, loading } = useQuery(FindClaims, { search: settled }, { skip: settled.length < 2 });
  const options = (settled.length < 2 ? [] : (data?.claims.edges ?? []))
    .filter(({ node }) => node.id !== exclude)
    .map(({ node }) => ({ id: node.id, label: shorten(node.text, 90) }));
  return <Picker required={required} label={label} options={options} search={search} onSearch={setSearch} value={value} onChange={onChange} loading={loading && settled.length >= 2} />;
}
