// A link to another site: opens a new window, says so in its title (RGAA), and only for http(s), mail and phone
// URLs. DSFR draws the "external" icon after links that open a new window.
import { fr } from '@codegouvfr/react-dsfr';
import type { ReactNode } from 'react';
import { useT } from '../../../app/i18n/lang.ts';
import { portalMessages } from '../messages.ts';
import { safeHref } from './portalUrls.ts';

export function ExternalLink({
  href,
  children,
  label,
  className,
  hrefLang,
}: {
  href: string;
  children: ReactNode;
  /** The link's text as a string, for its title; children when they are text. */
  label?: string;
  className?: string;
  hrefLang?: string;
}) {
  const t = useT(portalMessages);
  const safe = safeHref(href);
  if (!safe) return <>{children}</>;
  const text = label ?? (typeof children === 'string' ? children : undefined);
  return (
    <a
      className={className ?? fr.cx('fr-link')}
      href={safe}
      target="_blank"
      rel="noopener noreferrer"
      hrefLang={hrefLang}
      title={text ? `${text} – ${t.newWindow}` : undefined}
    >
      {children}
    </a>
  );
}
