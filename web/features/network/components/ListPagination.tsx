// The page links under a network list; the address of each page comes from the list's own filters.
import { Pagination } from '@codegouvfr/react-dsfr/Pagination';
import type { To } from 'react-router';

/** Nothing while the whole list fits on one page (or has not loaded: `total` 0). */
export function ListPagination({
  total,
  pageSize,
  page,
  pageLink,
}: {
  total: number;
  pageSize: number;
  page: number;
  pageLink: (page: number) => To;
}) {
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  if (pageCount <= 1) return null;
  return (
    <Pagination
      count={pageCount}
      defaultPage={Math.min(page, pageCount)}
      getPageLinkProps={(n) => ({ to: pageLink(n) })}
    />
  );
}
