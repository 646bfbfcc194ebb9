// Shortest chains and N-hop neighbourhoods, with and without a mask of allowed people.

import { describe, expect, it } from 'vitest';
import { networkOf, pathOfFive, twoCliquesWithBridge } from './known-networks';
import { hopDistances, neighbourhood, shortestPath } from './paths';

describe('shortest path', () => {
  it('returns the chain of people from one to the other', () => {
    expect(shortestPath(pathOfFive(), 0, 4)).toEqual([0, 1, 2, 3, 4]);
    expect(shortestPath(twoCliquesWithBridge(), 1, 8)).toEqual([1, 4, 5, 8]);
    expect(shortestPath(pathOfFive(), 2, 2)).toEqual([2]);
  });

  it('returns null when no chain links them', () => {
    expect(
      shortestPath(
        networkOf(4, [
          [0, 1],
          [2, 3],
        ]),
        0,
        3,
      ),
    ).toBeNull();
  });

  it('goes around people outside the allowed mask, or fails if it cannot', () => {
    // Square 0-1-2-3-0: with 1 excluded, 0 reaches 2 through 3.
    const square = networkOf(4, [
      [0, 1],
      [1, 2],
      [2, 3],
      [3, 0],
    ]);
    expect(shortestPath(square, 0, 2, { allowed: Uint8Array.from([1, 0, 1, 1]) })).toEqual([0, 3, 2]);
    const withoutBridge = Uint8Array.from([1, 1, 1, 1, 0, 1, 1, 1, 1, 1]);
    expect(shortestPath(twoCliquesWithBridge(), 0, 9, { allowed: withoutBridge })).toBeNull();
    expect(shortestPath(square, 1, 2, { allowed: Uint8Array.from([1, 0, 1, 1]) })).toBeNull();
  });
});

describe('neighbourhood', () => {
  it('lists everyone within N hops with their distance', () => {
    const result = neighbourhood(pathOfFive(), 2, { hops: 1 });
    expect([...result.nodes].sort()).toEqual([1, 2, 3]);
    expect(result.nodes[0]).toBe(2);
    expect(result.hops[0]).toBe(0);
    const two = neighbourhood(twoCliquesWithBridge(), 0, { hops: 2 });
    expect([...two.nodes].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(two.hops[two.nodes.indexOf(5)]).toBe(2);
  });

  it('does not pass through people outside the mask', () => {
    const allowed = Uint8Array.from([1, 1, 0, 1, 1]);
    expect([...neighbourhood(pathOfFive(), 0, { hops: 4, allowed }).nodes]).toEqual([0, 1]);
    expect(neighbourhood(pathOfFive(), 2, { hops: 4, allowed }).nodes.length).toBe(0);
  });

  it('gives hop distances to everyone, -1 where unreachable', () => {
    expect([
      ...hopDistances(
        networkOf(5, [
          [0, 1],
          [1, 2],
          [3, 4],
        ]),
        0,
      ),
    ]).toEqual([0, 1, 2, -1, -1]);
  });
});
