// Benchmark of the network analysis library against python-igraph, networkx and graphology on one graph.
// Usage: npx tsx bench/graph-analysis.ts [--nodes 100000] [--edges 500000] [--networkx-seconds 600]

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import Graph from 'graphology';
import graphologyLouvain from 'graphology-communities-louvain';
import { betweenness, closeness, pageRank, sampledBetweenness } from '../src/server/modules/networks/analysis/centrality';
import { louvain, modularity } from '../src/server/modules/networks/analysis/communities';
import { buildCsrFromArrays, type CsrGraph } from '../src/server/modules/networks/analysis/csr';
import { hopDistances } from '../src/server/modules/networks/analysis/paths';
import { seededRandom } from '../src/server/modules/networks/analysis/seeded-random';
import { barabasiAlbert, type EdgeArrays } from './lib/barabasi-albert';
import { timeMedian } from './lib/timing';

const { values: flags } = parseArgs({
  options: {
    nodes: { type: 'string', default: '100000' },
    edges: { type: 'string', default: '500000' },
    'small-nodes': { type: 'string', default: '5000' },
    'small-edges': { type: 'string', default: '25000' },
    pivots: { type: 'string', default: '500' },
    searches: { type: 'string', default: '100' },
    runs: { type: 'string', default: '3' },
    seed: { type: 'string', default: '42' },
    'networkx-pivots': { type: 'string', default: '20' },
    'networkx-seconds': { type: 'string', default: '600' },
    'skip-networkx': { type: 'boolean', default: false },
  },
});
const count = (name: keyof typeof flags) => Number(flags[name]);
const runs = count('runs');
const python = '/usr/bin/python3';

interface BaselineRecord {
  computation: string;
  ms?: number;
  version?: string;
  error?: string;
  modularity?: number;
  communities?: number;
  pivots?: number;
  at_sources?: number[];
  values?: number[];
}

function writeEdgeList(path: string, edges: EdgeArrays): void {
  const lines: string[] = [];
  for (let e = 0; e < edges.sources.length; e++) lines.push(`${edges.sources[e]} ${edges.targets[e]}`);
  writeFileSync(path, lines.join('\n') + '\n');
}

function toGraph(edges: EdgeArrays): CsrGraph {
  return buildCsrFromArrays(Array.from({ length: edges.nodeCount }, (_, i) => String(i)), edges.sources, edges.targets);
}

function runBaseline(library: 'igraph' | 'networkx', args: string[], seconds: number) {
  const started = Date.now();
  const run = spawnSync(python, [join(import.meta.dirname, 'graph-baseline.py'), '--library', library, ...args], {
    encoding: 'utf8',
    timeout: seconds * 1000,
    maxBuffer: 256 * 1024 * 1024,
  });
  const records = new Map<string, BaselineRecord>();
  for (const line of (run.stdout ?? '').split('\n')) {
    if (line.trim().startsWith('{')) {
      const record = JSON.parse(line) as BaselineRecord;
      records.set(record.computation, record);
    }
  }
  const timedOut = run.error !== undefined && (run.error as NodeJS.ErrnoException).code === 'ETIMEDOUT';
  let problem: string | undefined;
  if (run.error && !timedOut) problem = `could not run ${python}: ${run.error.message}`;
  else if (records.has('missing')) problem = `python module missing: ${records.get('missing')?.error}`;
  else if (timedOut) problem = `stopped after ${seconds} s; computations not reached are left blank`;
  else if (run.status !== 0) problem = `exited with ${run.status}: ${run.stderr.trim().split('\n').slice(-1)[0]}`;
  return { records, problem, seconds: (Date.now() - started) / 1000 };
}

const nodes = count('nodes');
const edgeCount = count('edges');
const smallNodes = count('small-nodes');
const seed = count('seed');
console.log(`Generating Barabasi-Albert graphs (seed ${seed}): ${nodes} nodes / ${edgeCount} edges, and ${smallNodes} / ${count('small-edges')} for exact betweenness`);
const bigEdges = barabasiAlbert(nodes, edgeCount, seed);
const smallEdges = barabasiAlbert(smallNodes, count('small-edges'), seed + 1);
const random = seededRandom(seed + 2);
const sources = Array.from({ length: count('searches') }, () => Math.floor(random() * nodes));
const workDir = mkdtempSync(join(tmpdir(), 'graph-bench-'));
const bigPath = join(workDir, 'graph.edges');
const smallPath = join(workDir, 'small.edges');
const planPath = join(workDir, 'plan.json');
writeEdgeList(bigPath, bigEdges);
writeEdgeList(smallPath, smallEdges);
writeFileSync(planPath, JSON.stringify({ nodes, small_nodes: smallNodes, sources, networkx_pivots: count('networkx-pivots') }));

console.log(`Ours (median of ${runs})...`);
const ours = new Map<string, number>();
const build = timeMedian(runs, () => toGraph(bigEdges));
ours.set('build', build.medianMs);
const graph = build.result;
const rank = timeMedian(runs, () => pageRank(graph));
ours.set('pagerank', rank.medianMs);
ours.set('bfs', timeMedian(runs, () => sources.forEach((s) => hopDistances(graph, s))).medianMs);
const close = timeMedian(runs, () => closeness(graph, { nodes: sources }));
ours.set('closeness', close.medianMs);
const communities = timeMedian(runs, () => louvain(graph, { seed: 1 }));
ours.set('louvain', communities.medianMs);
ours.set('betweenness_sampled', timeMedian(runs, () => sampledBetweenness(graph, { pivots: count('pivots'), seed: 1 })).medianMs);
const small = toGraph(smallEdges);
const exact = timeMedian(runs, () => betweenness(small));
ours.set('betweenness_exact', exact.medianMs);

console.log(`graphology Louvain (median of ${runs})...`);
const graphologyGraph = new Graph({ type: 'undirected' });
for (let v = 0; v < nodes; v++) graphologyGraph.addNode(String(v));
for (let e = 0; e < bigEdges.sources.length; e++) graphologyGraph.addEdge(String(bigEdges.sources[e]), String(bigEdges.targets[e]));
const graphologyRun = timeMedian(runs, () => graphologyLouvain(graphologyGraph, { rng: seededRandom(1) }));
const graphologyPartition = Int32Array.from({ length: nodes }, (_, v) => graphologyRun.result[String(v)]);

const baselineArgs = ['--edges', bigPath, '--small-edges', smallPath, '--plan', planPath, '--runs', String(runs)];
console.log(`python-igraph (median of ${runs})...`);
const igraph = runBaseline('igraph', baselineArgs, 3600);
const networkxSeconds = count('networkx-seconds');
console.log(flags['skip-networkx'] ? 'networkx skipped (--skip-networkx)' : `networkx (capped at ${networkxSeconds} s)...`);
const networkx = flags['skip-networkx']
  ? { records: new Map<string, BaselineRecord>(), problem: 'skipped', seconds: 0 }
  : runBaseline('networkx', baselineArgs, networkxSeconds);
rmSync(workDir, { recursive: true, force: true });

const pivots = count('pivots');
const nxPivots = count('networkx-pivots');
const rows: [string, string][] = [
  ['build', `build graph from ${edgeCount.toLocaleString('en')} edges in memory`],
  ['pagerank', 'PageRank (damping 0.85)'],
  ['bfs', `${sources.length} breadth-first searches`],
  ['closeness', `closeness of ${sources.length} nodes`],
  ['louvain', 'Louvain communities'],
  ['betweenness_sampled', `sampled betweenness, ${pivots} pivots`],
  ['betweenness_exact', `exact betweenness, ${smallNodes.toLocaleString('en')}-node graph`],
];
const format = (ms: number | undefined) => (ms === undefined ? '-' : Math.round(ms).toLocaleString('en'));
const ratio = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined ? '-' : (a / b).toFixed(2));
const networkxMs = (key: string): number | undefined => {
  const ms = networkx.records.get(key)?.ms;
  // networkx samples fewer pivots (it is slow); scale its time to the same number of pivots.
  return key === 'betweenness_sampled' && ms !== undefined ? (ms * pivots) / nxPivots : ms;
};

const cpuModel = cpus()[0]?.model ?? 'unknown';
console.log(`\nMachine: ${cpus().length} cores, ${cpuModel}; Node ${process.version}; igraph ${igraph.records.get('version')?.version ?? '-'}, networkx ${networkx.records.get('version')?.version ?? '-'}`);
console.log(`Graph: Barabasi-Albert, ${nodes.toLocaleString('en')} nodes, ${graph.edgeCount.toLocaleString('en')} edges, seed ${seed}. Times in ms, median of ${runs} in-process runs (networkx: 1 run except PageRank).\n`);
console.log('| computation | ours ms | igraph ms | networkx ms | ours / igraph | ours / networkx |');
console.log('|---|---:|---:|---:|---:|---:|');
for (const [key, label] of rows) {
  const mine = ours.get(key);
  const ig = igraph.records.get(key)?.ms;
  const nx = networkxMs(key);
  const nxLabel = key === 'betweenness_sampled' && nx !== undefined ? `${format(nx)}*` : format(nx);
  console.log(`| ${label} | ${format(mine)} | ${format(ig)} | ${nxLabel} | ${ratio(mine, ig)} | ${ratio(mine, nx)} |`);
}
console.log(`\n* networkx ran ${nxPivots} pivots (it is slow at this size); its time is scaled by ${pivots}/${nxPivots}.`);
console.log('python-igraph 0.10 has no pivot-sampled betweenness, so that row has no igraph figure; the exact row compares like with like.');
console.log(`\nLouvain modularity: ours ${communities.result.modularity.toFixed(4)} (${communities.result.communityCount} communities, ${format(ours.get('louvain'))} ms)` +
  `, igraph multilevel ${igraph.records.get('louvain')?.modularity?.toFixed(4) ?? '-'} (${igraph.records.get('louvain')?.communities ?? '-'})` +
  `, graphology ${modularity(graph, graphologyPartition).toFixed(4)} (${new Set(graphologyPartition).size} communities, ${format(graphologyRun.medianMs)} ms)` +
  `, networkx ${networkx.records.get('louvain')?.modularity?.toFixed(4) ?? '-'}`);

const igraphRank = igraph.records.get('pagerank')?.at_sources;
if (igraphRank) {
  const worst = Math.max(...sources.map((s, i) => Math.abs(rank.result.scores[s] - igraphRank[i]) / igraphRank[i]));
  console.log(`PageRank agreement with igraph at the ${sources.length} search sources: largest relative difference ${worst.toExponential(2)} (${rank.result.iterations} iterations)`);
}
const igraphExact = igraph.records.get('betweenness_exact')?.values;
if (igraphExact) {
  const worst = Math.max(...igraphExact.map((value, v) => Math.abs(exact.result[v] - value) / Math.max(value, 1)));
  console.log(`Exact betweenness agreement with igraph: largest relative difference ${worst.toExponential(2)}`);
}
const igraphClose = igraph.records.get('closeness')?.values;
if (igraphClose) {
  const worst = Math.max(...igraphClose.map((value, i) => Math.abs(close.result[i] - value) / value));
  console.log(`Closeness agreement with igraph: largest relative difference ${worst.toExponential(2)}`);
}
for (const [library, outcome] of [['igraph', igraph], ['networkx', networkx]] as const) {
  if (outcome.problem) console.log(`${library}: ${outcome.problem}`);
}
