// The routes: one URL per page, each page in its own chunk so that the first page stays small.
import { type ComponentType, lazy } from 'react';
import { createBrowserRouter } from 'react-router';
import { Layout } from './layout/Layout.tsx';
import { RouteError } from './layout/RouteError.tsx';
import { paths } from './paths.ts';

function page<Name extends string>(load: () => Promise<Record<Name, ComponentType>>, name: Name) {
  return lazy(async () => ({ default: (await load())[name] }));
}

const HomePage = page(() => import('../features/home/components/HomePage.tsx'), 'HomePage');
const RankingPage = page(() => import('../features/observatory/rankings/components/RankingPage.tsx'), 'RankingPage');
const CountryConsolePage = page(
  () => import('../features/observatory/country/components/CountryConsolePage.tsx'),
  'CountryConsolePage',
);
const AccountScorePage = page(
  () => import('../features/observatory/account/components/AccountScorePage.tsx'),
  'AccountScorePage',
);
const InteractionGraphPage = page(
  () => import('../features/observatory/graph/components/InteractionGraphPage.tsx'),
  'InteractionGraphPage',
);
const RegistryPage = page(() => import('../features/observatory/registry/components/RegistryPage.tsx'), 'RegistryPage');
const ImportsPage = page(() => import('../features/observatory/imports/components/ImportsPage.tsx'), 'ImportsPage');
const MethodologyPage = page(
  () => import('../features/observatory/methodology/components/MethodologyPage.tsx'),
  'MethodologyPage',
);
const PortalPage = page(() => import('../features/portal/components/PortalPage.tsx'), 'PortalPage');
const NetworkPage = page(() => import('../features/network/components/NetworkPage.tsx'), 'NetworkPage');
const SignUpPage = page(() => import('../features/auth/signup/components/SignUpPage.tsx'), 'SignUpPage');
const VerifyEmailPage = page(() => import('../features/auth/signup/components/VerifyEmailPage.tsx'), 'VerifyEmailPage');
const SignInPage = page(() => import('../features/auth/session/components/SignInPage.tsx'), 'SignInPage');
const TotpChallengePage = page(
  () => import('../features/auth/totp/components/TotpChallengePage.tsx'),
  'TotpChallengePage',
);
const ForgotPasswordPage = page(
  () => import('../features/auth/password/components/ForgotPasswordPage.tsx'),
  'ForgotPasswordPage',
);
const ResetPasswordPage = page(
  () => import('../features/auth/password/components/ResetPasswordPage.tsx'),
  'ResetPasswordPage',
);
const InvitationPage = page(
  () => import('../features/auth/invitation/components/InvitationPage.tsx'),
  'InvitationPage',
);
const AccountPage = page(() => import('../features/auth/account/components/AccountPage.tsx'), 'AccountPage');
const TotpEnrolmentPage = page(
  () => import('../features/auth/totp/components/TotpEnrolmentPage.tsx'),
  'TotpEnrolmentPage',
);
const AccessibilityPage = page(() => import('./layout/AccessibilityPage.tsx'), 'AccessibilityPage');
const NotFoundPage = page(() => import('./layout/NotFoundPage.tsx'), 'NotFoundPage');

export const router = createBrowserRouter([
  {
    path: paths.home,
    Component: Layout,
    children: [
      {
        // Pathless: a page that fails renders its error inside the layout, header and footer kept.
        ErrorBoundary: RouteError,
        children: [
          { index: true, Component: HomePage },
          { path: paths.observatory, Component: RankingPage },
          { path: paths.observatoryCountry, Component: CountryConsolePage },
          { path: paths.observatoryAccount, Component: AccountScorePage },
          { path: paths.observatoryGraph, Component: InteractionGraphPage },
          { path: paths.observatoryRegistry, Component: RegistryPage },
          { path: paths.observatoryImports, Component: ImportsPage },
          { path: paths.observatoryMethodology, Component: MethodologyPage },
          { path: paths.portal, Component: PortalPage },
          { path: paths.network, Component: NetworkPage },
          { path: paths.signUp, Component: SignUpPage },
          { path: paths.verifyEmail, Component: VerifyEmailPage },
          { path: paths.signIn, Component: SignInPage },
          { path: paths.mfaChallenge, Component: TotpChallengePage },
          { path: paths.forgotPassword, Component: ForgotPasswordPage },
          { path: paths.resetPassword, Component: ResetPasswordPage },
          { path: paths.invitation, Component: InvitationPage },
          { path: paths.account, Component: AccountPage },
          { path: paths.totpEnrolment, Component: TotpEnrolmentPage },
          { path: paths.accessibility, Component: AccessibilityPage },
          { path: '*', Component: NotFoundPage },
        ],
      },
    ],
  },
]);
