// A directory contact (regional adviser, embassy economic service, Business France office, CCI abroad, CCEF
// section, partner desk): who, what they do, where, and how to reach them.
import { fr } from '@codegouvfr/react-dsfr';
import type { Contact } from '../../../../common/schemas/portal.ts';
import { useT } from '../../../app/i18n/lang.ts';
import { portalMessages } from '../messages.ts';
import { ExternalLink } from './ExternalLink.tsx';
import { useTerms } from './terms.ts';

export function ContactCard({
  contact,
  titleAs: Title = 'h3',
  showKind = true,
}: {
  contact: Contact;
  titleAs?: 'h2' | 'h3' | 'h4';
  showKind?: boolean;
}) {
  const t = useT(portalMessages);
  const terms = useTerms();
  const place = [contact.address, contact.city, contact.country ? terms.country(contact.country) : '']
    .filter(Boolean)
    .join(', ');
  const email = contact.email.trim();
  const phone = contact.phone.trim();
  return (
    <div className={fr.cx('fr-card', 'fr-card--sm', 'fr-card--no-arrow')} style={{ height: '100%' }}>
      <div className={fr.cx('fr-card__body')}>
        <div className={fr.cx('fr-card__content')}>
          <Title className={fr.cx('fr-card__title')}>{contact.name}</Title>
          {(contact.role || contact.provider) && (
            <p className={fr.cx('fr-card__desc')}>
              {[contact.role, contact.provider?.name].filter(Boolean).join(' – ')}
            </p>
          )}
          {/* DSFR orders the card's parts with flex `order`: 3 keeps the details after the description. */}
          <ul className={fr.cx('fr-raw-list', 'fr-mt-2w', 'fr-text--sm')} style={{ order: 3 }}>
            {place && <li className={fr.cx('fr-mb-1v')}>{place}</li>}
            {email && (
              <li className={fr.cx('fr-mb-1v')}>
                <a
                  className={fr.cx('fr-link', 'fr-link--sm')}
                  href={`mailto:${email}`}
                  title={t.contactEmail(contact.name)}
                >
                  {email}
                </a>
              </li>
            )}
            {phone && (
              <li className={fr.cx('fr-mb-1v')}>
                {t.contactPhone}
                {t.colon}
                <a className={fr.cx('fr-link', 'fr-link--sm')} href={`tel:${phone.replace(/[^+\d]/g, '')}`}>
                  {phone}
                </a>
              </li>
            )}
            {contact.url && (
              <li className={fr.cx('fr-mb-1v')}>
                <ExternalLink href={contact.url} className={fr.cx('fr-link', 'fr-link--sm')}>
                  {t.contactWebsite(contact.name)}
                </ExternalLink>
              </li>
            )}
          </ul>
          {showKind && (
            <div className={fr.cx('fr-card__start')}>
              <p className={fr.cx('fr-card__detail')}>{terms.contactKind(contact.kind)}</p>
            </div>
          )}
        </div>
      </div>
    </div>
  );
}

/** Contacts as a grid of cards, or a sentence when there are none. */
export function ContactGrid({
  contacts,
  titleAs = 'h3',
  showKind = true,
  emptyText,
  stacked = false,
}: {
  contacts: readonly Contact[];
  titleAs?: 'h2' | 'h3' | 'h4';
  showKind?: boolean;
  emptyText?: string;
  /** One card per row, for a narrow column. */
  stacked?: boolean;
}) {
  const t = useT(portalMessages);
  if (contacts.length === 0) return <p>{emptyText ?? t.contactsEmpty}</p>;
  return (
    <ul className={fr.cx('fr-grid-row', 'fr-grid-row--gutters', 'fr-raw-list', 'fr-mb-2w')}>
      {contacts.map((contact) => (
        <li
          key={contact.id}
          className={stacked ? fr.cx('fr-col-12') : fr.cx('fr-col-12', 'fr-col-md-6', 'fr-col-lg-4')}
        >
          <ContactCard contact={contact} titleAs={titleAs} showKind={showKind} />
        </li>
      ))}
    </ul>
  );
}
