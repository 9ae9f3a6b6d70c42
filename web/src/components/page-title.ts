import { useEffect } from 'react';

/** Sets the tab's title, so history, bookmarks and screen readers name the page. */
export function usePageTitle(title: string | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} · claimgraph` : 'claimgraph';
  }, [title]);
}
