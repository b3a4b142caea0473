import { useEffect } from 'react';

/** Each page names itself: "<page> – Diplomatie". */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} – Diplomatie`;
  }, [title]);
}
