// "About the observatory": why an open index, where the data comes from, who uses it (the former landing
// page's texts), closing the ranking page.
import { fr } from '@codegouvfr/react-dsfr';
import { Link } from 'react-router';
import { WhoWhat } from '../../../../app/components/Sections.tsx';
import { useT } from '../../../../app/i18n/lang.ts';
import { paths } from '../../../../app/paths.ts';
import { observatoryMessages } from '../../messages.ts';

export function AboutObservatory({ headingId }: { headingId: string }) {
  const t = useT(observatoryMessages);
  return (
    <section aria-labelledby={headingId} className={fr.cx('fr-mb-6w', 'fr-col-md-10')}>
      <h2 id={headingId}>{t.aboutTitle}</h2>
      <h3 className={fr.cx('fr-h5')}>{t.whyTitle}</h3>
      <p>{t.why}</p>
      <p>
        <Link className={fr.cx('fr-link')} to={paths.observatoryMethodology}>
          {t.methodologyLink}
        </Link>
      </p>
      <h3 className={fr.cx('fr-h5')}>{t.sourcesTitle}</h3>
      <ul>
        {t.sources.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <h3 className={fr.cx('fr-h5')}>{t.usesTitle}</h3>
      <WhoWhat rows={t.uses} />
    </section>
  );
}
