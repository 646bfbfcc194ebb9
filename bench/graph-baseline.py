#!/usr/bin/python3
"""Baseline for bench/graph-analysis.ts: the same computations with python3-igraph or python3-networkx.

Prints one JSON object per line as each computation finishes (so a caller that stops a slow
library still has the figures so far): {"computation", "ms", "runs_ms", ...}. Timings are
in-process, median of the given number of runs, graph loading excluded.
"""
import argparse
import json
import statistics
import sys
import time


def emit(record):
    print(json.dumps(record), flush=True)


def timed(runs, compute):
    times, result = [], None
    for _ in range(runs):
        started = time.perf_counter()
        result = compute()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), times, result


def read_edges(path):
    edges = []
    with open(path) as f:
        for line in f:
            a, b = line.split()
            edges.append((int(a), int(b)))
    return edges


def run_igraph(args, plan):
    import igraph

    emit({"computation": "version", "version": igraph.__version__})
    edges = read_edges(args.edges)
    ms, times, g = timed(args.runs, lambda: igraph.Graph(n=plan["nodes"], edges=edges))
    emit({"computation": "build", "ms": ms, "runs_ms": times})
    ms, times, pr = timed(args.runs, lambda: g.pagerank(damping=0.85))
    emit({"computation": "pagerank", "ms": ms, "runs_ms": times, "at_sources": [pr[s] for s in plan["sources"]]})
    sources = plan["sources"]
    ms, times, _ = timed(args.runs, lambda: [g.bfs(s) for s in sources])
    emit({"computation": "bfs", "ms": ms, "runs_ms": times})
    ms, times, close = timed(args.runs, lambda: g.closeness(vertices=sources))
    emit({"computation": "closeness", "ms": ms, "runs_ms": times, "values": close})
    ms, times, parts = timed(args.runs, lambda: g.community_multilevel())
    emit({"computation": "louvain", "ms": ms, "runs_ms": times, "modularity": parts.modularity,
          "communities": len(parts)})
    small = igraph.Graph(n=plan["small_nodes"], edges=read_edges(args.small_edges))
    ms, times, between = timed(args.runs, lambda: small.betweenness(directed=False))
    emit({"computation": "betweenness_exact", "ms": ms, "runs_ms": times, "values": between})


def run_networkx(args, plan):
    import networkx as nx

    emit({"computation": "version", "version": nx.__version__})
    edges = read_edges(args.edges)

    def build():
        g = nx.Graph()
        g.add_nodes_from(range(plan["nodes"]))
        g.add_edges_from(edges)
        return g

    ms, times, g = timed(1, build)
    emit({"computation": "build", "ms": ms, "runs_ms": times})
    ms, times, pr = timed(args.runs, lambda: nx.pagerank(g, alpha=0.85))
    emit({"computation": "pagerank", "ms": ms, "runs_ms": times, "at_sources": [pr[s] for s in plan["sources"]]})
    sources = plan["sources"]
    ms, times, _ = timed(1, lambda: [nx.single_source_shortest_path_length(g, s) for s in sources])
    emit({"computation": "bfs", "ms": ms, "runs_ms": times})
    ms, times, close = timed(1, lambda: [nx.closeness_centrality(g, u=s) for s in sources])
    emit({"computation": "closeness", "ms": ms, "runs_ms": times})
    k = plan["networkx_pivots"]
    ms, times, _ = timed(1, lambda: nx.betweenness_centrality(g, k=k, normalized=False, seed=1))
    emit({"computation": "betweenness_sampled", "ms": ms, "runs_ms": times, "pivots": k})
    small = nx.Graph()
    small.add_nodes_from(range(plan["small_nodes"]))
    small.add_edges_from(read_edges(args.small_edges))
    ms, times, _ = timed(1, lambda: nx.betweenness_centrality(small, normalized=False))
    emit({"computation": "betweenness_exact", "ms": ms, "runs_ms": times})
    ms, times, parts = timed(1, lambda: nx.community.louvain_communities(g, seed=1))
    emit({"computation": "louvain", "ms": ms, "runs_ms": times,
          "modularity": nx.community.modularity(g, parts), "communities": len(parts)})


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--library", choices=["igraph", "networkx"], required=True)
    parser.add_argument("--edges", required=True, help="edge list, one 'source target' per line")
    parser.add_argument("--small-edges", required=True, help="smaller graph for exact betweenness")
    parser.add_argument("--plan", required=True, help="JSON: nodes, small_nodes, sources, networkx_pivots")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with open(args.plan) as f:
        plan = json.load(f)
    try:
        (run_igraph if args.library == "igraph" else run_networkx)(args, plan)
    except ImportError as missing:
        emit({"computation": "missing", "error": str(missing)})
        sys.exit(3)


if __name__ == "__main__":
    main()
