// Landing page of the influence observatory.
import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { AreaIntro } from '../../../app/components/AreaIntro.tsx';
import { ListSection, Section, Tiles, WhoWhat } from '../../../app/components/Sections.tsx';
import { useT } from '../../../app/i18n/lang.ts';
import { paths } from '../../../app/paths.ts';
import { useSession } from '../../auth/session/hooks/useSession.ts';
import { observatoryMessages } from '../messages.ts';

export function ObservatoryPage() {
  const t = useT(observatoryMessages);
  const session = useSession();
  return (
    <>
      <AreaIntro title={t.title} lead={t.lead} status={t.status} />
      <Section id="obs-why" title={t.whyTitle}>
        <p>{t.why}</p>
      </Section>
      <Section id="obs-measures" title={t.measuresTitle} narrow={false}>
        <Tiles items={t.measures} />
      </Section>
      <ListSection id="obs-sources" title={t.sourcesTitle} items={t.sources} />
      <Section id="obs-uses" title={t.usesTitle}>
        <WhoWhat rows={t.uses} />
      </Section>
      {!session.signedIn && (
        <div className={fr.cx('fr-callout')}>
          <p className={fr.cx('fr-callout__text')}>{t.ctaText}</p>
          <Button className={fr.cx('fr-mt-2w')} linkProps={{ to: paths.signIn }}>
            {t.ctaSignIn}
          </Button>
        </div>
      )}
    </>
  );
}
