// Download links for the observatory's exports: plain links to the API (the browser downloads the file), each
// with its format named, as the DSFR download link pattern asks.
import { fr } from '@codegouvfr/react-dsfr';
import { useT } from '../../../app/i18n/lang.ts';
import { observatoryComponentMessages } from './messages.ts';

export interface ExportLink {
  label: string;
  href: string;
  /** "CSV", "JSON", "GEXF (Gephi)" */
  format: string;
}

export function ExportLinks({
  links,
  headingId,
  title,
}: {
  links: readonly ExportLink[];
  headingId: string;
  title?: string;
}) {
  const t = useT(observatoryComponentMessages);
  return (
    <section aria-labelledby={headingId} className={fr.cx('fr-mb-5w')}>
      <h2 id={headingId} className={fr.cx('fr-h4')}>
        {title ?? t.exportsTitle}
      </h2>
      <ul className={fr.cx('fr-raw-list')}>
        {links.map((link) => (
          <li key={link.href} className={fr.cx('fr-mb-1w')}>
            <a className={fr.cx('fr-link', 'fr-link--download')} href={link.href} download>
              {link.label}
              <span className={fr.cx('fr-link__detail')}>{link.format}</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
