// The frame of a page about one item (a space, a deal room, a request, a conversation): the link back to its list,
// the error or the wait while it loads, then the item.
import { fr } from '@codegouvfr/react-dsfr';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { ApiErrorAlert } from '../../../app/components/ApiErrorAlert.tsx';
import { Loading } from '../../../app/components/Loading.tsx';
import { NetworkFrame } from './NetworkFrame.tsx';

interface ItemQuery<Item> {
  data: Item | undefined;
  error: unknown;
  isPending: boolean;
}

export function ItemFrame<Item>({
  title,
  back,
  item,
  children,
}: {
  title: string;
  back: { to: string; label: string };
  item: ItemQuery<Item>;
  children: (item: Item) => ReactNode;
}) {
  return (
    <NetworkFrame title={title}>
      <p>
        <Link to={back.to} className={fr.cx('fr-link', 'fr-icon-arrow-left-line', 'fr-link--icon-left')}>
          {back.label}
        </Link>
      </p>
      <ApiErrorAlert error={item.error} />
      {item.isPending ? <Loading /> : null}
      {item.data ? children(item.data) : null}
    </NetworkFrame>
  );
}
