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
const PortalStepPage = page(() => import('../features/portal/journey/components/StepPage.tsx'), 'StepPage');
const PortalPartnersPage = page(() => import('../features/portal/journey/components/PartnersPage.tsx'), 'PartnersPage');
const PortalCataloguePage = page(
  () => import('../features/portal/catalogue/components/CataloguePage.tsx'),
  'CataloguePage',
);
const PortalOfferPage = page(() => import('../features/portal/catalogue/components/OfferPage.tsx'), 'OfferPage');
const PortalRegionsPage = page(
  () => import('../features/portal/directories/components/RegionsPage.tsx'),
  'RegionsPage',
);
const PortalCountriesPage = page(
  () => import('../features/portal/directories/components/CountriesPage.tsx'),
  'CountriesPage',
);
const PortalCountryPage = page(
  () => import('../features/portal/directories/components/CountryPage.tsx'),
  'CountryPage',
);
const PortalAgendaPage = page(() => import('../features/portal/agenda/components/AgendaPage.tsx'), 'AgendaPage');
const PortalEventPage = page(() => import('../features/portal/agenda/components/EventPage.tsx'), 'EventPage');
const PortalNewsListPage = page(() => import('../features/portal/news/components/NewsListPage.tsx'), 'NewsListPage');
const PortalNewsPage = page(() => import('../features/portal/news/components/NewsPage.tsx'), 'NewsPage');
const PortalAssessmentPage = page(
  () => import('../features/portal/assessment/components/AssessmentPage.tsx'),
  'AssessmentPage',
);
const PortalAssessmentResultPage = page(
  () => import('../features/portal/assessment/components/AssessmentResultPage.tsx'),
  'AssessmentResultPage',
);
const PortalHotlinePage = page(() => import('../features/portal/hotline/components/HotlinePage.tsx'), 'HotlinePage');
const PortalBackofficePage = page(
  () => import('../features/portal/backoffice/components/BackofficePage.tsx'),
  'BackofficePage',
);
const PortalBackofficeItemPage = page(
  () => import('../features/portal/backoffice/components/BackofficeItemPage.tsx'),
  'BackofficeItemPage',
);
const NetworkPage = page(() => import('../features/network/components/NetworkPage.tsx'), 'NetworkPage');
const NetworkFeedPage = page(() => import('../features/network/feed/components/FeedPage.tsx'), 'FeedPage');
const NetworkSpacesPage = page(() => import('../features/network/spaces/components/SpacesPage.tsx'), 'SpacesPage');
const NetworkSpacePage = page(() => import('../features/network/spaces/components/SpacePage.tsx'), 'SpacePage');
const NetworkPostPage = page(() => import('../features/network/posts/components/PostPage.tsx'), 'PostPage');
const NetworkMembersPage = page(() => import('../features/network/members/components/MembersPage.tsx'), 'MembersPage');
const NetworkMemberPage = page(() => import('../features/network/members/components/MemberPage.tsx'), 'MemberPage');
const NetworkProfilePage = page(() => import('../features/network/members/components/ProfilePage.tsx'), 'ProfilePage');
const NetworkDealRoomsPage = page(
  () => import('../features/network/deal-rooms/components/DealRoomsPage.tsx'),
  'DealRoomsPage',
);
const NetworkDealRoomPage = page(
  () => import('../features/network/deal-rooms/components/DealRoomPage.tsx'),
  'DealRoomPage',
);
const NetworkRequestsPage = page(
  () => import('../features/network/front-office/components/RequestsPage.tsx'),
  'RequestsPage',
);
const NetworkNewRequestPage = page(
  () => import('../features/network/front-office/components/NewRequestPage.tsx'),
  'NewRequestPage',
);
const NetworkRequestPage = page(
  () => import('../features/network/front-office/components/RequestPage.tsx'),
  'RequestPage',
);
const NetworkNotificationsPage = page(
  () => import('../features/network/notifications/components/NotificationsPage.tsx'),
  'NotificationsPage',
);
const NetworkMessagesPage = page(
  () => import('../features/network/messages/components/MessagesPage.tsx'),
  'MessagesPage',
);
const NetworkConversationPage = page(
  () => import('../features/network/messages/components/ConversationPage.tsx'),
  'ConversationPage',
);
const NetworkSearchPage = page(() => import('../features/network/search/components/SearchPage.tsx'), 'SearchPage');
const NetworkModerationPage = page(
  () => import('../features/network/moderation/components/ModerationPage.tsx'),
  'ModerationPage',
);
const NetworkAuditPage = page(() => import('../features/network/audit/components/AuditPage.tsx'), 'AuditPage');
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
          { path: paths.portalStep, Component: PortalStepPage },
          { path: paths.portalCatalogue, Component: PortalCataloguePage },
          { path: paths.portalOffer, Component: PortalOfferPage },
          { path: paths.portalPartners, Component: PortalPartnersPage },
          { path: paths.portalRegions, Component: PortalRegionsPage },
          { path: paths.portalCountries, Component: PortalCountriesPage },
          { path: paths.portalCountry, Component: PortalCountryPage },
          { path: paths.portalAgenda, Component: PortalAgendaPage },
          { path: paths.portalEvent, Component: PortalEventPage },
          { path: paths.portalNews, Component: PortalNewsListPage },
          { path: paths.portalNewsItem, Component: PortalNewsPage },
          { path: paths.portalAssessment, Component: PortalAssessmentPage },
          { path: paths.portalAssessmentResult, Component: PortalAssessmentResultPage },
          { path: paths.portalHotline, Component: PortalHotlinePage },
          { path: paths.portalBackoffice, Component: PortalBackofficePage },
          { path: paths.portalBackofficeNew, Component: PortalBackofficeItemPage },
          { path: paths.portalBackofficeItem, Component: PortalBackofficeItemPage },
          { path: paths.network, Component: NetworkPage },
          { path: paths.networkFeed, Component: NetworkFeedPage },
          { path: paths.networkSpaces, Component: NetworkSpacesPage },
          { path: paths.networkSpace, Component: NetworkSpacePage },
          { path: paths.networkPost, Component: NetworkPostPage },
          { path: paths.networkMembers, Component: NetworkMembersPage },
          { path: paths.networkMember, Component: NetworkMemberPage },
          { path: paths.networkProfile, Component: NetworkProfilePage },
          { path: paths.networkDealRooms, Component: NetworkDealRoomsPage },
          { path: paths.networkDealRoom, Component: NetworkDealRoomPage },
          { path: paths.networkRequests, Component: NetworkRequestsPage },
          { path: paths.networkRequestNew, Component: NetworkNewRequestPage },
          { path: paths.networkRequest, Component: NetworkRequestPage },
          { path: paths.networkNotifications, Component: NetworkNotificationsPage },
          { path: paths.networkMessages, Component: NetworkMessagesPage },
          { path: paths.networkConversation, Component: NetworkConversationPage },
          { path: paths.networkSearch, Component: NetworkSearchPage },
          { path: paths.networkModeration, Component: NetworkModerationPage },
          { path: paths.networkAudit, Component: NetworkAuditPage },
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
