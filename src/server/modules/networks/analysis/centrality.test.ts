// Centrality figures on small networks, checked against values igraph and networkx give.

import { describe, expect, it } from 'vitest';
import { betweenness, closeness, degree, outDegree, pageRank, sampledBetweenness } from './centrality';
import { networkOf, pathOfFive, starOfSix, twoCliquesWithBridge } from './known-networks';

const closeTo = (actual: ArrayLike<number>, expected: number[], digits = 8) => {
  expect(actual.length).toBe(expected.length);
  expected.forEach((value, i) => expect(actual[i]).toBeCloseTo(value, digits));
};

describe('degree', () => {
  it('counts distinct connections and, separately, links sent', () => {
    const graph = networkOf(3, [
      [0, 1],
      [0, 2],
      [1, 0],
    ]);
    expect([...degree(graph)]).toEqual([2, 1, 1]);
    expect([...outDegree(graph)]).toEqual([2, 1, 0]);
  });
});

describe('PageRank', () => {
  it('matches igraph and networkx on a path, a star and two joined cliques', () => {
    closeTo(pageRank(pathOfFive()).scores, [0.134527027, 0.2459459459, 0.2390540541, 0.2459459459, 0.134527027]);
    closeTo(pageRank(starOfSix()).scores, [0.472972973, 0.1054054054, 0.1054054054, 0.1054054054, 0.1054054054, 0.1054054054]);
    const cliques = pageRank(twoCliquesWithBridge()).scores;
    closeTo(cliques.subarray(3, 7), [0.0959232614, 0.1163069544, 0.1163069544, 0.0959232614]);
  });

  it('follows direction and spreads the score of people with no outgoing link', () => {
    const graph = networkOf(4, [
      [0, 1],
      [1, 2],
      [2, 0],
      [2, 3],
    ]);
    const result = pageRank(graph, { directed: true });
    expect(result.converged).toBe(true);
    closeTo(result.scores, [0.2137621541, 0.2646222887, 0.3078534031, 0.2137621541]);
  });
});

describe('betweenness', () => {
  it('counts shortest paths through each node, pairs once (igraph convention)', () => {
    expect([...betweenness(pathOfFive())]).toEqual([0, 3, 4, 3, 0]);
    expect([...betweenness(starOfSix())]).toEqual([10, 0, 0, 0, 0, 0]);
    expect([...betweenness(twoCliquesWithBridge())]).toEqual([0, 0, 0, 0, 20, 20, 0, 0, 0, 0]);
  });

  it('normalises as networkx does', () => {
    closeTo(betweenness(pathOfFive(), { normalised: true }), [0, 0.5, 2 / 3, 0.5, 0]);
    closeTo(betweenness(starOfSix(), { normalised: true }), [1, 0, 0, 0, 0, 0]);
  });

  it('splits credit between equally short routes', () => {
    // A square: 0 reaches 2 through 1 or through 3.
    expect([
      ...betweenness(
        networkOf(4, [
          [0, 1],
          [1, 2],
          [2, 3],
          [3, 0],
        ]),
      ),
    ]).toEqual([0.5, 0.5, 0.5, 0.5]);
  });

  it('with every node as a pivot, the sample equals the exact figure; a seed repeats the estimate', () => {
    const graph = twoCliquesWithBridge();
    closeTo(sampledBetweenness(graph, { pivots: 10 }), [...betweenness(graph)]);
    const a = sampledBetweenness(graph, { pivots: 3, seed: 7 });
    const b = sampledBetweenness(graph, { pivots: 3, seed: 7 });
    expect([...a]).toEqual([...b]);
  });
});

describe('closeness', () => {
  it('matches networkx on a path and two joined cliques', () => {
    closeTo(closeness(pathOfFive()), [0.4, 0.5714285714, 0.6666666667, 0.5714285714, 0.4]);
    closeTo(closeness(twoCliquesWithBridge(), { nodes: [0, 4] }), [0.5, 0.6923076923]);
  });

  it('discounts people who reach only a small fragment, unless asked for igraph’s figure', () => {
    const graph = networkOf(4, [[0, 1]]);
    closeTo(closeness(graph, { nodes: [0] }), [1 / 3]);
    closeTo(closeness(graph, { nodes: [0], scaleByReach: false }), [1]);
    closeTo(closeness(graph, { nodes: [3] }), [0]);
  });
});
