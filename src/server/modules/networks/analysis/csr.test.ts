// The graph builder: rows, merged parallel links, kept direction, rejected bad input.

import { describe, expect, it } from 'vitest';
import { buildCsrGraph, nodeIndexer } from './csr';

const ids = ['ana', 'budi', 'chai', 'dewi'];

describe('building the network graph', () => {
  it('lists each person’s connections in both directions', () => {
    const graph = buildCsrGraph(ids, [
      { source: 0, target: 1 },
      { source: 1, target: 2 },
    ]);
    const row = (v: number) => [...graph.targets.subarray(graph.offsets[v], graph.offsets[v + 1])].sort();
    expect(row(0)).toEqual([1]);
    expect(row(1)).toEqual([0, 2]);
    expect(row(3)).toEqual([]);
    expect(graph.edgeCount).toBe(2);
  });

  it('counts two links between the same people as one connection with their weights summed', () => {
    const graph = buildCsrGraph(ids, [
      { source: 0, target: 1, weight: 2 },
      { source: 1, target: 0, weight: 3 },
      { source: 2, target: 2 },
    ]);
    expect(graph.edgeCount).toBe(1);
    expect([...graph.weights]).toEqual([5, 5]);
    expect(graph.totalWeight).toBe(5);
  });

  it('keeps direction for who-links-to-whom measures', () => {
    const graph = buildCsrGraph(ids, [
      { source: 0, target: 1 },
      { source: 0, target: 2 },
      { source: 3, target: 0 },
    ]);
    expect([...graph.out.targets.subarray(graph.out.offsets[0], graph.out.offsets[1])]).toEqual([1, 2]);
    expect([...graph.in.targets.subarray(graph.in.offsets[0], graph.in.offsets[1])]).toEqual([3]);
  });

  it('refuses links to people outside the list and non-positive weights', () => {
    expect(() => buildCsrGraph(ids, [{ source: 0, target: 4 }])).toThrow(RangeError);
    expect(() => buildCsrGraph(ids, [{ source: 0, target: 1, weight: 0 }])).toThrow(RangeError);
  });

  it('finds people by id', () => {
    const indexOf = nodeIndexer(buildCsrGraph(ids, []));
    expect(indexOf('chai')).toBe(2);
    expect(() => indexOf('eko')).toThrow(RangeError);
  });
});
