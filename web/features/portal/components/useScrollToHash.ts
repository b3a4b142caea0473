// Scrolls to the URL's #anchor once the content that holds it has arrived (the router's own scroll happens on
// navigation, before the data of a directory page is there).
import { useEffect } from 'react';
import { useLocation } from 'react-router';

export function useScrollToHash(ready: boolean): void {
  const { hash } = useLocation();
  useEffect(() => {
    if (!ready || hash.length < 2) return;
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    target?.scrollIntoView();
  }, [ready, hash]);
}
