// The confidentiality banner shown above every labelled item: level name, TLP marking and who may read, in the
// TLP colours (with the words, so colour is never the only signal).
import { fr } from '@codegouvfr/react-dsfr';
import type { LabelView } from '../../../../common/schemas/network.ts';
import { useT } from '../../../app/i18n/lang.ts';
import { frameMessages } from './frame.messages.ts';

// TLP 2.0 colours on black, as FIRST publishes them (contrast above 4.5:1 with the text colour used).
const colours: Record<LabelView['tlp'], { color: string }> = {
  CLEAR: { color: '#ffffff' },
  GREEN: { color: '#33ff00' },
  AMBER: { color: '#ffc000' },
  'AMBER+STRICT': { color: '#ffc000' },
  RED: { color: '#ff2b2b' },
};

export function LabelBanner({ label, compact = false }: { label: LabelView; compact?: boolean }) {
  const t = useT(frameMessages);
  return (
    <p
      className={fr.cx('fr-text--sm', compact ? 'fr-mb-1v' : 'fr-mb-2v')}
      data-level={label.level}
      data-tlp={label.tlp}
      style={{ display: 'flex', gap: '0.5rem', alignItems: 'center', flexWrap: 'wrap' }}
    >
      <span className={fr.cx('fr-sr-only')}>{t.bannerLabel} :</span>
      <span
        style={{
          background: '#000',
          color: colours[label.tlp].color,
          fontWeight: 700,
          padding: '0 0.5rem',
          fontFamily: 'monospace',
        }}
      >
        {label.banner.tlp}
      </span>
      <strong>{label.banner.name}</strong>
      {compact ? null : (
        <span>
          <span className={fr.cx('fr-sr-only')}>{t.readers} : </span>
          {label.banner.readers}
        </span>
      )}
    </p>
  );
}
