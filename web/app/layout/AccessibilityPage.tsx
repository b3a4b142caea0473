// The accessibility statement linked from the footer (required for French public services).
import { fr } from '@codegouvfr/react-dsfr';
import { usePageTitle } from '../components/usePageTitle.ts';
import { useT } from '../i18n/lang.ts';
import { layoutMessages } from './messages.ts';

export function AccessibilityPage() {
  const t = useT(layoutMessages);
  usePageTitle(t.accessibilityTitle);
  return (
    <div className={fr.cx('fr-my-7w', 'fr-col-md-8')}>
      <h1>{t.accessibilityTitle}</h1>
      <p className={fr.cx('fr-text--lead')}>{t.accessibilityLead}</p>
      <h2>{t.accessibilityStatusTitle}</h2>
      <p>{t.accessibilityStatus}</p>
      <h2>{t.accessibilityTechTitle}</h2>
      <p>{t.accessibilityTech}</p>
      <h2>{t.accessibilityContactTitle}</h2>
      <p>{t.accessibilityContact}</p>
    </div>
  );
}
