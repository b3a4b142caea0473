// The observatory's closed vocabularies, free of TypeBox so the web app can import them without the schema library.
export const NETWORKS = ['x', 'mastodon', 'bluesky', 'facebook', 'instagram', 'youtube', 'linkedin'] as const;
export const ACTOR_TYPES = [
  'head_of_state_or_government',
  'foreign_ministry',
  'minister',
  'embassy',
  'consulate',
  'permanent_mission',
  'ambassador',
  'diplomat',
  'international_organisation',
] as const;
export const WINDOWS = ['day', 'week', 'month', '30d'] as const;
export const POST_KINDS = ['original', 'reply', 'repost', 'quote'] as const;
export const FACTORS = ['audience', 'activity', 'engagement', 'amplification', 'dialogue', 'centrality'] as const;
export const IMPORT_KINDS = [
  'minet-csv',
  'minet-bluesky-csv',
  'x-v2-jsonl',
  'mastodon-outbox',
  'missions-wikidata',
] as const;
export const ACCOUNT_SORTS = ['index', 'followers', 'growth', 'posts', 'engagement', 'dialogue', 'name'] as const;
