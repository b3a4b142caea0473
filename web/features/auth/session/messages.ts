// Words of the sign-in page.
const fr = {
  title: 'Connexion',
  heading: 'Connexion à Diplomatie',
  proConnectTitle: 'Se connecter avec ProConnect',
  proConnectText:
    'ProConnect est la solution de l’État pour faciliter la connexion aux services des agents publics et des professionnels.',
  or: 'ou',
  passwordTitle: 'Se connecter avec son compte',
  forgot: 'Mot de passe oublié ?',
  submit: 'Se connecter',
  noAccountTitle: 'Vous n’avez pas de compte ?',
  signUp: 'Créer un compte entreprise',
  invitationNote: 'Agents publics et partenaires : utilisez le lien de l’invitation reçue par courriel.',
  alreadySignedIn: (name: string) => `Vous êtes connecté en tant que ${name}.`,
  goToAccount: 'Aller à mon compte',
  resendTitle: 'Recevoir un nouveau lien de confirmation',
  proConnectFailedTitle: 'La connexion avec ProConnect n’a pas abouti',
  proConnectRetry: 'réessayez, ou connectez-vous avec votre adresse et votre mot de passe.',
};
const en: typeof fr = {
  title: 'Sign in',
  heading: 'Sign in to Diplomatie',
  proConnectTitle: 'Sign in with ProConnect',
  proConnectText:
    'ProConnect is the French State’s solution that makes it easier for public agents and professionals to sign in to services.',
  or: 'or',
  passwordTitle: 'Sign in with your account',
  forgot: 'Forgot your password?',
  submit: 'Sign in',
  noAccountTitle: 'No account yet?',
  signUp: 'Create a company account',
  invitationNote: 'Public agents and partners: use the link in the invitation you received by e-mail.',
  alreadySignedIn: (name: string) => `You are signed in as ${name}.`,
  goToAccount: 'Go to my account',
  resendTitle: 'Get a new confirmation link',
  proConnectFailedTitle: 'Signing in with ProConnect did not succeed',
  proConnectRetry: 'try again, or sign in with your address and password.',
};
export const sessionMessages = { fr, en };
