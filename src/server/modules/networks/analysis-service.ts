// Link analysis on the graph the user may see: it is filtered in SQL first, then built as CSR and measured.
import type { Actor } from '../../access/actor.js';
import { NotFound } from '../../errors.js';
import { findBrokers } from './analysis/brokers.js';
import { degree, pageRank } from './analysis/centrality.js';
import { louvain } from './analysis/communities.js';
import { buildCsrFromArrays, type CsrGraph } from './analysis/csr.js';
import { type RoleLink, rankOrganisers } from './analysis/organisers.js';
import { betweennessInParallel, sampledBetweennessInParallel } from './analysis/parallel-betweenness.js';
import { neighbourhood, shortestPath } from './analysis/paths.js';
import type { GraphFilter, NetworksStore } from './store.js';

export interface GraphNode {
  id: string;
  kind: string;
  caption: string;
  country: string | null;
  grading: string | null;
  demo: boolean;
  /** Ids of records from other reports merged into this one. */
  merged: string[];
  /** How many sanctions you may read name this entity (shown as a badge). */
  sanctions: number;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  role: string;
  startDate: string | null;
  endDate: string | null;
  grading: string | null;
  /** An ownership's percentage: the edge is drawn that much heavier. */
  weight: number | null;
}

export interface VisibleGraph {
  graph: CsrGraph;
  nodes: GraphNode[];
  edges: GraphEdge[];
  roleLinks: RoleLink[];
  indexOf: Map<string, number>;
  /** Any visible record id (merged or not) to the node it is shown as. */
  resolve(id: string): string | undefined;
}

const exactBetweennessUpTo = 5000;

/** Exact up to 5,000 nodes, a 500-pivot estimate beyond; on every core either way. */
const betweennessOf = (graph: CsrGraph) =>
  graph.nodeCount <= exactBetweennessUpTo ? betweennessInParallel(graph) : sampledBetweennessInParallel(graph, { pivots: 500, seed: 1 });

export class NetworkAnalysis {
  constructor(private readonly store: NetworksStore) {}

  async visibleGraph(actor: Actor, filter: GraphFilter = {}): Promise<VisibleGraph> {
    const rows = await this.store.visibleGraph(actor, filter);
    const present = new Set(rows.nodes.map((n) => n.id));
    const canonicalOf = new Map(rows.nodes.map((n) => [n.id, present.has(n.canonical) ? n.canonical : n.id]));
    const resolve = (id: string) => canonicalOf.get(id);
    const nodes: GraphNode[] = [];
    const indexOf = new Map<string, number>();
    for (const n of rows.nodes) {
      if (canonicalOf.get(n.id) !== n.id) continue;
      indexOf.set(n.id, nodes.length);
      nodes.push({
        id: n.id,
        kind: n.kind,
        caption: n.caption,
        country: n.country,
        grading: n.reliability || n.credibility ? `${n.reliability ?? '?'}${n.credibility ?? '?'}` : null,
        demo: n.demo,
        merged: [],
        sanctions: rows.sanctions.get(n.id) ?? 0,
      });
    }
    for (const n of rows.nodes) {
      const c = canonicalOf.get(n.id)!;
      if (c !== n.id) {
        nodes[indexOf.get(c)!].merged.push(n.id);
        nodes[indexOf.get(c)!].sanctions += rows.sanctions.get(n.id) ?? 0;
      }
    }
    const edges: GraphEdge[] = [];
    const sources: number[] = [];
    const targets: number[] = [];
    const roleLinks: RoleLink[] = [];
    for (const e of rows.edges) {
      const s = resolve(e.sourceId);
      const t = resolve(e.targetId);
      if (s === undefined || t === undefined || s === t) continue;
      const si = indexOf.get(s)!;
      const ti = indexOf.get(t)!;
      edges.push({
        id: e.id,
        source: s,
        target: t,
        role: e.role,
        startDate: e.startDate,
        endDate: e.endDate,
        grading: e.reliability || e.credibility ? `${e.reliability ?? '?'}${e.credibility ?? '?'}` : null,
        weight: e.weight,
      });
      sources.push(si);
      targets.push(ti);
      roleLinks.push({ source: si, target: ti, role: e.role });
    }
    const graph = buildCsrFromArrays(
      nodes.map((n) => n.id),
      Int32Array.from(sources),
      Int32Array.from(targets),
    );
    return { graph, nodes, edges, roleLinks, indexOf, resolve };
  }

  /** Every node with its measures: degree, betweenness, PageRank, community; and the brokers between communities. */
  async measures(actor: Actor, filter: GraphFilter = {}) {
    const view = await this.visibleGraph(actor, filter);
    const { graph } = view;
    const degrees = degree(graph);
    const between = await betweennessOf(graph);
    const ranks = pageRank(graph).scores;
    const { communities, communityCount, modularity } = louvain(graph, { seed: 1 });
    const brokers = findBrokers(graph, communities, between, { limit: 20 });
    return {
      view,
      degrees,
      betweenness: between,
      pageRank: ranks,
      communities,
      communityCount,
      modularity,
      brokers: brokers.map((b) => ({ ...view.nodes[b.node], communitiesBridged: b.communitiesBridged, betweenness: b.betweenness, score: b.score })),
    };
  }

  /** The whole visible graph with measures per node, for the graph view. */
  async graph(actor: Actor, filter: GraphFilter = {}) {
    const m = await this.measures(actor, filter);
    return {
      nodes: m.view.nodes.map((n, i) => ({ ...n, degree: m.degrees[i], betweenness: m.betweenness[i], pageRank: m.pageRank[i], community: m.communities[i] })),
      edges: m.view.edges,
      communityCount: m.communityCount,
      modularity: m.modularity,
      brokers: m.brokers,
    };
  }

  async organisers(actor: Actor, limit = 20) {
    const view = await this.visibleGraph(actor);
    const ranked = rankOrganisers(view.graph, { roleLinks: view.roleLinks, limit, betweenness: await betweennessOf(view.graph) });
    return ranked.map((c) => ({
      entity: view.nodes[c.node],
      score: c.score,
      pageRank: c.pageRank,
      betweenness: c.betweenness,
      communitiesBridged: c.communitiesBridged,
      roleCounts: c.roleCounts,
      reasons: c.reasons,
    }));
  }

  async neighbourhoodOf(actor: Actor, id: string, hops: number) {
    const view = await this.visibleGraph(actor);
    const start = view.resolve(id);
    if (start === undefined) throw new NotFound(`entity ${id}`);
    const found = neighbourhood(view.graph, view.indexOf.get(start)!, { hops });
    const inside = new Set(Array.from(found.nodes, (i) => view.nodes[i].id));
    return {
      centre: start,
      nodes: Array.from(found.nodes, (i, k) => ({ ...view.nodes[i], hops: found.hops[k] })),
      edges: view.edges.filter((e) => inside.has(e.source) && inside.has(e.target)),
    };
  }

  async path(actor: Actor, from: string, to: string) {
    const view = await this.visibleGraph(actor);
    const a = view.resolve(from);
    const b = view.resolve(to);
    if (a === undefined) throw new NotFound(`entity ${from}`);
    if (b === undefined) throw new NotFound(`entity ${to}`);
    const found = shortestPath(view.graph, view.indexOf.get(a)!, view.indexOf.get(b)!);
    if (!found) return { found: false, nodes: [], edges: [] };
    const nodes = found.map((i) => view.nodes[i]);
    const edges = nodes
      .slice(1)
      .map((n, k) => view.edges.find((e) => (e.source === nodes[k].id && e.target === n.id) || (e.target === nodes[k].id && e.source === n.id))!);
    return { found: true, nodes, edges };
  }
}
