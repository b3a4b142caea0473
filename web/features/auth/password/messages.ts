// Words of the forgotten-password and reset pages.
const fr = {
  forgotTitle: 'Mot de passe oublié',
  forgotLead:
    'Saisissez l’adresse électronique de votre compte : nous vous enverrons un lien pour choisir un nouveau mot de passe.',
  send: 'Recevoir le lien',
  sentTitle: 'Consultez votre messagerie',
  sentText: (email: string) =>
    `Si un compte existe pour ${email}, un lien pour réinitialiser le mot de passe vient de lui être envoyé.`,
  backToSignIn: 'Retour à la connexion',
  resetTitle: 'Choisir un nouveau mot de passe',
  resetLead: 'Choisissez un mot de passe d’au moins 12 caractères que vous n’utilisez sur aucun autre site.',
  submit: 'Enregistrer le mot de passe',
  doneTitle: 'Mot de passe modifié',
  doneText: 'Votre mot de passe a été modifié et vos autres sessions ont été fermées. Vous pouvez vous connecter.',
  signIn: 'Se connecter',
  missingToken: 'Ce lien est incomplet : ouvrez le lien reçu par courriel en entier, ou demandez-en un nouveau.',
  failedTitle: 'Le lien n’a pas pu être utilisé',
  askNewLink: 'Demander un nouveau lien',
};
const en: typeof fr = {
  forgotTitle: 'Forgotten password',
  forgotLead: 'Enter your account’s e-mail address: we will send you a link to choose a new password.',
  send: 'Send me the link',
  sentTitle: 'Check your e-mail',
  sentText: (email: string) =>
    `If an account exists for ${email}, a link to reset the password has just been sent to it.`,
  backToSignIn: 'Back to sign-in',
  resetTitle: 'Choose a new password',
  resetLead: 'Choose a password of at least 12 characters that you do not use on any other site.',
  submit: 'Save the password',
  doneTitle: 'Password changed',
  doneText: 'Your password has been changed and your other sessions have been closed. You can sign in.',
  signIn: 'Sign in',
  missingToken: 'This link is incomplete: open the whole link from the e-mail, or ask for a new one.',
  failedTitle: 'The link could not be used',
  askNewLink: 'Ask for a new link',
};
export const passwordMessages = { fr, en };
