// Entry point: DSFR styles and runtime, then the React tree. No inline script anywhere (CSP script-src 'self').
// main.css already @imports dsfr/utility/icons/icons.min.css, so the icons come with it.
import '@codegouvfr/react-dsfr/main.css';
import { startReactDsfr } from '@codegouvfr/react-dsfr/spa';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Link } from 'react-router';
import { useLang } from './i18n/lang.ts';
import { Providers } from './providers.tsx';

declare module '@codegouvfr/react-dsfr/spa' {
  interface RegisterLink {
    Link: typeof Link;
  }
}

startReactDsfr({ defaultColorScheme: 'system', Link, useLang });

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <Providers />
  </StrictMode>,
);
