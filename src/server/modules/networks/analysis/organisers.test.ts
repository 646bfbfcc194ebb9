// Brokers between communities and the ranked list of likely organisers with their reasons.

import { describe, expect, it } from 'vitest';
import { findBrokers } from './brokers';
import { betweenness } from './centrality';
import { louvain } from './communities';
import { networkOf, twoCliquesWithBridge } from './known-networks';
import { type RoleLink, rankOrganisers } from './organisers';

describe('brokers', () => {
  it('names the two ends of the bridge between the cliques, and no one else', () => {
    const graph = twoCliquesWithBridge();
    const { communities } = louvain(graph);
    const brokers = findBrokers(graph, communities, betweenness(graph));
    expect(brokers.map((b) => b.node).sort()).toEqual([4, 5]);
    expect(brokers[0].communitiesBridged).toBe(2);
    expect(brokers[0].betweenness).toBe(20);
  });
});

describe('likely organisers', () => {
  // A hub (0) who leads four people in one cell and finances a second cell reached through 5.
  const cellA: [number, number][] = [
    [0, 1],
    [0, 2],
    [0, 3],
    [0, 4],
    [1, 2],
    [3, 4],
  ];
  const cellB: [number, number][] = [
    [5, 6],
    [5, 7],
    [6, 7],
    [7, 8],
    [6, 8],
  ];
  const graph = networkOf(9, [...cellA, ...cellB, [0, 5]]);
  const roleLinks: RoleLink[] = [
    { source: 0, target: 1, role: 'leads' },
    { source: 0, target: 2, role: 'leads' },
    { source: 0, target: 3, role: 'Leads' },
    { source: 0, target: 4, role: 'leads' },
    { source: 0, target: 4, role: 'leads' },
    { source: 0, target: 5, role: 'finances' },
    { source: 6, target: 7, role: 'drives' },
  ];

  it('ranks the hub first and says why', () => {
    const ranked = rankOrganisers(graph, { roleLinks });
    expect(ranked[0].id).toBe('p0');
    expect(ranked[0].reasons.map((r) => r.text)).toEqual([
      'leads 4 people',
      'finances 1 person',
      'highest betweenness in the network',
      'highest PageRank in the network',
      'bridges 2 communities',
    ]);
    expect(ranked[0].reasons.map((r) => [r.code, r.params])).toEqual([
      ['role', { role: 'leads', count: 4 }],
      ['role', { role: 'finances', count: 1 }],
      ['highest', { measure: 'betweenness' }],
      ['highest', { measure: 'pageRank' }],
      ['bridges', { count: 2 }],
    ]);
    expect(ranked[0].roleCounts).toEqual({ leads: 4, finances: 1 });
    for (let i = 1; i < ranked.length; i++) expect(ranked[i].score).toBeLessThanOrEqual(ranked[i - 1].score);
  });

  it('ignores roles that do not organise anyone', () => {
    const driver = rankOrganisers(graph, { roleLinks }).find((c) => c.id === 'p6');
    expect(driver?.roleCounts).toEqual({});
    expect(driver?.reasons.some((r) => r.code === 'role' && r.params.role === 'drives')).toBe(false);
  });

  it('works from structure alone when no roles are given', () => {
    const ranked = rankOrganisers(twoCliquesWithBridge(), { limit: 2 });
    expect(ranked.map((c) => c.node).sort()).toEqual([4, 5]);
    expect(ranked[0].reasons).toContainEqual({ code: 'bridges', params: { count: 2 }, text: 'bridges 2 communities' });
  });
});
