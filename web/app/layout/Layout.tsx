// The page frame: skip links, DSFR header (navigation to the three areas, display settings, language,
// account), the current page, and the footer.
import { fr } from '@codegouvfr/react-dsfr';
import { headerFooterDisplayItem } from '@codegouvfr/react-dsfr/Display';
import { Footer } from '@codegouvfr/react-dsfr/Footer';
import { Header, type HeaderProps } from '@codegouvfr/react-dsfr/Header';
import { LanguageSelect } from '@codegouvfr/react-dsfr/LanguageSelect';
import { SkipLinks } from '@codegouvfr/react-dsfr/SkipLinks';
import { Suspense, useEffect, useRef } from 'react';
import { Outlet, ScrollRestoration, useLocation } from 'react-router';
import { useSession } from '../../features/auth/session/hooks/useSession.ts';
import { useSignOut } from '../../features/auth/session/hooks/useSignOut.ts';
import { Loading } from '../components/Loading.tsx';
import { setLang, supportedLangs, useLang, useT } from '../i18n/lang.ts';
import { paths } from '../paths.ts';
import { layoutMessages } from './messages.ts';

const languageNames = { fr: 'Français', en: 'English' } as const;

function isActive(pathname: string, base: string): boolean {
  return pathname === base || pathname.startsWith(`${base}/`);
}

export function Layout() {
  const t = useT(layoutMessages);
  const lang = useLang();
  const { pathname } = useLocation();
  const session = useSession();
  const { signOut, isPending: signingOut } = useSignOut();
  const main = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  // After a client-side navigation, move focus to the new page so screen readers start from its content.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on each new pathname on purpose
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    main.current?.focus({ preventScroll: true });
  }, [pathname]);

  const accountItems: HeaderProps.QuickAccessItem[] = session.signedIn
    ? [
        { iconId: 'fr-icon-account-circle-line', text: t.account, linkProps: { to: paths.account } },
        {
          iconId: 'fr-icon-logout-box-r-line',
          text: t.signOut,
          buttonProps: { onClick: signOut, disabled: signingOut, type: 'button' },
        },
      ]
    : [{ iconId: 'fr-icon-account-circle-line', text: t.signIn, linkProps: { to: paths.signIn } }];

  return (
    <>
      <SkipLinks
        links={[
          { label: t.skipToContent, anchor: '#content' },
          { label: t.skipToFooter, anchor: '#footer' },
        ]}
      />
      <Header
        brandTop={
          <>
            République
            <br />
            Française
          </>
        }
        serviceTitle={t.serviceTitle}
        serviceTagline={t.serviceTagline}
        homeLinkProps={{ to: paths.home, title: t.homeLinkTitle }}
        navigation={[
          { text: t.navHome, linkProps: { to: paths.home }, isActive: pathname === paths.home },
          {
            text: t.navObservatory,
            linkProps: { to: paths.observatory },
            isActive: isActive(pathname, paths.observatory),
          },
          { text: t.navPortal, linkProps: { to: paths.portal }, isActive: isActive(pathname, paths.portal) },
          { text: t.navNetwork, linkProps: { to: paths.network }, isActive: isActive(pathname, paths.network) },
        ]}
        // DSFR allows three quick-access items: display settings live in the footer.
        quickAccessItems={[
          <LanguageSelect
            key="language"
            supportedLangs={supportedLangs}
            fullNameByLang={languageNames}
            lang={lang}
            setLang={setLang}
          />,
          ...accountItems,
        ]}
      />
      <main
        id="content"
        ref={main}
        tabIndex={-1}
        className={fr.cx('fr-container', 'fr-pb-8w')}
        style={{ outline: 'none' }}
      >
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
      <Footer
        id="footer"
        accessibility="partially compliant"
        accessibilityLinkProps={{ to: paths.accessibility }}
        contentDescription={t.footerDescription}
        bottomItems={[headerFooterDisplayItem]}
      />
      <ScrollRestoration />
    </>
  );
}
