// The frame of the authentication pages, after the DSFR sign-in pattern: a centred column on a grey block.
import { fr } from '@codegouvfr/react-dsfr';
import { type ReactNode, useEffect, useRef } from 'react';

export function AuthCard({
  title,
  lead,
  children,
  focusTitle = false,
}: {
  title: string;
  lead?: ReactNode;
  children: ReactNode;
  /** Moves focus to the title on mount: for screens that replace a form after it was sent. */
  focusTitle?: boolean;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusTitle) heading.current?.focus();
  }, [focusTitle]);
  return (
    <div className={fr.cx('fr-grid-row', 'fr-grid-row--center', 'fr-my-6w')}>
      <div className={fr.cx('fr-col-12', 'fr-col-md-10', 'fr-col-lg-8')}>
        <div
          className={fr.cx('fr-p-4v', 'fr-px-md-14v', 'fr-py-md-10v')}
          style={{ backgroundColor: fr.colors.decisions.background.alt.grey.default }}
        >
          <h1 ref={heading} tabIndex={-1}>
            {title}
          </h1>
          {lead && <p className={fr.cx('fr-text--lead')}>{lead}</p>}
          {children}
        </div>
      </div>
    </div>
  );
}
