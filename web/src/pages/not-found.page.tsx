import { Link } from 'react-router';
import { usePageTitle } from '../components/page-title';

export function NotFoundPage() {
  usePageTitle('Not found');
  return (
    <section>
      <h1>Nothing here</h1>
      <p>
        This address is not a page of claimgraph. Try a <Link to="/search">search</Link> or the <Link to="/dashboard">dashboard</Link>.
      </p>
    </section>
  );
}
