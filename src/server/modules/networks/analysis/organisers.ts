// Likely organisers of a network, ranked, each with the plain reasons an analyst can check.

import { communitiesTouched } from './brokers';
import { betweenness as exactBetweenness, pageRank, sampledBetweenness } from './centrality';
import { louvain } from './communities';
import type { CsrGraph } from './csr';

/** A link with the role it records: `source` leads / recruits / finances `target`. */
export interface RoleLink {
  source: number;
  target: number;
  role: string;
}

/** Roles that point to organising someone else, with how much each counts. */
export const organisingRoles: Readonly<Record<string, number>> = {
  leads: 1,
  organises: 1,
  directs: 1,
  commands: 1,
  recruits: 0.8,
  finances: 0.8,
  controls: 0.8,
  employs: 0.6,
  pays: 0.6,
};

export interface OrganiserOptions {
  /** The links the caller may see, with their roles. Links of other roles are ignored. */
  roleLinks?: readonly RoleLink[];
  roles?: Readonly<Record<string, number>>;
  /** Precomputed measures; computed here when absent. */
  pageRank?: Float64Array;
  betweenness?: Float64Array;
  communities?: Int32Array;
  /** Networks up to this size get exact betweenness, larger ones a 500-pivot estimate. */
  exactBetweennessUpTo?: number;
  seed?: number;
  limit?: number;
}

export interface OrganiserCandidate {
  node: number;
  id: string;
  /** 0..1, higher is more likely an organiser. */
  score: number;
  pageRank: number;
  betweenness: number;
  communitiesBridged: number;
  /** Distinct people reached through each organising role. */
  roleCounts: Record<string, number>;
  reasons: OrganiserReason[];
}

/**
 * Why a node ranks where it does, coded with its figures so that the app says it in the reader's language:
 * `role` (leads 4 people), `highest` (highest betweenness in the network), `top` (top 5% PageRank), `bridges`.
 * `text` is the same reason in English, for logs and API clients that do not translate.
 */
export type OrganiserReason =
  | { code: 'role'; params: { role: string; count: number }; text: string }
  | { code: 'highest'; params: { measure: Measure }; text: string }
  | { code: 'top'; params: { measure: Measure; percent: number }; text: string }
  | { code: 'bridges'; params: { count: number }; text: string };

export type Measure = 'betweenness' | 'pageRank';
const measureName: Record<Measure, string> = { betweenness: 'betweenness', pageRank: 'PageRank' };

const weightOf = { roles: 0.35, pageRank: 0.25, betweenness: 0.25, bridging: 0.15 };

/**
 * Ranks nodes by a blend of PageRank, betweenness, organising roles and community bridging.
 * Sees only what the caller passes: the graph and links already filtered by the access rules.
 */
export function rankOrganisers(graph: CsrGraph, options: OrganiserOptions = {}): OrganiserCandidate[] {
  const n = graph.nodeCount;
  if (n === 0) return [];
  const seed = options.seed ?? 1;
  const ranks = options.pageRank ?? pageRank(graph).scores;
  const between =
    options.betweenness ?? (n <= (options.exactBetweennessUpTo ?? 5000) ? exactBetweenness(graph) : sampledBetweenness(graph, { pivots: 500, seed }));
  const communities = options.communities ?? louvain(graph, { seed }).communities;
  const roleCounts = countOrganisingLinks(n, options.roleLinks ?? [], options.roles ?? organisingRoles);
  const roleWeights = options.roles ?? organisingRoles;

  const roleScore = new Float64Array(n);
  let highestRoleScore = 0;
  for (const [node, counts] of roleCounts) {
    for (const [role, count] of Object.entries(counts)) roleScore[node] += roleWeights[role] * count;
    highestRoleScore = Math.max(highestRoleScore, roleScore[node]);
  }
  const bridged = new Int32Array(n);
  let widest = 1;
  for (let v = 0; v < n; v++) {
    bridged[v] = communitiesTouched(graph, communities, v).length;
    widest = Math.max(widest, bridged[v]);
  }
  const pageRankRank = rankDescending(ranks);
  const betweennessRank = rankDescending(between);

  const candidates: OrganiserCandidate[] = [];
  for (let v = 0; v < n; v++) {
    const score =
      weightOf.roles * (highestRoleScore > 0 ? roleScore[v] / highestRoleScore : 0) +
      weightOf.pageRank * percentile(pageRankRank[v], n, ranks[v]) +
      weightOf.betweenness * percentile(betweennessRank[v], n, between[v]) +
      weightOf.bridging * (widest > 1 ? (bridged[v] - 1) / (widest - 1) : 0);
    if (score <= 0) continue;
    const counts = roleCounts.get(v) ?? {};
    const reasons = [
      ...Object.entries(counts)
        .sort((a, b) => roleWeights[b[0]] * b[1] - roleWeights[a[0]] * a[1] || a[0].localeCompare(b[0]))
        .map(([role, count]): OrganiserReason => ({ code: 'role', params: { role, count }, text: `${role} ${count} ${count === 1 ? 'person' : 'people'}` })),
      standing('betweenness', betweennessRank[v], n, between[v]),
      standing('pageRank', pageRankRank[v], n, ranks[v]),
      bridged[v] >= 2 ? ({ code: 'bridges', params: { count: bridged[v] }, text: `bridges ${bridged[v]} communities` } as const) : null,
    ].filter((reason): reason is OrganiserReason => reason !== null);
    candidates.push({
      node: v,
      id: graph.nodeIds[v],
      score,
      pageRank: ranks[v],
      betweenness: between[v],
      communitiesBridged: bridged[v],
      roleCounts: counts,
      reasons,
    });
  }
  candidates.sort((a, b) => b.score - a.score || a.node - b.node);
  return candidates.slice(0, options.limit ?? 20);
}

/** Distinct targets per organising role for each source node. */
function countOrganisingLinks(n: number, links: readonly RoleLink[], roles: Readonly<Record<string, number>>) {
  const targetsByRole = new Map<number, Map<string, Set<number>>>();
  for (const link of links) {
    const role = link.role.trim().toLowerCase();
    if (!(roles[role] > 0) || link.source === link.target) continue;
    if (!(link.source >= 0 && link.source < n && link.target >= 0 && link.target < n)) {
      throw new RangeError(`role link ${link.source} -> ${link.target} refers to a node outside the network`);
    }
    let byRole = targetsByRole.get(link.source);
    if (!byRole) targetsByRole.set(link.source, (byRole = new Map()));
    let targets = byRole.get(role);
    if (!targets) byRole.set(role, (targets = new Set()));
    targets.add(link.target);
  }
  const counts = new Map<number, Record<string, number>>();
  for (const [node, byRole] of targetsByRole) {
    counts.set(node, Object.fromEntries([...byRole].map(([role, targets]) => [role, targets.size])));
  }
  return counts;
}

/** Rank 1 = highest; ties share the better rank. */
function rankDescending(values: Float64Array): Int32Array {
  const order = Int32Array.from({ length: values.length }, (_, i) => i).sort((a, b) => values[b] - values[a]);
  const rank = new Int32Array(values.length);
  for (let k = 0; k < order.length; k++) {
    const v = order[k];
    rank[v] = k > 0 && values[order[k - 1]] === values[v] ? rank[order[k - 1]] : k + 1;
  }
  return rank;
}

function percentile(rank: number, n: number, value: number): number {
  return value > 0 ? 1 - (rank - 1) / n : 0;
}

const topShares = [1, 5, 10];

function standing(measure: Measure, rank: number, n: number, value: number): OrganiserReason | null {
  if (!(value > 0)) return null;
  if (rank === 1) return { code: 'highest', params: { measure }, text: `highest ${measureName[measure]} in the network` };
  const share = topShares.find((percent) => rank <= (n * percent) / 100);
  return share === undefined ? null : { code: 'top', params: { measure, percent: share }, text: `top ${share}% ${measureName[measure]}` };
}
