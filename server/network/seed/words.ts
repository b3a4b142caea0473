// Word lists of the seeded network: people's names, organisations, places, and the ranked vocabulary of posts
// (head terms shared by every community, sector terms, a long tail of rare technical terms). Plain data only;
// text.ts draws from it. Typographic apostrophes (’) throughout: the text is French and never needs escaping.
import type { Sector } from '../../../common/network-terms.ts';

/** A comma-separated list, one item per entry (kept as prose so the lists stay compact). */
function words(list: string): readonly string[] {
  return list
    .split(',')
    .map((w) => w.trim())
    .filter((w) => w.length > 0);
}

export const FIRST_NAMES_FR = words(`
  Camille, Julien, Sophie, Thomas, Claire, Nicolas, Émilie, Antoine, Marion, Pierre, Laure, Mathieu, Céline,
  Olivier, Hélène, Guillaume, Anne, François, Isabelle, Sébastien, Nathalie, Alexandre, Caroline, Vincent,
  Aurélie, Romain, Sandrine, Benoît, Julie, Arnaud, Delphine, Maxime, Élodie, Damien, Valérie, Jérôme, Agnès,
  Baptiste, Charlotte, Hugo, Léa, Louis, Manon, Paul, Chloé, Adrien, Inès, Clément, Pauline, Étienne,
  Margaux, Fabrice, Virginie, Yann, Bérénice, Cédric, Solène, Grégoire, Lucie, Xavier, Mathilde, Florian,
  Estelle, Raphaël, Gaëlle, Thibault, Noémie, Bastien, Anaïs, Rémi, Juliette, Cyril, Armelle, Loïc, Coralie,
  Quentin, Ségolène, Martin, Blandine, Gilles, Jeanne
`);

export const LAST_NAMES_FR = words(`
  Martin, Bernard, Dubois, Thomas, Robert, Richard, Petit, Durand, Leroy, Moreau, Simon, Laurent, Lefebvre,
  Michel, Garcia, David, Bertrand, Roux, Vincent, Fournier, Morel, Girard, André, Lefèvre, Mercier, Dupont,
  Lambert, Bonnet, François, Martinez, Legrand, Garnier, Faure, Rousseau, Blanc, Guérin, Muller, Henry,
  Roussel, Nicolas, Perrin, Morin, Mathieu, Clément, Gauthier, Dumont, Lopez, Fontaine, Chevalier, Robin,
  Masson, Sanchez, Gérard, Nguyen, Boyer, Denis, Lemaire, Duval, Joly, Gautier, Roger, Roche, Roy, Noël,
  Meyer, Lucas, Meunier, Jean, Perez, Marchand, Dufour, Blanchard, Marie, Barbier, Brun, Dumas, Brunet,
  Schmitt, Leroux, Colin, Fernandez, Pierre, Renard, Arnaud, Rolland, Caron, Aubert, Giraud, Leclerc, Vidal,
  Bourgeois, Renaud, Lemoine, Picard, Gaillard, Philippe, Leclercq, Lacroix, Fabre, Dupuis, Olivier,
  Rodriguez, Da Silva, Hubert, Louis, Charles, Guillot, Rivière, Le Gall, Guillaume, Adam, Rey, Moulin,
  Gonzalez, Berger, Lecomte, Ménard, Fleury, Deschamps, Carpentier, Julien, Benoît, Paris, Maillard, Marchal,
  Aubry, Vasseur, Le Roux, Renault, Jacquet, Collet, Prévost, Poirier, Charpentier, Royer, Huet, Baron,
  Dupuy, Pons, Paul
`);

/** Names of partners abroad: advisers, experts, local chambers, investment agencies. */
export const FIRST_NAMES_WORLD = words(`
  Amadou, Fatoumata, Moussa, Aïssata, Oumar, Mariam, Boubacar, Kadiatou, Ibrahim, Awa, Mohammed, Nora,
  Abdullah, Layla, Faisal, Reem, Khalid, Hessa, Youssef, Salma, Wei, Mei, Hiroshi, Yuki, Min-jun, Seo-yeon,
  Arjun, Priya, Rahul, Ananya, Carlos, Lucía, João, Beatriz, Diego, Valentina, Mateo, Camila, Andrés,
  Gabriela, Kwame, Ama, Chinedu, Ngozi, Tendai, Thandiwe, Yohannes, Selam, Joseph, Grace, Olga, Dmitri, Anna,
  Jakub, Zofia, Mehmet, Elif, Nguyen, Linh, Siti
`);

export const LAST_NAMES_WORLD = words(`
  Traoré, Diallo, Coulibaly, Keïta, Touré, Sissoko, Konaté, Diarra, Cissé, Maïga, Al-Harbi, Al-Qahtani,
  Al-Otaibi, Al-Ghamdi, Al-Zahrani, Haddad, Mansour, Benali, El Amrani, Bennani, Zhang, Wang, Tanaka, Sato,
  Kim, Park, Sharma, Patel, Iyer, Rao, Silva, Santos, González, Rodríguez, Pérez, Oliveira, Ramírez, Torres,
  Castro, Herrera, Mensah, Owusu, Okafor, Adeyemi, Moyo, Ndlovu, Bekele, Tesfaye, Kamau, Otieno, Kowalski,
  Nowak, Ivanova, Petrov, Yılmaz, Demir, Tran, Pham, Wijaya, Santoso
`);

/** Cities named in posts, for the countries where the network is busiest (others use their capital). */
export const CITIES: Readonly<Record<string, readonly string[]>> = {
  ML: ['Bamako', 'Ségou', 'Sikasso', 'Kayes', 'Mopti', 'Koutiala', 'Tombouctou', 'Gao'],
  SA: ['Riyad', 'Djeddah', 'Dammam', 'Médine', 'Khobar', 'AlUla', 'Tabouk', 'Yanbu'],
  SN: ['Dakar', 'Thiès', 'Saint-Louis', 'Diamniadio', 'Ziguinchor'],
  CI: ['Abidjan', 'Yamoussoukro', 'San-Pédro', 'Bouaké'],
  MA: ['Casablanca', 'Rabat', 'Tanger', 'Marrakech', 'Agadir', 'Kénitra'],
  DZ: ['Alger', 'Oran', 'Constantine', 'Annaba'],
  TN: ['Tunis', 'Sfax', 'Sousse', 'Bizerte'],
  EG: ['Le Caire', 'Alexandrie', 'Port-Saïd', 'Suez'],
  AE: ['Dubaï', 'Abou Dabi', 'Charjah'],
  QA: ['Doha', 'Lusail'],
  IN: ['New Delhi', 'Bombay', 'Bangalore', 'Chennai', 'Hyderabad', 'Pune'],
  CN: ['Pékin', 'Shanghai', 'Canton', 'Shenzhen', 'Wuhan', 'Chengdu'],
  JP: ['Tokyo', 'Osaka', 'Nagoya', 'Fukuoka'],
  KR: ['Séoul', 'Busan', 'Incheon'],
  VN: ['Hanoï', 'Hô Chi Minh-Ville', 'Da Nang', 'Haiphong'],
  ID: ['Jakarta', 'Surabaya', 'Bandung'],
  SG: ['Singapour'],
  US: ['Washington', 'New York', 'Chicago', 'Houston', 'San Francisco', 'Atlanta', 'Miami'],
  CA: ['Ottawa', 'Montréal', 'Toronto', 'Québec', 'Vancouver'],
  BR: ['Brasilia', 'São Paulo', 'Rio de Janeiro', 'Belo Horizonte', 'Recife'],
  MX: ['Mexico', 'Monterrey', 'Guadalajara', 'Querétaro'],
  AR: ['Buenos Aires', 'Córdoba', 'Rosario'],
  CL: ['Santiago', 'Valparaíso', 'Antofagasta'],
  CO: ['Bogota', 'Medellín', 'Cali'],
  DE: ['Berlin', 'Munich', 'Francfort', 'Hambourg', 'Düsseldorf', 'Stuttgart'],
  GB: ['Londres', 'Manchester', 'Édimbourg', 'Birmingham'],
  ES: ['Madrid', 'Barcelone', 'Valence', 'Bilbao', 'Séville'],
  IT: ['Rome', 'Milan', 'Turin', 'Naples', 'Bologne'],
  BE: ['Bruxelles', 'Anvers', 'Liège', 'Gand'],
  CH: ['Berne', 'Genève', 'Zurich', 'Bâle', 'Lausanne'],
  PL: ['Varsovie', 'Cracovie', 'Gdańsk', 'Wrocław'],
  UA: ['Kyiv', 'Lviv', 'Odessa', 'Dnipro'],
  TR: ['Ankara', 'Istanbul', 'Izmir'],
  NG: ['Abuja', 'Lagos', 'Port Harcourt', 'Kano'],
  KE: ['Nairobi', 'Mombasa', 'Kisumu'],
  ZA: ['Pretoria', 'Johannesburg', 'Le Cap', 'Durban'],
  ET: ['Addis-Abeba', 'Dire Dawa'],
  GH: ['Accra', 'Kumasi', 'Tema'],
  CM: ['Yaoundé', 'Douala'],
  BF: ['Ouagadougou', 'Bobo-Dioulasso'],
  NE: ['Niamey', 'Zinder'],
  GN: ['Conakry', 'Kankan'],
  MR: ['Nouakchott', 'Nouadhibou'],
  MG: ['Antananarivo', 'Toamasina'],
  AU: ['Canberra', 'Sydney', 'Melbourne', 'Perth', 'Brisbane'],
  IL: ['Tel-Aviv', 'Jérusalem', 'Haïfa'],
  LB: ['Beyrouth', 'Tripoli'],
  JO: ['Amman', 'Aqaba'],
  IQ: ['Bagdad', 'Erbil', 'Bassora'],
  KZ: ['Astana', 'Almaty'],
  TH: ['Bangkok', 'Chiang Mai'],
  PH: ['Manille', 'Cebu'],
  MY: ['Kuala Lumpur', 'Penang'],
  PE: ['Lima', 'Arequipa'],
};

/** French public bodies of Team France Export and development finance; their staff count as agents. */
export const PUBLIC_BODIES = words(`
  Business France, Bpifrance, CCI France, CCI France International, Atout France, Expertise France,
  Agence française de développement, Direction générale du Trésor, Proparco,
  Choose France – Invest in France, Team France Export Auvergne-Rhône-Alpes,
  Team France Export Bourgogne-Franche-Comté, Team France Export Bretagne,
  Team France Export Centre-Val de Loire, Team France Export Grand Est, Team France Export Hauts-de-France,
  Team France Export Île-de-France, Team France Export Normandie, Team France Export Nouvelle-Aquitaine,
  Team France Export Occitanie, Team France Export Pays de la Loire,
  Team France Export Provence-Alpes-Côte d’Azur, Région Sud – service export, Région Occitanie – AD’OCC
`);

/** French associations that partners belong to (besides the sections and chambers named per country). */
export const FRENCH_ASSOCIATIONS = words(`
  MEDEF International, Femmes chefs d’entreprises, France Industrie,
  Comité national des conseillers du commerce extérieur, Réseau Entreprendre, France Digitale,
  Association française des entreprises privées, Syndicat des énergies renouvelables,
  Fédération nationale des travaux publics, Association nationale des industries alimentaires,
  Cercle des exportateurs de l’Ouest, Club Afrique des entrepreneurs,
  Institut des hautes études de défense nationale, Fondation pour la recherche stratégique,
  Réseau des anciens VIE
`);

export const COMPANY_ROOTS = words(`
  Atelier, Hydro, Sahel, Solaire, Agri, Techni, Lumi, Nova, Bâti, Méca, Océa, Vigne, Terra, Aéro, Géo, Bio,
  Éco, Électro, Ferro, Aqua, Ventis, Sylva, Pharma, Médi, Numéri, Data, Cyber, Logi, Trans, Port, Textil,
  Cosmé, Luxe, Gastro, Céré, Lait, Fruiti, Cacao, Mer, Rail, Câble, Robo, Opti, Chimi, Poly, Verre, Acier,
  Bois, Ciment, Forma, Édu, Santé, Clima, Thermo, Réso, Signal, Carto, Drone, Nautic, Alti
`);

export const COMPANY_PLACES = words(`
  Provence, Atlantique, Loire, Alpes, Bretagne, Occitanie, Normandie, Lorraine, Gascogne, Vendée, Savoie,
  Picardie, Touraine, Limousin, Auvergne, Béarn, Champagne, Jura, Vosges, Cévennes, Armor, Camargue, Vexin,
  Sologne, Morvan, Ardennes, Quercy, Périgord, Corse, Réunion, Guyane, Léman, Rhône, Garonne, Seine,
  Dordogne, Méditerranée, Océan, Sahel
`);

export const COMPANY_KINDS = words(`
  SAS, SA, SARL, Industries, Ingénierie, Conseil, Export, Systèmes, Technologies, Solutions, Services,
  Énergies, Développement, International, Group, Partenaires
`);

/** Head terms: what every community talks about (most frequent first). */
export const HEAD_TERMS = words(`
  export, accès au marché, exportations, projets structurants, financement, partenariats locaux,
  missions de prospection, salons professionnels, prospection, accompagnement, diplomatie économique,
  appels d’offres, investissement, délégations d’affaires, réglementation, douane, formation, innovation,
  PME exportatrices, contrats de maintenance, réseaux de distribution, création de filiales, assurance prospection,
  VIE, rencontres B2B, webinaires, importations, normes, certification, visas, logistique, délais de paiement,
  garanties bancaires, crédit export, veille marchés, fiche marché, pavillon France, recrutement, implantation,
  coopération, transition énergétique, développement durable, numérique, infrastructures, santé,
  agroalimentaire, énergie, gestion de l’eau, transports publics, formation professionnelle
`);

/** Terms of each sector, frequent first. */
export const SECTOR_TERMS: Readonly<Record<Sector, readonly string[]>> = {
  agri_food: words(`
    agroalimentaire, filière, céréales, produits laitiers, semences, irrigation, cacao, mangue séchée, karité,
    anacarde, chaîne du froid, sécurité alimentaire, agrofourniture, élevage, noix de cajou, fonio, sésame,
    transformation locale, agroéquipements, moulins à céréales
  `),
  wine_spirits: words(`
    vins, spiritueux, cognac, champagne, droits d’accise, caves, sommeliers, grands crus, dégustation,
    importateurs de vins, armagnac, étiquetage, vins effervescents, foires aux vins
  `),
  fashion_luxury_cosmetics: words(`
    cosmétique, parfums, maroquinerie, luxe, prêt-à-porter, soins de la peau, distribution sélective,
    contrefaçon, haute couture, dermocosmétique, flaconnage, ingrédients naturels
  `),
  health: words(`
    santé, hôpitaux, dispositifs médicaux, médicaments, télémédecine, imagerie médicale, vaccins, e-santé,
    formation des soignants, centres de dialyse, oncologie, homologation sanitaire, plateaux techniques,
    biologie médicale
  `),
  energy: words(`
    énergie, centrale solaire, photovoltaïque, hydroélectricité, mini-réseaux, hydrogène vert, stockage,
    électrification rurale, biomasse, éolien, efficacité énergétique, réseaux électriques, géothermie,
    compteurs intelligents, agrivoltaïsme, lignes haute tension, biogaz
  `),
  environment_water: words(`
    eau potable, assainissement, dessalement, traitement des eaux, déchets, recyclage, forages,
    stations d’épuration, gestion des déchets, économie circulaire, qualité de l’air, réutilisation des eaux,
    captage, barrages
  `),
  transport_mobility: words(`
    transport, ferroviaire, tramway, métro, ports, aéroports, bus électriques, logistique urbaine,
    signalisation, corridors, plateformes logistiques, matériel roulant, billettique, téléphérique urbain
  `),
  aerospace_defence: words(`
    aéronautique, défense, satellites, hélicoptères, maintenance aéronautique, drones, sûreté, offsets,
    contrôle des exportations, spatial, observation de la Terre, radars
  `),
  industry_machinery: words(`
    industrie, machines, usine, automatisation, maintenance industrielle, sous-traitance, robotique,
    mécanique de précision, industrie 4.0, outillage, zones industrielles, équipementiers
  `),
  chemicals_materials: words(`
    chimie, matériaux, engrais, plastiques, phosphates, composites, peintures, emballages, chimie verte, REACH,
    lubrifiants, textiles techniques
  `),
  construction_urban: words(`
    BTP, ville durable, logements, urbanisme, ponts, routes, bâtiments, génie civil, écoquartiers,
    éclairage public, aménagement urbain, matériaux de construction, smart city
  `),
  digital_tech: words(`
    numérique, startups, cybersécurité, données, intelligence artificielle, cloud, fibre optique, fintech,
    télécoms, centres de données, logiciels, e-administration, paiement mobile, French Tech,
    souveraineté numérique, cartographie
  `),
  business_services: words(`
    conseil, services, juridique, fiscalité, ingénierie financière, audit, recouvrement, traduction,
    intelligence économique, conformité, ressources humaines, portage salarial
  `),
  culture_creative: words(`
    culture, industries créatives, édition, jeu vidéo, cinéma, musique, patrimoine, musées, design, mode,
    audiovisuel, festivals, animation
  `),
  tourism_sport: words(`
    tourisme, hôtellerie, sport, grands événements sportifs, stades, écotourisme, croisières,
    stations de montagne, œnotourisme, parcs de loisirs, Jeux, équipements sportifs
  `),
  education_training: words(`
    éducation, formation, universités, campus, écoles, enseignement du français, formation technique,
    certification des compétences, apprentissage, mobilité étudiante, e-learning, lycées français
  `),
};

/**
 * The long tail: rare technical words, each drawn seldom (a Zipf-like rank after the head and sector terms),
 * so that searches on the network meet words found in a handful of posts as well as in thousands.
 */
export const TAIL_TERMS = words(`
  onduleurs, électrolyseurs, turbines Pelton, pompes solaires, osmose inverse, boues activées,
  télésurveillance, jumeau numérique, lidar, géotextiles, microcentrales, batteries sodium-ion, cryogénie,
  chaudières biomasse, tours aéroréfrigérantes, traçabilité blockchain, hydroponie, aquaponie, pisciculture,
  spiruline, moringa, gomme arabique, hibiscus, bissap, attiéké, manioc, plantain, dattes Medjool, pistaches,
  safran, vanille, poivre de Kampot, café robusta, thé vert, coton biologique, lin, chanvre, bambou, rotin,
  liège, ardoise, granit, basalte, pouzzolane, latérite, bauxite, lithium, cobalt, manganèse, terres rares,
  uranium, zircon, graphite, silicium, germanium, tantale, vanadium, nickel, cuivre, étain, or artisanal,
  phosphogypse, ammoniac vert, méthanol, kérosène durable, biochar, compostage, méthanisation, digestat,
  lixiviats, incinération, broyeurs, presses à balles, convoyeurs, silos, trémies, chambres froides,
  conteneurs frigorifiques, lyophilisation, pasteurisation, stérilisation UHT, ensachage, palettisation,
  étiqueteuses, spectromètres, chromatographie, échographes, scanners, IRM, respirateurs,
  incubateurs néonatals, prothèses, dialyseurs, autoclaves, seringues, réactifs, bandelettes,
  oxygène médical, télé-expertise, dossier patient, pharmacovigilance, bioéquivalence, génériques,
  biosimilaires, insuline, antipaludiques, moustiquaires, drones médicaux, caténaires, aiguillages,
  traverses, ballast, écluses, dragage, quais, portiques, grues, remorqueurs, balises, radiobalises,
  altimètres, avionique, trains d’atterrissage, nacelles, pales, moyeux, roulements, réducteurs, vérins,
  compresseurs, échangeurs thermiques, chaudronnerie, fonderie, forge, usinage, tôlerie, soudage,
  galvanisation, anodisation, thermolaquage, impression 3D, fabrication additive, cobotique,
  vision industrielle, automates, SCADA, capteurs, LoRaWAN, satellites bas débit, câbles sous-marins,
  stations terriennes, fibre noire, peering, datacenters modulaires, chiffrement, authentification forte,
  pare-feu, SOC, tests d’intrusion, identité numérique, état civil numérique, cadastre, géoportail,
  orthophotos, relevés topographiques, bathymétrie, hydrographie, pluviométrie, stations météorologiques,
  alerte précoce, crues, sécheresse, désertification, reboisement, agroforesterie, mangroves, récifs,
  pêche artisanale, halieutique, criées, fumoirs, séchoirs solaires, greniers, warrantage, microfinance,
  mobile money, affacturage, crédit-bail, lettres de crédit, crédit documentaire, cautions de soumission,
  garanties de restitution, avances remboursables, prêts concessionnels, dons-projets, FASEP, Prêt du Trésor,
  Assurance crédit, change à terme, Incoterms, connaissement, certificat d’origine, carnet ATA, DEB, EORI,
  règles d’origine, préférences tarifaires, ZLECAf, CEDEAO, UEMOA, Conseil de coopération du Golfe, ASEAN,
  Mercosur, Vision 2030, Saudi Made, localisation, quotas de nationalisation, Nitaqat, sponsor local,
  représentant commercial, agent exclusif, coentreprise, joint-venture, zone franche, guichet unique,
  code des investissements, convention d’établissement, exonérations, TVA, retenue à la source,
  prix de transfert, double imposition, arbitrage, médiation, OHADA, sanctions, embargo,
  biens à double usage, due diligence, lutte anticorruption, Sapin II, devoir de vigilance, bilan carbone,
  taxonomie, CSRD, écoconception, labels, Origine France Garantie, Made in France
`);

/** Events named in posts (trade fairs and business meetings). */
export const EVENTS = words(`
  Gitex Africa, Salon international de l’agriculture, Vivatech, Africa CEO Forum, SIAL, Gulfood, Arab Health,
  Big 5, Intersolar, World Future Energy Summit, Pollutec, Eurosatory, Paris Air Show, Vinexpo, Prowein,
  Cosmoprof, Medica, Hannover Messe, CES, Mobile World Congress, FIHAV, Ambition Africa, Choose France,
  Rencontres Afrique, Forum Vision 2030, Salon de l’eau de Dakar, Foire internationale de Bamako,
  Semaine de l’énergie de Riyad, Sommet Afrique-France, Milipol
`);

/** Community themes (besides countries and sectors). */
export const THEMES = [
  {
    name: 'Femmes et export',
    description: 'Entrepreneures, dirigeantes et agents : réseaux, mentorat, financements dédiés.',
  },
  {
    name: 'VIE et recrutement à l’international',
    description: 'Volontariat international en entreprise, offres, retours d’expérience.',
  },
  {
    name: 'Financements export',
    description: 'Assurance prospection, crédit export, garanties, FASEP, prêts concessionnels.',
  },
  { name: 'Salons et événements', description: 'Pavillons France, rencontres d’affaires, délégations ministérielles.' },
  {
    name: 'Conformité, sanctions et contrôle des exportations',
    description: 'Embargos, biens à double usage, lutte anticorruption.',
  },
  { name: 'RSE et devoir de vigilance', description: 'Chaînes d’approvisionnement responsables, CSRD, bilan carbone.' },
  {
    name: 'Marchés publics internationaux',
    description: 'Appels d’offres des bailleurs et des États, veille et partenariats.',
  },
  { name: 'French Tech à l’international', description: 'Startups, programmes d’accélération, levées de fonds.' },
  {
    name: 'Implantation et filiales',
    description: 'Créer une filiale, un bureau de représentation, une coentreprise.',
  },
  { name: 'Douane et logistique', description: 'Incoterms, règles d’origine, dédouanement, transport.' },
  { name: 'Diplomatie économique – réseau des agents', description: 'Échanges internes aux agents du réseau.' },
  {
    name: 'Attractivité et investissements en France',
    description: 'Investisseurs étrangers, implantations, Choose France.',
  },
  { name: 'Francophonie économique', description: 'Affaires en français, réseaux francophones, formation.' },
  { name: 'Climat et transition', description: 'Projets bas carbone, finance climat, adaptation.' },
  { name: 'Villes durables', description: 'Urbanisme, mobilité, services urbains.' },
  { name: 'Agriculture et sécurité alimentaire', description: 'Filières, transformation, équipements.' },
  { name: 'Santé mondiale', description: 'Produits de santé, hôpitaux, formation des soignants.' },
  { name: 'Culture et industries créatives', description: 'Cinéma, musique, édition, jeu vidéo à l’export.' },
  { name: 'Éducation et formation à l’international', description: 'Campus, lycées français, formation technique.' },
  { name: 'Sécurité des projets et des personnes', description: 'Sûreté des déplacements, gestion de crise.' },
] as const;

export const REGIONS = [
  { name: 'Afrique de l’Ouest', codes: ['ML', 'SN', 'CI', 'BF', 'NE', 'GN', 'GH', 'NG', 'MR', 'BJ', 'TG'] },
  { name: 'Afrique centrale et de l’Est', codes: ['CM', 'GA', 'CG', 'CD', 'KE', 'ET', 'TZ', 'RW', 'UG'] },
  { name: 'Afrique australe et océan Indien', codes: ['ZA', 'MG', 'MZ', 'AO', 'MU', 'NA', 'BW'] },
  { name: 'Maghreb', codes: ['MA', 'DZ', 'TN', 'LY'] },
  { name: 'Golfe', codes: ['SA', 'AE', 'QA', 'KW', 'OM', 'BH'] },
  { name: 'Proche et Moyen-Orient', codes: ['EG', 'JO', 'LB', 'IQ', 'IL', 'TR'] },
  { name: 'Asie du Sud-Est', codes: ['VN', 'ID', 'TH', 'MY', 'PH', 'SG', 'KH'] },
  { name: 'Asie du Nord-Est', codes: ['CN', 'JP', 'KR', 'MN'] },
  { name: 'Asie du Sud', codes: ['IN', 'PK', 'BD', 'LK'] },
  { name: 'Amérique du Nord', codes: ['US', 'CA'] },
  { name: 'Amérique latine', codes: ['BR', 'MX', 'AR', 'CL', 'CO', 'PE'] },
  { name: 'Europe', codes: ['DE', 'GB', 'ES', 'IT', 'BE', 'CH', 'PL', 'NL', 'PT', 'SE'] },
  { name: 'Europe orientale et Asie centrale', codes: ['UA', 'KZ', 'UZ', 'RO', 'RS', 'GE'] },
  { name: 'Océanie', codes: ['AU', 'NZ', 'PG', 'FJ'] },
] as const;

export const AGENT_TITLES = words(`
  Conseiller économique, Conseillère économique, Chef du service économique, Attaché commercial,
  Attachée de coopération, Premier conseiller, Chargé de mission diplomatie économique,
  Chargée de mission Afrique, Rédacteur, Rédactrice, Adjoint au chef de service, Secrétaire générale,
  Conseiller export, Conseillère export, Chargé d’affaires international, Responsable de zone,
  Chargée d’études marchés, Conseiller aux affaires sectorielles, Consul honoraire, Chef de pôle
`);

export const PARTNER_TITLES = words(`
  Conseiller du commerce extérieur, Président de section, Experte en financement de projets,
  Consultant en développement international, Déléguée générale, Directeur de la chambre de commerce,
  Chargée des relations entreprises, Avocat d’affaires, Économiste, Chercheuse associée,
  Directeur de l’agence de promotion des investissements, Coordinatrice de programme, Journaliste économique,
  Mentor, Représentante pays
`);

export const COMPANY_TITLES = words(`
  Directrice générale, Directeur général, Responsable export, Directrice export, Chef de zone Afrique,
  Chef de zone Moyen-Orient, Ingénieur d’affaires, Ingénieure commerciale, Président, Fondatrice,
  Responsable développement international, Directeur financier, Chargée de projets,
  VIE développement commercial, Responsable grands comptes
`);

export const EXPERTISE = words(`
  financement de projets, marchés publics, négociation, droit OHADA, Vision 2030, localisation,
  énergies renouvelables, agro-industrie, eau et assainissement, cybersécurité, due diligence, implantation,
  recrutement VIE, certification, douane, Incoterms, levée de fonds, coentreprises, conformité, sanctions,
  crédit export, bailleurs multilatéraux, partenariats public-privé, relations institutionnelles,
  veille concurrentielle, Afrique de l’Ouest, pays du Golfe, Asie du Sud-Est, arabe, anglais des affaires
`);

/** What a deal room's project builds or supplies, by sector ("Centrale solaire" de Ségou). */
export const PROJECT_KINDS: Readonly<Record<Sector, readonly string[]>> = {
  agri_food: words(
    `Unité de transformation de mangues, Filière karité, Minoterie, Laiterie, Complexe avicole, Chaîne du froid`,
  ),
  wine_spirits: words(`Réseau de distribution de vins, Cave climatisée, Boutique de spiritueux, Centre de dégustation`),
  fashion_luxury_cosmetics: words(
    `Boutique de luxe, Usine de cosmétiques, Centre de distribution parfums, Atelier de maroquinerie`,
  ),
  health: words(`Hôpital, Centre de dialyse, Laboratoire d’analyses, Plateau d’imagerie, Usine de médicaments`),
  energy: words(
    `Centrale solaire, Mini-réseaux solaires, Barrage hydroélectrique, Ligne haute tension, Parc éolien, Unité d’hydrogène vert`,
  ),
  environment_water: words(
    `Usine de dessalement, Station d’épuration, Réseau d’eau potable, Centre de tri, Forages solaires`,
  ),
  transport_mobility: words(
    `Tramway, Ligne de bus électriques, Extension du port, Aéroport, Gare multimodale, Téléphérique`,
  ),
  aerospace_defence: words(
    `Centre de maintenance aéronautique, Radars côtiers, Flotte d’hélicoptères, Satellite d’observation`,
  ),
  industry_machinery: words(`Usine de montage, Zone industrielle, Atelier de maintenance, Ligne d’embouteillage`),
  chemicals_materials: words(`Usine d’engrais, Unité de recyclage des plastiques, Cimenterie, Usine d’emballages`),
  construction_urban: words(`Écoquartier, Pont, Programme de logements, Éclairage public, Rocade`),
  digital_tech: words(
    `Centre de données, Réseau de fibre optique, Plateforme d’e-administration, Centre de cybersécurité, Identité numérique`,
  ),
  business_services: words(`Bureau de représentation, Plateforme de services partagés, Centre de formation des cadres`),
  culture_creative: words(`Musée, Studio d’animation, Salle de spectacles, Festival, Médiathèque`),
  tourism_sport: words(`Complexe hôtelier, Stade, Station balnéaire, Village de vacances, Parc de loisirs`),
  education_training: words(`Campus, Lycée technique, Centre de formation professionnelle, Université numérique`),
};
