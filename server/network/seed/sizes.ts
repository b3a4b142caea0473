// The sizes of a generated network. `small` is hand-written (small.ts, attached to the demo accounts, for
// `npm start` and the browser tests); `demo` and `large` are generated (generic.ts): `large` is the benchmarks'
// network of issue 5 (30,000 members, 300 communities, 2,000 deal rooms, 1,000,000 posts).

export interface NetworkSizeSpec {
  name: string;
  /** Public agents: the ministry, its embassies and the public bodies of Team France Export. */
  agents: number;
  /** Outside individuals in associations and foreign bodies (advisers, chambers, investment agencies). */
  partners: number;
  companyMembers: number;
  companies: number;
  /** Embassies (diplomatic posts), one country each. */
  embassies: number;
  /** Communities (country, sector, theme). */
  communities: number;
  dealRooms: number;
  posts: number;
  /** Share of the posts written in deal rooms (the rest in communities). */
  roomPostShare: number;
  commentsPerPost: number;
  reactionsPerPost: number;
  requests: number;
  conversations: number;
  /** The posts span this many days, up to now. */
  days: number;
}

export type NetworkSizeName = 'small' | 'demo' | 'large';
export const NETWORK_SIZE_NAMES: readonly NetworkSizeName[] = ['small', 'demo', 'large'];

export const NETWORK_SIZES: Readonly<Record<Exclude<NetworkSizeName, 'small'>, NetworkSizeSpec>> = {
  demo: {
    name: 'demo',
    agents: 1_500,
    partners: 750,
    companyMembers: 750,
    companies: 250,
    embassies: 60,
    communities: 60,
    dealRooms: 200,
    posts: 50_000,
    roomPostShare: 0.15,
    commentsPerPost: 0.25,
    reactionsPerPost: 0.5,
    requests: 300,
    conversations: 200,
    days: 365,
  },
  large: {
    name: 'large',
    agents: 15_000,
    partners: 7_500,
    companyMembers: 7_500,
    companies: 2_500,
    embassies: 160,
    communities: 300,
    dealRooms: 2_000,
    posts: 1_000_000,
    roomPostShare: 0.15,
    commentsPerPost: 0.25,
    reactionsPerPost: 0.5,
    requests: 3_000,
    conversations: 2_000,
    days: 365,
  },
};

export const isNetworkSizeName = (value: string): value is NetworkSizeName =>
  (NETWORK_SIZE_NAMES as readonly string[]).includes(value);
