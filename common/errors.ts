// Stable error codes and their messages in French and English, shared by the server and the web app.
export const errorCatalogue = {
  ERR_VALIDATION: { status: 400, fr: 'La requête est invalide.', en: 'The request is invalid.' },
  ERR_MALFORMED_JSON: {
    status: 400,
    fr: 'Le corps de la requête n’est pas un JSON valide.',
    en: 'The request body is not valid JSON.',
  },
  ERR_UNSUPPORTED_MEDIA_TYPE: {
    status: 415,
    fr: 'Ce type de contenu n’est pas accepté.',
    en: 'This content type is not accepted.',
  },
  ERR_PAYLOAD_TOO_LARGE: {
    status: 413,
    fr: 'Le contenu envoyé est trop volumineux.',
    en: 'The content sent is too large.',
  },
  ERR_NOT_FOUND: { status: 404, fr: 'Ressource introuvable.', en: 'Resource not found.' },
  ERR_METHOD_NOT_ALLOWED: { status: 405, fr: 'Méthode non autorisée.', en: 'Method not allowed.' },
  ERR_UNAUTHENTICATED: {
    status: 401,
    fr: 'Vous devez vous connecter pour continuer.',
    en: 'You must sign in to continue.',
  },
  ERR_FORBIDDEN: { status: 403, fr: 'Vous n’avez pas le droit de faire cela.', en: 'You are not allowed to do this.' },
  ERR_CSRF: {
    status: 403,
    fr: 'Jeton anti-CSRF absent ou invalide : rechargez la page et réessayez.',
    en: 'Missing or invalid CSRF token: reload the page and try again.',
  },
  ERR_RATE_LIMITED: {
    status: 429,
    fr: 'Trop de requêtes : réessayez dans quelques instants.',
    en: 'Too many requests: try again in a moment.',
  },
  ERR_INVALID_CREDENTIALS: {
    status: 401,
    fr: 'Adresse électronique ou mot de passe incorrect.',
    en: 'Incorrect e-mail address or password.',
  },
  ERR_ACCOUNT_LOCKED: {
    status: 429,
    fr: 'Trop d’échecs de connexion : réessayez dans {minutes} min.',
    en: 'Too many failed sign-ins: try again in {minutes} min.',
  },
  ERR_EMAIL_NOT_VERIFIED: {
    status: 403,
    fr: 'Confirmez d’abord votre adresse électronique : un lien vous a été envoyé.',
    en: 'Confirm your e-mail address first: a link has been sent to you.',
  },
  ERR_ACCOUNT_INACTIVE: {
    status: 403,
    fr: 'Ce compte est désactivé ou son accès a expiré.',
    en: 'This account is deactivated or its access has expired.',
  },
  ERR_WEAK_PASSWORD: {
    status: 400,
    fr: 'Le mot de passe doit compter au moins 12 caractères et ne pas contenir votre adresse.',
    en: 'The password must be at least 12 characters long and must not contain your address.',
  },
  ERR_INVALID_TOKEN: {
    status: 400,
    fr: 'Ce lien est invalide ou a expiré.',
    en: 'This link is invalid or has expired.',
  },
  ERR_MFA_REQUIRED: {
    status: 401,
    fr: 'Saisissez le code de votre application d’authentification.',
    en: 'Enter the code from your authenticator app.',
  },
  ERR_MFA_ENROLMENT_REQUIRED: {
    status: 403,
    fr: 'Activez la double authentification pour continuer.',
    en: 'Set up two-factor authentication to continue.',
  },
  ERR_INVALID_TOTP: { status: 400, fr: 'Code incorrect ou expiré.', en: 'Incorrect or expired code.' },
  ERR_MFA_ALREADY_ENABLED: {
    status: 409,
    fr: 'La double authentification est déjà activée.',
    en: 'Two-factor authentication is already enabled.',
  },
  ERR_MFA_MANDATORY: {
    status: 403,
    fr: 'La double authentification est obligatoire pour ce compte.',
    en: 'Two-factor authentication is mandatory for this account.',
  },
  ERR_CONFLICT: {
    status: 409,
    fr: 'Cette opération entre en conflit avec l’état actuel.',
    en: 'This conflicts with the current state.',
  },
  ERR_OIDC_DISABLED: {
    status: 404,
    fr: 'La connexion avec ProConnect n’est pas configurée sur ce serveur.',
    en: 'Sign-in with ProConnect is not configured on this server.',
  },
  ERR_OIDC_FAILED: {
    status: 400,
    fr: 'La connexion avec ProConnect a échoué : {reason}',
    en: 'Sign-in with ProConnect failed: {reason}',
  },
  ERR_OIDC_NOT_ALLOWED: {
    status: 403,
    fr: 'Votre organisation n’est pas inscrite sur Diplomatie : demandez une invitation à un administrateur.',
    en: 'Your organisation is not registered on Diplomatie: ask an administrator for an invitation.',
  },
  ERR_CLASSIFIED_MARKING: {
    status: 422,
    fr: 'Ce contenu porte la mention « {marking} » : les informations classifiées ou Diffusion Restreinte ne peuvent pas être partagées sur cette plateforme.',
    en: 'This content is marked “{marking}”: classified or Diffusion Restreinte information cannot be shared on this platform.',
  },
  ERR_LEVEL_WRITE_DOWN: {
    status: 422,
    fr: 'Une réponse ne peut pas avoir un niveau de confidentialité inférieur à celui de son fil.',
    en: 'A reply cannot carry a lower confidentiality level than its thread.',
  },
  ERR_INVALID_LABEL: {
    status: 422,
    fr: 'Ce niveau et ce marquage TLP ne vont pas ensemble : {reason}',
    en: 'This level and TLP marking do not fit together: {reason}',
  },
  ERR_ACCOUNT_EXISTS: {
    status: 409,
    fr: 'Le compte {network} « {handle} » est déjà enregistré (n° {id}) : modifiez-le plutôt que de l’ajouter à nouveau.',
    en: 'The {network} account “{handle}” is already registered (no. {id}): edit it instead of adding it again.',
  },
  ERR_EMPTY_FILE: {
    status: 400,
    fr: 'Le fichier envoyé est vide.',
    en: 'The uploaded file is empty.',
  },
  ERR_NO_CONNECTOR: {
    status: 400,
    fr: 'Les comptes {network} ne peuvent pas être relevés automatiquement : importez leurs données depuis un fichier.',
    en: '{network} accounts cannot be polled automatically: import their data from a file.',
  },
  ERR_CONNECTOR_NOT_CONFIGURED: {
    status: 409,
    fr: 'Le connecteur {network} n’est pas configuré sur ce serveur : il manque le réglage {setting}.',
    en: 'The {network} connector is not configured on this server: the {setting} setting is missing.',
  },
  ERR_SPAM_SUSPECTED: {
    status: 400,
    fr: 'Cet envoi ressemble à un envoi automatique : il n’a pas été enregistré. Rechargez la page et réessayez.',
    en: 'This looks like an automated submission: it was not recorded. Reload the page and try again.',
  },
  ERR_AGENT_DIRECTORY: {
    status: 403,
    fr: 'L’annuaire des agents est réservé aux agents publics : vous voyez les agents qui vous accompagnent et les profils publics.',
    en: 'The agent directory is for public agents only: you see the agents assigned to you and public profiles.',
  },
  ERR_SUSPENDED: {
    status: 403,
    fr: 'Votre compte est suspendu sur le réseau{until} : vous pouvez lire, mais pas publier ni écrire. Motif : {reason}',
    en: 'Your account is suspended on the network{until}: you may read, but not post or write. Reason: {reason}',
  },
  ERR_NOT_SPACE_MEMBER: {
    status: 403,
    fr: 'Rejoignez cet espace pour y publier.',
    en: 'Join this space to post in it.',
  },
  ERR_DEAL_ROOM_COMPANY: {
    status: 409,
    fr: 'Une salle de projet réunit une seule entreprise : déclarez un consortium pour en ajouter une autre ({company}).',
    en: 'A deal room holds one company: declare a consortium to add another ({company}).',
  },
  ERR_DEAL_ROOM_CONFLICT: {
    status: 409,
    fr: 'Attention : {company} a aussi un projet dans le secteur et le pays de cette salle ({detail}). Confirmez pour l’ajouter malgré ce risque de concurrence.',
    en: 'Warning: {company} also has a project in this room’s sector and country ({detail}). Confirm to add it despite the risk of competition.',
  },
  ERR_ATTACHMENT_TYPE: {
    status: 415,
    fr: 'Ce fichier n’est pas d’un type accepté ({detail}) : PDF, images, documents bureautiques, texte ou CSV seulement.',
    en: 'This file is not of an accepted type ({detail}): PDF, images, office documents, text or CSV only.',
  },
  ERR_ATTACHMENT_DISGUISED: {
    status: 415,
    fr: 'Le contenu de ce fichier ne correspond pas à son nom : « {filename} » n’est pas un fichier {expected}.',
    en: 'This file’s content does not match its name: “{filename}” is not a {expected} file.',
  },
  ERR_ATTACHMENT_TOO_LARGE: {
    status: 413,
    fr: 'Ce fichier dépasse la taille maximale de {max}.',
    en: 'This file exceeds the maximum size of {max}.',
  },
  ERR_RECIPIENT_NOT_ALLOWED: {
    status: 403,
    fr: 'Vous ne pouvez écrire qu’aux agents qui vous accompagnent.',
    en: 'You may write only to the agents assigned to you.',
  },
  ERR_INVALID_TRANSITION: {
    status: 409,
    fr: 'Ce changement n’est pas possible dans l’état actuel : {detail}',
    en: 'This change is not possible in the current state: {detail}',
  },
  ERR_SPACE_ARCHIVED: {
    status: 409,
    fr: 'Cet espace est archivé : on peut encore le lire, mais plus y publier, commenter ni réagir.',
    en: 'This space is archived: it can still be read, but no longer posted, commented or reacted in.',
  },
  ERR_LABEL_BELOW_SPACE: {
    status: 422,
    fr: 'Une publication ne peut pas avoir un niveau inférieur à celui de son espace ({level}).',
    en: 'A post cannot carry a lower level than its space ({level}).',
  },
  ERR_SELF_DEACTIVATION: {
    status: 409,
    fr: 'Vous ne pouvez pas désactiver votre propre compte : demandez-le à un autre administrateur.',
    en: 'You cannot deactivate your own account: ask another administrator.',
  },
  ERR_ATTACHMENT_UNAVAILABLE: {
    status: 422,
    fr: 'La pièce jointe {id} n’est pas un fichier que vous venez d’envoyer (inconnue, déjà jointe ailleurs ou expirée) : envoyez le fichier à nouveau.',
    en: 'Attachment {id} is not a file you have just uploaded (unknown, already attached elsewhere or expired): upload the file again.',
  },
  ERR_ATTACHMENT_UNREADABLE: {
    status: 422,
    fr: '« {filename} » n’a pas pu être vérifié (contenu trop volumineux une fois décompressé, ou endommagé) : enregistrez-le à nouveau ou envoyez-le en PDF.',
    en: '“{filename}” could not be checked (content too large once decompressed, or damaged): save it again or send it as a PDF.',
  },
  ERR_SPACE_INVITATION_ONLY: {
    status: 403,
    fr: 'Cet espace est sur invitation : demandez à l’un de ses modérateurs de vous inviter.',
    en: 'This space is by invitation only: ask one of its moderators to invite you.',
  },
  ERR_SPACE_ROLE_AGENTS_ONLY: {
    status: 422,
    fr: 'Seuls les agents publics peuvent être propriétaires ou modérateurs d’un espace.',
    en: 'Only public agents can be owners or moderators of a space.',
  },
  ERR_SPACE_LAST_OWNER: {
    status: 409,
    fr: 'Un espace garde toujours au moins un propriétaire : nommez-en un autre avant de partir ou de changer ce rôle.',
    en: 'A space always keeps at least one owner: name another one before leaving or changing this role.',
  },
  ERR_SPACE_INVITEE_LEVEL: {
    status: 422,
    fr: 'Cette personne ne peut pas lire un espace de niveau « {level} » : elle ne peut pas en être membre.',
    en: 'This person cannot read a space of level “{level}”: they cannot be a member of it.',
  },
  ERR_SPACE_LEVEL_LOWERING: {
    status: 422,
    fr: 'Abaisser le niveau d’un espace le montre à davantage de personnes : confirmez-le (lowerLevel) et donnez un motif.',
    en: 'Lowering a space’s level shows it to more people: confirm it (lowerLevel) and give a reason.',
  },
  ERR_SEARCH_QUERY: {
    status: 400,
    fr: 'Saisissez au moins {min} caractères (lettres ou chiffres) pour lancer la recherche.',
    en: 'Type at least {min} characters (letters or digits) to search.',
  },
  ERR_AUDIT_ADMINS_ONLY: {
    status: 403,
    fr: 'Le journal d’audit est réservé aux administrateurs.',
    en: 'The audit log is for administrators only.',
  },
  ERR_SERVICE_UNAVAILABLE: {
    status: 503,
    fr: 'Service momentanément indisponible.',
    en: 'Service temporarily unavailable.',
  },
  ERR_INTERNAL: {
    status: 500,
    fr: 'Erreur interne : elle a été enregistrée, réessayez plus tard.',
    en: 'Internal error: it has been logged, try again later.',
  },
} as const satisfies Record<string, { status: number; fr: string; en: string }>;

export type ErrorCode = keyof typeof errorCatalogue;
export type Lang = 'fr' | 'en';

export function errorMessage(code: ErrorCode, lang: Lang, params: Record<string, string | number> = {}): string {
  const template: string = errorCatalogue[code][lang];
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(params[key] ?? ''));
}
