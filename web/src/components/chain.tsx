import { Fragment } from 'react';
import { Link } from 'react-router';

/** An attribution chain, nearest hop first: "the Russian media → UNN", each hop a link. */
export function Chain({ via }: { via: ReadonlyArray<{ id: string; name: string }> }) {
  return (
    <span className="chain">
      {via.map((hop, index) => (
        <Fragment key={hop.id}>
          {index > 0 && <span aria-label="then"> → </span>}
          <Link to={`/actors/${hop.id}`}>{hop.name}</Link>
        </Fragment>
      ))}
    </span>
  );
}
