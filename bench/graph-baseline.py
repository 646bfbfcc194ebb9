#!/usr/bin/python3
"""Baseline for bench/graph-analysis.ts: the same computations with python3-igraph or python3-networkx.

Runs as a small server so that the bench can interleave rounds of ours and the baseline in one run:
reads one JSON command per line on stdin and answers one JSON line on stdout.
  {"op": "load", "edges": PATH, "nodes": N, "name": "big"}      -> {"ok": true, "version": ...}
  {"op": "run", "computation": C, "graph": "big", "sources": [...], "pivots": K}
      -> {"ms": ..., plus the figures the bench checks ours against}
Timings are in-process (time.perf_counter), graph loading excluded.
"""
import json
import sys
import time


def read_edges(path):
    edges = []
    with open(path) as f:
        for line in f:
            a, b = line.split()
            edges.append((int(a), int(b)))
    return edges


class Igraph:
    def __init__(self):
        import igraph
        self.lib = igraph
        self.version = igraph.__version__

    def load(self, edges, nodes):
        return self.lib.Graph(n=nodes, edges=edges)

    def run(self, g, cmd):
        c, sources = cmd["computation"], cmd.get("sources", [])
        if c == "pagerank":
            pr = g.pagerank(damping=0.85)
            return {"at_sources": [pr[s] for s in sources]}
        if c == "bfs":
            for s in sources:
                g.bfs(s)
            return {}
        if c == "closeness":
            return {"values": g.closeness(vertices=sources)}
        if c == "louvain":
            parts = g.community_multilevel()
            return {"modularity": parts.modularity, "communities": len(parts)}
        if c == "betweenness_exact":
            return {"values": g.betweenness(directed=False)}
        if c == "betweenness_sampled":
            # igraph 0.10 has no pivot sampling; the nearest thing it offers is a cutoff, which is a
            # different measure, so the bench leaves this row without an igraph figure.
            return {"unsupported": True}
        raise ValueError(f"unknown computation {c}")


class Networkx:
    def __init__(self):
        import networkx
        self.lib = networkx
        self.version = networkx.__version__

    def load(self, edges, nodes):
        g = self.lib.Graph()
        g.add_nodes_from(range(nodes))
        g.add_edges_from(edges)
        return g

    def run(self, g, cmd):
        nx, c, sources = self.lib, cmd["computation"], cmd.get("sources", [])
        if c == "pagerank":
            pr = nx.pagerank(g, alpha=0.85)
            return {"at_sources": [pr[s] for s in sources]}
        if c == "bfs":
            for s in sources:
                nx.single_source_shortest_path_length(g, s)
            return {}
        if c == "closeness":
            return {"values": [nx.closeness_centrality(g, u=s) for s in sources]}
        if c == "louvain":
            parts = nx.community.louvain_communities(g, seed=1)
            return {"modularity": nx.community.modularity(g, parts), "communities": len(parts)}
        if c == "betweenness_exact":
            nx.betweenness_centrality(g, normalized=False)
            return {}
        if c == "betweenness_sampled":
            nx.betweenness_centrality(g, k=cmd["pivots"], normalized=False, seed=1)
            return {}
        raise ValueError(f"unknown computation {c}")


def main():
    library = sys.argv[sys.argv.index("--library") + 1] if "--library" in sys.argv else "igraph"
    try:
        lib = Igraph() if library == "igraph" else Networkx()
    except ImportError as missing:
        print(json.dumps({"error": f"python module missing: {missing}"}), flush=True)
        return
    graphs = {}
    for line in sys.stdin:
        cmd = json.loads(line)
        try:
            if cmd["op"] == "load":
                graphs[cmd["name"]] = lib.load(read_edges(cmd["edges"]), cmd["nodes"])
                answer = {"ok": True, "version": lib.version}
            else:
                started = time.perf_counter()
                cpu_started = time.process_time()
                answer = lib.run(graphs[cmd["graph"]], cmd)
                answer["cpu_ms"] = (time.process_time() - cpu_started) * 1000
                answer["ms"] = (time.perf_counter() - started) * 1000
        except Exception as error:  # the bench reports it beside the row
            answer = {"error": str(error)}
        print(json.dumps(answer), flush=True)


if __name__ == "__main__":
    main()
