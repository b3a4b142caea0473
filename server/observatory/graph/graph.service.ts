// The interaction network of a period: filtered nodes, weighted edges, PageRank on the CSR kernel, the
// strongest nodes kept; and its GEXF serialisation (opens in Gephi).
import { type Kysely, sql } from 'kysely';
import type { InteractionGraph } from '../../../common/schemas/observatory.ts';
import { buildCsr } from '../../analytics/csr.ts';
import { pagerank } from '../../analytics/pagerank.ts';
import type { DB, WindowKind } from '../../db/schema.ts';
import { periodEnding } from '../scoring/index.ts';
import { PAGERANK_TOLERANCE } from '../scoring/scoring.service.ts';

export interface GraphFilter {
  window: WindowKind;
  periodEnd: string | null;
  country?: string | undefined;
  type?: string | undefined;
  minWeight: number;
  limit: number;
  registered: boolean;
}

interface EdgeRow {
  source: number;
  target: number;
  mentions: number;
  replies: number;
  reposts: number;
  quotes: number;
}
interface NodeRow {
  id: number;
  handle: string | null;
  display_name: string | null;
  network: InteractionGraph['nodes'][number]['network'];
  country: string | null;
  type: InteractionGraph['nodes'][number]['type'];
  name_fr: string | null;
  index: number | null;
}

export async function interactionGraph(db: Kysely<DB>, f: GraphFilter): Promise<InteractionGraph> {
  if (!f.periodEnd) return { window: f.window, nodes: [], edges: [], totalNodes: 0, truncated: false };
  const period = periodEnding(f.window, f.periodEnd);
  const nodeFilter = sql.join(
    [
      f.registered ? sql`a.actor_id IS NOT NULL` : sql`true`,
      f.country ? sql`ac.country = ${f.country}` : sql`true`,
      f.type ? sql`ac.type = ${f.type}` : sql`true`,
    ],
    sql` AND `,
  );
  // Both ends must pass the filters: the network of the selected accounts among themselves.
  const edges = await sql<EdgeRow>`
    WITH nodes AS (
      SELECT a.id FROM obs_accounts a LEFT JOIN obs_actors ac ON ac.id = a.actor_id WHERE ${nodeFilter}
    )
    SELECT i.account_id AS source, i.target_id AS target,
      count(DISTINCT i.network_post_id) FILTER (WHERE i.kind = 'mention')::int AS mentions,
      count(DISTINCT i.network_post_id) FILTER (WHERE i.kind = 'reply')::int AS replies,
      count(DISTINCT i.network_post_id) FILTER (WHERE i.kind = 'repost')::int AS reposts,
      count(DISTINCT i.network_post_id) FILTER (WHERE i.kind = 'quote')::int AS quotes
    FROM obs_interactions i
    JOIN nodes s ON s.id = i.account_id
    JOIN nodes t ON t.id = i.target_id
    WHERE i.occurred_at >= ${`${period.start}T00:00:00Z`}::timestamptz
      AND i.occurred_at < ${`${period.endExclusive}T00:00:00Z`}::timestamptz
    GROUP BY i.account_id, i.target_id`.execute(db);
  const kept = edges.rows.filter((e) => e.mentions + e.replies + e.reposts + e.quotes >= f.minWeight);

  const index = new Map<number, number>();
  const ids: number[] = [];
  const node = (id: number) => {
    let i = index.get(id);
    if (i === undefined) {
      i = ids.length;
      index.set(id, i);
      ids.push(id);
    }
    return i;
  };
  const src = kept.map((e) => node(e.source));
  const dst = kept.map((e) => node(e.target));
  const weights = kept.map((e) => e.mentions + e.replies + e.reposts + e.quotes);
  const pr =
    ids.length > 0
      ? pagerank(buildCsr(ids.length, src, dst, weights), { tolerance: PAGERANK_TOLERANCE }).scores
      : new Float64Array(0);

  // The strongest nodes by PageRank; ties by id for a stable cut.
  const order = ids
    .map((_, i) => i)
    .sort((a, b) => (pr[b] as number) - (pr[a] as number) || (ids[a] as number) - (ids[b] as number));
  const chosen = order.slice(0, f.limit);
  const chosenIds = chosen.map((i) => ids[i] as number);
  const inGraph = new Set(chosenIds);
  const details = chosenIds.length
    ? await sql<NodeRow>`
        SELECT a.id, a.handle, a.display_name, a.network, ac.country, ac.type, ac.name_fr, s.index
        FROM obs_accounts a LEFT JOIN obs_actors ac ON ac.id = a.actor_id
        LEFT JOIN obs_account_scores s ON s.account_id = a.id AND s.window_kind = ${f.window} AND s.period_end = ${f.periodEnd}::date
        WHERE a.id = ANY(${chosenIds}::bigint[])`.execute(db)
    : { rows: [] };
  const byId = new Map(details.rows.map((r) => [r.id, r]));
  return {
    window: f.window,
    totalNodes: ids.length,
    truncated: ids.length > chosen.length,
    nodes: chosen.map((i) => {
      const id = ids[i] as number;
      const d = byId.get(id);
      return {
        id,
        label: d?.handle ? `@${d.handle}` : (d?.display_name ?? d?.name_fr ?? String(id)),
        country: d?.country ?? null,
        type: d?.type ?? null,
        network: d?.network ?? 'x',
        index: d?.index === null || d?.index === undefined ? null : Math.round(d.index * 100) / 100,
        pagerank: pr[i] as number,
      };
    }),
    edges: kept
      .filter((e) => inGraph.has(e.source) && inGraph.has(e.target))
      .map((e) => ({ ...e, weight: e.mentions + e.replies + e.reposts + e.quotes })),
  };
}

const xml = (s: string) =>
  s
    .replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] as string)
    // Characters XML 1.0 forbids (control characters) are dropped.
    // biome-ignore lint/suspicious/noControlCharactersInRegex: that is the point
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');

/** GEXF 1.3: nodes with country, type, network, index and PageRank; directed weighted edges with kind counts. */
export function toGexf(graph: InteractionGraph, meta: { periodEnd: string | null; generatedAt: Date }): string {
  const out: string[] = [];
  out.push('<?xml version="1.0" encoding="UTF-8"?>');
  out.push('<gexf xmlns="http://gexf.net/1.3" version="1.3">');
  out.push(`  <meta lastmodifieddate="${meta.generatedAt.toISOString().slice(0, 10)}">`);
  out.push('    <creator>Diplomatie observatory</creator>');
  out.push(
    `    <description>Interaction network (mentions, replies, reposts, quotes), window ${graph.window}, period ending ${meta.periodEnd ?? 'n/a'}</description>`,
  );
  out.push('  </meta>');
  out.push('  <graph defaultedgetype="directed" mode="static">');
  out.push('    <attributes class="node">');
  out.push('      <attribute id="country" title="country" type="string"/>');
  out.push('      <attribute id="type" title="actor type" type="string"/>');
  out.push('      <attribute id="network" title="network" type="string"/>');
  out.push('      <attribute id="index" title="influence index" type="double"/>');
  out.push('      <attribute id="pagerank" title="pagerank" type="double"/>');
  out.push('    </attributes>');
  out.push('    <attributes class="edge">');
  for (const k of ['mentions', 'replies', 'reposts', 'quotes'])
    out.push(`      <attribute id="${k}" title="${k}" type="integer"/>`);
  out.push('    </attributes>');
  out.push('    <nodes>');
  for (const n of graph.nodes) {
    out.push(`      <node id="${n.id}" label="${xml(n.label)}">`);
    out.push('        <attvalues>');
    out.push(`          <attvalue for="country" value="${n.country ?? ''}"/>`);
    out.push(`          <attvalue for="type" value="${n.type ?? ''}"/>`);
    out.push(`          <attvalue for="network" value="${n.network}"/>`);
    if (n.index !== null) out.push(`          <attvalue for="index" value="${n.index}"/>`);
    out.push(`          <attvalue for="pagerank" value="${n.pagerank}"/>`);
    out.push('        </attvalues>');
    out.push('      </node>');
  }
  out.push('    </nodes>');
  out.push('    <edges>');
  graph.edges.forEach((e, i) => {
    out.push(`      <edge id="${i}" source="${e.source}" target="${e.target}" weight="${e.weight}">`);
    out.push(
      `        <attvalues><attvalue for="mentions" value="${e.mentions}"/><attvalue for="replies" value="${e.replies}"/><attvalue for="reposts" value="${e.reposts}"/><attvalue for="quotes" value="${e.quotes}"/></attvalues>`,
    );
    out.push('      </edge>');
  });
  out.push('    </edges>');
  out.push('  </graph>');
  out.push('</gexf>');
  return `${out.join('\n')}\n`;
}
