// Words of the step pages and the partners page.
const fr = {
  stepTitle: 'Étape du parcours',
  stepKicker: (id: number) => `Étape ${id} sur 6`,
  loadingStep: 'Chargement de l’étape…',
  stepNotFoundTitle: 'Étape introuvable',
  stepNotFoundText:
    'Cette étape du parcours de l’export n’existe pas. Le parcours compte six étapes, du diagnostic à la présence internationale.',
  offersTitle: 'Les offres de cette étape',
  offersCount: (count: number) =>
    count === 0
      ? 'Aucune offre publiée pour cette étape pour l’instant.'
      : count === 1
        ? '1 offre publiée pour cette étape.'
        : `${count} offres publiées pour cette étape.`,
  offersInCatalogue: 'Filtrer ces offres dans le catalogue',
  contactsTitle: 'Les contacts à solliciter',
  contactGroup: (kind: string, count: number) => `${kind} (${count})`,
  showMoreOffers: (count: number) => `Afficher ${count === 1 ? 'l’autre offre' : `les ${count} autres offres`}`,
  showLessOffers: 'Afficher moins d’offres',
  showMoreContacts: (count: number, kind: string) =>
    `Afficher ${count === 1 ? 'l’autre contact' : `les ${count} autres contacts`} (${kind})`,
  showLessContacts: (kind: string) => `Afficher moins de contacts (${kind})`,
  contactsEmpty: 'Aucun contact n’est encore référencé pour cette étape : la ligne directe vous oriente.',
  askHotline: 'Poser une question à la ligne directe',
  stepsNavLabel: 'Étapes voisines du parcours',
  previousStep: 'Étape précédente',
  nextStep: 'Étape suivante',
  partnersTitle: 'Partenaires et organismes',
  partnersLead:
    'Les organismes publics, réseaux consulaires, associations et régions qui accompagnent les entreprises à l’international. La Team France Export réunit Business France, Bpifrance, les CCI et les régions en un guichet unique.',
  partnersCount: (count: number) => (count === 1 ? '1 partenaire.' : `${count} partenaires.`),
  partnersEmpty: 'Aucun partenaire n’est encore référencé.',
  teamFranceExport: 'Team France Export',
  kind: 'Nature',
  website: (name: string) => `Site de ${name}`,
  offersOf: (count: number, name: string) =>
    count === 0
      ? `Aucune offre de ${name} publiée`
      : count === 1
        ? `Voir l’offre de ${name}`
        : `Voir les ${count} offres de ${name}`,
};
const en: typeof fr = {
  stepTitle: 'Step of the journey',
  stepKicker: (id: number) => `Step ${id} of 6`,
  loadingStep: 'Loading the step…',
  stepNotFoundTitle: 'Step not found',
  stepNotFoundText:
    'This step of the export journey does not exist. The journey has six steps, from the diagnostic to an international presence.',
  offersTitle: 'Offers for this step',
  offersCount: (count: number) =>
    count === 0
      ? 'No offer published for this step yet.'
      : count === 1
        ? '1 offer published for this step.'
        : `${count} offers published for this step.`,
  offersInCatalogue: 'Filter these offers in the catalogue',
  contactsTitle: 'Contacts to reach',
  contactGroup: (kind: string, count: number) => `${kind} (${count})`,
  showMoreOffers: (count: number) => `Show ${count === 1 ? 'the other offer' : `the ${count} other offers`}`,
  showLessOffers: 'Show fewer offers',
  showMoreContacts: (count: number, kind: string) =>
    `Show ${count === 1 ? 'the other contact' : `the ${count} other contacts`} (${kind})`,
  showLessContacts: (kind: string) => `Show fewer contacts (${kind})`,
  contactsEmpty: 'No contact is listed for this step yet: the hotline will direct you.',
  askHotline: 'Ask the hotline a question',
  stepsNavLabel: 'Neighbouring steps of the journey',
  previousStep: 'Previous step',
  nextStep: 'Next step',
  partnersTitle: 'Partners and providers',
  partnersLead:
    'The public bodies, chambers of commerce, associations and regions that support companies going international. Team France Export brings Business France, Bpifrance, the chambers of commerce and the regions together in a one-stop shop.',
  partnersCount: (count: number) => (count === 1 ? '1 partner.' : `${count} partners.`),
  partnersEmpty: 'No partner is listed yet.',
  teamFranceExport: 'Team France Export',
  kind: 'Kind',
  website: (name: string) => `Website of ${name}`,
  offersOf: (count: number, name: string) =>
    count === 0
      ? `No published offer from ${name}`
      : count === 1
        ? `See the offer from ${name}`
        : `See the ${count} offers from ${name}`,
};
export const journeyMessages = { fr, en };
