// Words used across the whole app.
const fr = {
  loading: 'Chargement…',
  errorTitle: 'Une erreur est survenue',
  unexpectedError: 'Erreur inattendue : réessayez dans un instant.',
  required: 'Ce champ est obligatoire.',
  invalidEmail: 'Saisissez une adresse électronique valide, par exemple nom@exemple.fr.',
  optional: 'facultatif',
  backHome: 'Retour à l’accueil',
  areaStatusTitle: 'Espace en cours d’ouverture.',
};
const en: typeof fr = {
  loading: 'Loading…',
  errorTitle: 'Something went wrong',
  unexpectedError: 'Unexpected error: try again in a moment.',
  required: 'This field is required.',
  invalidEmail: 'Enter a valid e-mail address, for example name@example.com.',
  optional: 'optional',
  backHome: 'Back to the home page',
  areaStatusTitle: 'This area is opening step by step.',
};
export const commonMessages = { fr, en };

export const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
