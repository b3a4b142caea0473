// Every page's URL, in one place (French URLs: the product is French first).
export const paths = {
  home: '/',
  observatory: '/observatoire',
  observatoryCountry: '/observatoire/pays/:country',
  observatoryAccount: '/observatoire/comptes/:id',
  observatoryGraph: '/observatoire/reseau-interactions',
  observatoryRegistry: '/observatoire/registre',
  observatoryImports: '/observatoire/imports',
  observatoryMethodology: '/observatoire/methodologie',
  portal: '/portail-export',
  network: '/reseau',
  signUp: '/inscription',
  verifyEmail: '/verifier-email',
  signIn: '/connexion',
  mfaChallenge: '/connexion/double-authentification',
  forgotPassword: '/mot-de-passe-oublie',
  resetPassword: '/reinitialiser-mot-de-passe',
  invitation: '/invitation',
  account: '/compte',
  totpEnrolment: '/compte/double-authentification',
  accessibility: '/accessibilite',
} as const;

/** The OIDC login is a full-page navigation to the server, never a client-side route. */
export const oidcLoginUrl = '/api/auth/oidc/login';
