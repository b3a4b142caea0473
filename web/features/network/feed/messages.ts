// Words of the home feed (French first, English second).
const fr = {
  title: 'Mon fil',
  lead: 'Les dernières publications de vos espaces et de vos salles de projet, que vous pouvez lire.',
  emptyTitle: 'Votre fil est vide',
  empty: 'Rejoignez des espaces par pays, par secteur ou par thème : leurs publications apparaîtront ici.',
  browseSpaces: 'Parcourir les espaces',
  loadMore: 'Afficher les publications plus anciennes',
  loadingMore: 'Chargement…',
  listLabel: 'Publications du fil',
};

const en: typeof fr = {
  title: 'My feed',
  lead: 'The latest posts of your spaces and deal rooms that you may read.',
  emptyTitle: 'Your feed is empty',
  empty: 'Join spaces by country, sector or theme: their posts will show here.',
  browseSpaces: 'Browse spaces',
  loadMore: 'Show older posts',
  loadingMore: 'Loading…',
  listLabel: 'Feed posts',
};

export const feedMessages = { fr, en };
