import type { ReactNode } from 'react';
import { NavLink } from 'react-router';
import { ApiKeyForm } from './api-key-form';
import { SearchBox } from './search-box';

/** The frame of every page: a skip link, the site navigation with search and the API key, the page. */
export function Layout({ children }: { children: ReactNode }) {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <NavLink to="/" className="brand">
          claimgraph
        </NavLink>
        <nav aria-label="Main">
          <ul>
            <li>
              <NavLink to="/search">Search</NavLink>
            </li>
            <li>
              <NavLink to="/dashboard">Dashboard</NavLink>
            </li>
            <li>
              <NavLink to="/ingest">Paste an article</NavLink>
            </li>
            <li>
              <a href="/graphiql">GraphiQL</a>
            </li>
          </ul>
        </nav>
        <SearchBox compact />
        <ApiKeyForm />
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
