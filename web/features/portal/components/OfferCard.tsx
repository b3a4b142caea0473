// An offer in a list (catalogue, step, country): title linking to its page, provider, type and price badges,
// the steps it serves and its summary. The whole card is the link.
import { fr } from '@codegouvfr/react-dsfr';
import { Card } from '@codegouvfr/react-dsfr/Card';
import type { OfferSummary, Step } from '../../../../common/schemas/portal.ts';
import { useT } from '../../../app/i18n/lang.ts';
import { portalMessages } from '../messages.ts';
import { offerUrl } from './portalUrls.ts';
import { useTerms } from './terms.ts';

export function OfferCard({
  offer,
  stepsById,
  titleAs = 'h3',
}: {
  offer: OfferSummary;
  stepsById?: ReadonlyMap<number, Step>;
  titleAs?: 'h2' | 'h3' | 'h4';
}) {
  const t = useT(portalMessages);
  const terms = useTerms();
  const steps = offer.steps
    .map((id) => {
      const step = stepsById?.get(id);
      return step ? `${id}. ${step.name}` : String(id);
    })
    .join(', ');
  return (
    <Card
      title={offer.title}
      titleAs={titleAs}
      linkProps={{ to: offerUrl(offer.id) }}
      enlargeLink
      size="small"
      style={{ height: '100%' }}
      desc={offer.summary}
      start={
        <ul className={fr.cx('fr-badges-group', 'fr-mb-1w')}>
          <li>
            <p className={fr.cx('fr-badge', 'fr-badge--sm', 'fr-badge--blue-ecume')}>{terms.offerType(offer.type)}</p>
          </li>
          <li>
            <p
              className={fr.cx('fr-badge', 'fr-badge--sm', offer.price === 'free' ? 'fr-badge--green-emeraude' : null)}
            >
              {terms.price(offer.price)}
            </p>
          </li>
        </ul>
      }
      detail={t.labelled(t.provider, offer.provider.name)}
      endDetail={steps ? t.labelled(t.steps, steps) : undefined}
    />
  );
}
