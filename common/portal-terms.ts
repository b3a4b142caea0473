// The export portal's closed vocabularies with their French and English labels, free of TypeBox so the web app
// can import them without the schema library. Stored values are the keys; labels are for display only.

export type Lang = 'fr' | 'en';
export type Labels<K extends string> = Record<K, { fr: string; en: string }>;

/** The six steps of the export journey (parcours de l'export), by number. */
export const STEP_IDS = [1, 2, 3, 4, 5, 6] as const;
export type StepId = (typeof STEP_IDS)[number];

export const OFFER_TYPES = [
  'information',
  'diagnostic',
  'financing',
  'insurance_guarantees',
  'prospecting',
  'events_trade_fairs',
  'human_resources_vie',
  'training',
  'settling_abroad',
] as const;
export type OfferType = (typeof OFFER_TYPES)[number];
export const offerTypeLabels: Labels<OfferType> = {
  information: { fr: 'Information', en: 'Information' },
  diagnostic: { fr: 'Diagnostic', en: 'Diagnostic' },
  financing: { fr: 'Financement', en: 'Financing' },
  insurance_guarantees: { fr: 'Assurance et garanties', en: 'Insurance and guarantees' },
  prospecting: { fr: 'Prospection', en: 'Prospecting' },
  events_trade_fairs: { fr: 'Événements et salons', en: 'Events and trade fairs' },
  human_resources_vie: { fr: 'Ressources humaines et VIE', en: 'Human resources and VIE' },
  training: { fr: 'Formation', en: 'Training' },
  settling_abroad: { fr: 'Implantation à l’étranger', en: 'Settling abroad' },
};

export const PRICES = ['free', 'paid', 'cofunded'] as const;
export type Price = (typeof PRICES)[number];
export const priceLabels: Labels<Price> = {
  free: { fr: 'Gratuit', en: 'Free' },
  paid: { fr: 'Payant', en: 'Paid' },
  cofunded: { fr: 'Cofinancé', en: 'Co-funded' },
};

/** Company size, in the French categories (loi de modernisation de l'économie, 2008). */
export const COMPANY_SIZES = ['micro', 'sme', 'midcap', 'large'] as const;
export type CompanySize = (typeof COMPANY_SIZES)[number];
export const companySizeLabels: Labels<CompanySize> = {
  micro: { fr: 'TPE (moins de 10 salariés)', en: 'Micro-enterprise (fewer than 10 staff)' },
  sme: { fr: 'PME (moins de 250 salariés)', en: 'SME (fewer than 250 staff)' },
  midcap: { fr: 'ETI (moins de 5 000 salariés)', en: 'Mid-cap (fewer than 5,000 staff)' },
  large: { fr: 'Grande entreprise', en: 'Large company' },
};

/** Export maturity, as the self-assessment and the great.gov.uk triage sort companies. */
export const MATURITIES = ['new', 'occasional', 'regular'] as const;
export type Maturity = (typeof MATURITIES)[number];
export const maturityLabels: Labels<Maturity> = {
  new: { fr: 'Primo-exportateur', en: 'New exporter' },
  occasional: { fr: 'Exportateur occasionnel', en: 'Occasional exporter' },
  regular: { fr: 'Exportateur régulier', en: 'Regular exporter' },
};

export const SECTORS = [
  'agri_food',
  'wine_spirits',
  'fashion_luxury_cosmetics',
  'health',
  'energy',
  'environment_water',
  'transport_mobility',
  'aerospace_defence',
  'industry_machinery',
  'chemicals_materials',
  'construction_urban',
  'digital_tech',
  'business_services',
  'culture_creative',
  'tourism_sport',
  'education_training',
] as const;
export type Sector = (typeof SECTORS)[number];
export const sectorLabels: Labels<Sector> = {
  agri_food: { fr: 'Agriculture et agroalimentaire', en: 'Agriculture and food' },
  wine_spirits: { fr: 'Vins et spiritueux', en: 'Wines and spirits' },
  fashion_luxury_cosmetics: { fr: 'Mode, luxe et cosmétique', en: 'Fashion, luxury and cosmetics' },
  health: { fr: 'Santé', en: 'Health' },
  energy: { fr: 'Énergie', en: 'Energy' },
  environment_water: { fr: 'Environnement et eau', en: 'Environment and water' },
  transport_mobility: { fr: 'Transports et mobilité', en: 'Transport and mobility' },
  aerospace_defence: { fr: 'Aéronautique, spatial et défense', en: 'Aerospace and defence' },
  industry_machinery: { fr: 'Industrie et machines', en: 'Industry and machinery' },
  chemicals_materials: { fr: 'Chimie et matériaux', en: 'Chemicals and materials' },
  construction_urban: { fr: 'BTP et ville durable', en: 'Construction and sustainable cities' },
  digital_tech: { fr: 'Numérique et tech', en: 'Digital and tech' },
  business_services: { fr: 'Services aux entreprises', en: 'Business services' },
  culture_creative: { fr: 'Industries culturelles et créatives', en: 'Cultural and creative industries' },
  tourism_sport: { fr: 'Tourisme et sport', en: 'Tourism and sport' },
  education_training: { fr: 'Éducation et formation', en: 'Education and training' },
};

export const PROVIDER_KINDS = ['public', 'private', 'association'] as const;
export type ProviderKind = (typeof PROVIDER_KINDS)[number];
export const providerKindLabels: Labels<ProviderKind> = {
  public: { fr: 'Organisme public', en: 'Public body' },
  private: { fr: 'Opérateur privé', en: 'Private provider' },
  association: { fr: 'Association', en: 'Association' },
};

export const EVENT_TYPES = [
  'trade_fair',
  'business_delegation',
  'b2b_meetings',
  'webinar',
  'conference',
  'training',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];
export const eventTypeLabels: Labels<EventType> = {
  trade_fair: { fr: 'Salon professionnel', en: 'Trade fair' },
  business_delegation: { fr: 'Délégation d’affaires', en: 'Business delegation' },
  b2b_meetings: { fr: 'Rendez-vous d’affaires', en: 'B2B meetings' },
  webinar: { fr: 'Webinaire', en: 'Webinar' },
  conference: { fr: 'Conférence', en: 'Conference' },
  training: { fr: 'Formation', en: 'Training' },
};

/** Who a directory contact is: regional export advisers in France, the State's networks abroad, a provider's desk. */
export const CONTACT_KINDS = [
  'regional_export',
  'embassy_economic_service',
  'business_france_office',
  'cci_abroad',
  'ccef_section',
  'provider_desk',
] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];
export const contactKindLabels: Labels<ContactKind> = {
  regional_export: { fr: 'Conseillers export en région', en: 'Regional export advisers' },
  embassy_economic_service: {
    fr: 'Service économique de l’ambassade',
    en: 'Embassy economic service',
  },
  business_france_office: { fr: 'Bureau Business France', en: 'Business France office' },
  cci_abroad: { fr: 'CCI française à l’international', en: 'French chamber of commerce abroad' },
  ccef_section: {
    fr: 'Section des conseillers du commerce extérieur (CCEF)',
    en: 'Foreign trade advisers’ section (CCEF)',
  },
  provider_desk: { fr: 'Guichet d’un partenaire', en: 'Partner desk' },
};
/** The State's networks a country page lists, flagged "not known" when the directory has no contact for them. */
export const COUNTRY_NETWORK_KINDS = [
  'embassy_economic_service',
  'business_france_office',
  'cci_abroad',
  'ccef_section',
] as const satisfies readonly ContactKind[];

/** What a company asks the export hotline for. */
export const HOTLINE_NEEDS = [
  'market_information',
  'find_partners',
  'financing',
  'insurance_guarantees',
  'trade_fairs',
  'regulations_customs',
  'recruitment_vie',
  'settling_abroad',
  'other',
] as const;
export type HotlineNeed = (typeof HOTLINE_NEEDS)[number];
export const hotlineNeedLabels: Labels<HotlineNeed> = {
  market_information: { fr: 'Information sur un marché', en: 'Market information' },
  find_partners: { fr: 'Trouver des clients ou des partenaires', en: 'Find customers or partners' },
  financing: { fr: 'Financer mon projet export', en: 'Finance my export project' },
  insurance_guarantees: { fr: 'Assurance et garanties', en: 'Insurance and guarantees' },
  trade_fairs: { fr: 'Participer à un salon', en: 'Attend a trade fair' },
  regulations_customs: { fr: 'Réglementation, douane, normes', en: 'Regulations, customs, standards' },
  recruitment_vie: { fr: 'Recruter (dont VIE)', en: 'Recruit (including VIE)' },
  settling_abroad: { fr: 'M’implanter à l’étranger', en: 'Settle abroad' },
  other: { fr: 'Autre besoin', en: 'Other need' },
};

/** The six dimensions of the self-assessment (diagnostic export). */
export const ASSESSMENT_DIMENSIONS = [
  'strategy',
  'product',
  'finance',
  'people',
  'marketing',
  'legal_logistics',
] as const;
export type AssessmentDimension = (typeof ASSESSMENT_DIMENSIONS)[number];
export const assessmentDimensionLabels: Labels<AssessmentDimension> = {
  strategy: { fr: 'Stratégie et engagement', en: 'Strategy and commitment' },
  product: { fr: 'Produit et offre', en: 'Product and offer' },
  finance: { fr: 'Finances', en: 'Finance' },
  people: { fr: 'Équipe et compétences', en: 'People and skills' },
  marketing: { fr: 'Marketing et vente', en: 'Marketing and sales' },
  legal_logistics: {
    fr: 'Juridique, logistique et conformité',
    en: 'Legal, logistics and compliance',
  },
};

/** Editable portal content, as the back office and the history of changes name it. */
export const CONTENT_KINDS = ['offer', 'event', 'news', 'contact', 'country'] as const;
export type ContentKind = (typeof CONTENT_KINDS)[number];
export const CONTENT_STATUSES = ['draft', 'published', 'unpublished'] as const;
export type ContentStatus = (typeof CONTENT_STATUSES)[number];
export const REVISION_ACTIONS = ['seed', 'create', 'edit', 'publish', 'unpublish'] as const;
export type RevisionAction = (typeof REVISION_ACTIONS)[number];

/** Catalogue sort orders: relevance needs a query and falls back to title without one. */
export const OFFER_SORTS = ['relevance', 'title', 'provider', 'recent'] as const;
export type OfferSort = (typeof OFFER_SORTS)[number];
export const OFFERS_PAGE_SIZE = 20;

export const label = <K extends string>(labels: Labels<K>, key: K, lang: Lang): string => labels[key][lang];
