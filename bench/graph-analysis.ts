// Benchmark of the network analysis library against python-igraph (and optionally networkx), with graphology for
// Louvain, on one seeded graph: ours and each baseline run interleaved, round after round, in one run; medians and
// the range of the rounds are reported, and ratios are of medians measured under the same load.
// Usage: npx tsx bench/graph-analysis.ts [--nodes 20000] [--edges 100000] [--small-nodes 5000] [--rounds 5] [--networkx]

import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, getPriority, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import Graph from 'graphology';
import graphologyLouvain from 'graphology-communities-louvain';
import { betweenness, closeness, pageRank, sampledBetweenness } from '../src/server/modules/networks/analysis/centrality';
import { louvain, modularity } from '../src/server/modules/networks/analysis/communities';
import { buildCsrFromArrays, type CsrGraph } from '../src/server/modules/networks/analysis/csr';
import { betweennessInParallel, type ParallelProfile, sampledBetweennessInParallel } from '../src/server/modules/networks/analysis/parallel-betweenness';
import { hopDistances } from '../src/server/modules/networks/analysis/paths';
import { seededRandom } from '../src/server/modules/networks/analysis/seeded-random';
import { barabasiAlbert, type EdgeArrays } from './lib/barabasi-albert';
import { formatSpread, type Spread, spread } from './lib/timing';

const { values: flags } = parseArgs({
  options: {
    nodes: { type: 'string', default: '20000' },
    edges: { type: 'string', default: '100000' },
    'small-nodes': { type: 'string', default: '5000' },
    'small-edges': { type: 'string', default: '25000' },
    pivots: { type: 'string', default: '500' },
    searches: { type: 'string', default: '100' },
    rounds: { type: 'string', default: '5' },
    seed: { type: 'string', default: '42' },
    networkx: { type: 'boolean', default: false },
  },
});
const count = (name: keyof typeof flags) => Number(flags[name]);
const rounds = count('rounds');
const nodes = count('nodes');
const smallNodes = count('small-nodes');
const pivots = count('pivots');
const seed = count('seed');

type Answer = Record<string, unknown> & { ms?: number; error?: string; unsupported?: boolean };

/** A python baseline kept running for the whole bench, answering one command at a time. */
class Baseline {
  private readonly child;
  private readonly lines: AsyncIterator<string>;
  version = '-';
  problem: string | undefined;

  constructor(readonly library: 'igraph' | 'networkx') {
    this.child = spawn('/usr/bin/python3', [join(import.meta.dirname, 'graph-baseline.py'), '--library', library], { stdio: ['pipe', 'pipe', 'inherit'] });
    this.child.on('error', (error) => {
      this.problem = `could not run /usr/bin/python3: ${error.message}`;
    });
    this.lines = createInterface({ input: this.child.stdout })[Symbol.asyncIterator]();
  }

  async ask(command: Record<string, unknown>): Promise<Answer> {
    if (this.problem) return { error: this.problem };
    this.child.stdin.write(`${JSON.stringify(command)}\n`);
    const next = await this.lines.next();
    if (next.done) {
      this.problem ??= `${this.library} stopped (is python3-${this.library} installed?)`;
      return { error: this.problem };
    }
    const answer = JSON.parse(next.value) as Answer;
    if (answer.error && /missing/.test(answer.error)) this.problem = answer.error;
    return answer;
  }

  async load(name: string, path: string, nodeCount: number) {
    const answer = await this.ask({ op: 'load', name, edges: path, nodes: nodeCount });
    if (typeof answer.version === 'string') this.version = answer.version;
  }

  close() {
    this.child.stdin.end();
  }
}

function writeEdgeList(path: string, edges: EdgeArrays): void {
  const lines: string[] = [];
  for (let e = 0; e < edges.sources.length; e++) lines.push(`${edges.sources[e]} ${edges.targets[e]}`);
  writeFileSync(path, `${lines.join('\n')}\n`);
}

const toGraph = (edges: EdgeArrays): CsrGraph =>
  buildCsrFromArrays(
    Array.from({ length: edges.nodeCount }, (_, i) => String(i)),
    edges.sources,
    edges.targets,
  );

/** Wall time, and the CPU time of the whole process (every thread of ours: a load-independent measure of the work). */
async function timed<T>(compute: () => T | Promise<T>): Promise<{ ms: number; cpuMs: number; result: T }> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const result = await compute();
  const used = process.cpuUsage(cpu);
  return { ms: performance.now() - started, cpuMs: (used.user + used.system) / 1000, result };
}

console.log(
  `Generating Barabasi-Albert graphs (seed ${seed}): ${nodes} nodes / ${count('edges')} edges, and ${smallNodes} / ${count('small-edges')} for exact betweenness`,
);
const bigEdges = barabasiAlbert(nodes, count('edges'), seed);
const smallEdges = barabasiAlbert(smallNodes, count('small-edges'), seed + 1);
const random = seededRandom(seed + 2);
const sources = Array.from({ length: count('searches') }, () => Math.floor(random() * nodes));
const workDir = mkdtempSync(join(tmpdir(), 'graph-bench-'));
writeEdgeList(join(workDir, 'big.edges'), bigEdges);
writeEdgeList(join(workDir, 'small.edges'), smallEdges);
const graph = toGraph(bigEdges);
const small = toGraph(smallEdges);
const graphologyGraph = new Graph({ type: 'undirected' });
for (let v = 0; v < nodes; v++) graphologyGraph.addNode(String(v));
for (let e = 0; e < bigEdges.sources.length; e++) graphologyGraph.addEdge(String(bigEdges.sources[e]), String(bigEdges.targets[e]));

const baselines = [new Baseline('igraph'), ...(flags.networkx ? [new Baseline('networkx')] : [])];
for (const b of baselines) {
  await b.load('big', join(workDir, 'big.edges'), nodes);
  await b.load('small', join(workDir, 'small.edges'), smallNodes);
}

interface Row {
  key: string;
  label: string;
  ours: () => unknown;
  /** What the baselines are asked to run. */
  command: Record<string, unknown>;
}
const threads = availableParallelism();
/** How each parallel exact betweenness went: per-thread CPU time and worker start, to see where a second thread's gain goes. */
const profiles: ParallelProfile[] = [];
const rows: Row[] = [
  { key: 'pagerank', label: 'PageRank (damping 0.85)', ours: () => pageRank(graph), command: { computation: 'pagerank', graph: 'big', sources } },
  {
    key: 'bfs',
    label: `${sources.length} breadth-first searches`,
    ours: () => sources.forEach((s) => hopDistances(graph, s)),
    command: { computation: 'bfs', graph: 'big', sources },
  },
  {
    key: 'closeness',
    label: `closeness of ${sources.length} nodes`,
    ours: () => closeness(graph, { nodes: sources }),
    command: { computation: 'closeness', graph: 'big', sources },
  },
  { key: 'louvain', label: 'Louvain communities', ours: () => louvain(graph, { seed: 1 }), command: { computation: 'louvain', graph: 'big' } },
  {
    key: 'betweenness_exact_1',
    label: `exact betweenness, ${smallNodes.toLocaleString('en')} nodes, 1 thread`,
    ours: () => betweenness(small),
    command: { computation: 'betweenness_exact', graph: 'small' },
  },
  {
    key: 'betweenness_exact',
    label: `exact betweenness, ${smallNodes.toLocaleString('en')} nodes, ${threads} threads`,
    ours: () => betweennessInParallel(small, { onProfile: (p) => profiles.push(p) }),
    command: { computation: 'betweenness_exact', graph: 'small' },
  },
  {
    key: 'betweenness_sampled_1',
    label: `sampled betweenness, ${pivots} pivots, 1 thread`,
    ours: () => sampledBetweenness(graph, { pivots, seed: 1 }),
    command: { computation: 'betweenness_sampled', graph: 'big', pivots },
  },
  {
    key: 'betweenness_sampled',
    label: `sampled betweenness, ${pivots} pivots, ${threads} threads`,
    ours: () => sampledBetweennessInParallel(graph, { pivots, seed: 1 }),
    command: { computation: 'betweenness_sampled', graph: 'big', pivots },
  },
];

const loadBefore = loadavg();
const oursMs = new Map<string, number[]>();
const baselineMs = new Map<string, number[]>();
const oursCpuMs = new Map<string, number[]>();
const baselineCpuMs = new Map<string, number[]>();
const firstResult = new Map<string, unknown>();
const firstAnswer = new Map<string, Answer>();
const graphologyMs: number[] = [];
let graphologyPartition: Int32Array | undefined;
const push = (map: Map<string, number[]>, key: string, ms: number) => map.set(key, [...(map.get(key) ?? []), ms]);

console.log(`${rounds} interleaved rounds (ours and the baselines take turns going first)...`);
for (let round = 0; round < rounds; round++) {
  for (const row of rows) {
    const runOurs = async () => {
      const { ms, cpuMs, result } = await timed(row.ours);
      push(oursMs, row.key, ms);
      push(oursCpuMs, row.key, cpuMs);
      if (!firstResult.has(row.key)) firstResult.set(row.key, result);
    };
    const runBaselines = async () => {
      for (const b of baselines) {
        // The single-thread and parallel rows of ours share one baseline figure per round.
        const shared = row.key.replace(/_1$/, '');
        if (row.key.endsWith('_1') && b.library === 'igraph') continue;
        const answer = await b.ask({ op: 'run', ...row.command });
        if (typeof answer.ms === 'number' && !answer.unsupported) push(baselineMs, `${b.library}:${shared}`, answer.ms);
        if (typeof answer.cpu_ms === 'number' && !answer.unsupported) push(baselineCpuMs, `${b.library}:${shared}`, answer.cpu_ms);
        if (!firstAnswer.has(`${b.library}:${shared}`)) firstAnswer.set(`${b.library}:${shared}`, answer);
      }
    };
    if (round % 2 === 0) {
      await runOurs();
      await runBaselines();
    } else {
      await runBaselines();
      await runOurs();
    }
    if (row.key === 'louvain') {
      const { ms, result } = await timed(() => graphologyLouvain(graphologyGraph, { rng: seededRandom(1) }));
      graphologyMs.push(ms);
      graphologyPartition ??= Int32Array.from({ length: nodes }, (_, v) => result[String(v)]);
    }
  }
  process.stdout.write(`  round ${round + 1} done\n`);
}
const loadAfter = loadavg();
baselines.forEach((b) => b.close());
rmSync(workDir, { recursive: true, force: true });

const stat = (map: Map<string, number[]>, key: string): Spread | undefined => (map.get(key)?.length ? spread(map.get(key)!) : undefined);
const ratio = (a: Spread | undefined, b: Spread | undefined) => (a && b ? (a.median / b.median).toFixed(2) : '-');
const igraph = baselines[0];
const networkx = baselines[1];
console.log(
  `\nMachine: ${cpus().length} cores (${threads} usable), ${cpus()[0]?.model ?? 'unknown'}; Node ${process.version}; igraph ${igraph.version}${networkx ? `, networkx ${networkx.version}` : ''}`,
);
console.log(`Scheduling priority (nice) of this process and its baselines: ${getPriority()}`);
console.log(`Load average (1/5/15 min): before ${loadBefore.map((l) => l.toFixed(1)).join(' ')}, after ${loadAfter.map((l) => l.toFixed(1)).join(' ')}`);
console.log(
  `Graph: Barabasi-Albert, ${nodes.toLocaleString('en')} nodes, ${graph.edgeCount.toLocaleString('en')} edges, seed ${seed}; exact betweenness on ${smallNodes.toLocaleString('en')} nodes / ${small.edgeCount.toLocaleString('en')} edges.`,
);
console.log(`Times in ms: median (fastest-slowest) of ${rounds} interleaved rounds.\n`);
console.log(`| computation | ours ms | igraph ms | ours / igraph |${networkx ? ' networkx ms | ours / networkx |' : ''}`);
console.log(`|---|---:|---:|---:|${networkx ? '---:|---:|' : ''}`);
for (const row of rows) {
  const shared = row.key.replace(/_1$/, '');
  const mine = stat(oursMs, row.key);
  const ig = stat(baselineMs, `igraph:${shared}`);
  const nx = stat(baselineMs, `networkx:${shared}`);
  console.log(
    `| ${row.label} | ${formatSpread(mine)} | ${formatSpread(ig)} | ${ratio(mine, ig)} |${networkx ? ` ${formatSpread(nx)} | ${ratio(mine, nx)} |` : ''}`,
  );
}
console.log('\npython-igraph 0.10 has no pivot-sampled betweenness, so the sampled rows have no igraph figure.');

// CPU time is what the load does not change much: the work each side did, whatever share of a core it was given.
console.log(`\nCPU time in ms (ours: every thread of the process; igraph: its process), median (fastest-slowest):\n`);
console.log('| computation | ours CPU ms | igraph CPU ms | ours / igraph |');
console.log('|---|---:|---:|---:|');
for (const row of rows) {
  const mine = stat(oursCpuMs, row.key);
  const ig = stat(baselineCpuMs, `igraph:${row.key.replace(/_1$/, '')}`);
  console.log(`| ${row.label} | ${formatSpread(mine)} | ${formatSpread(ig)} | ${ratio(mine, ig)} |`);
}
if (profiles.length) {
  const perThread = profiles[0].threadCpuMs.map((_, t) => spread(profiles.map((p) => p.threadCpuMs[t])));
  const starts = profiles.flatMap((p) => p.workerStartMs);
  console.log(
    `\nExact betweenness on ${profiles[0].threads} threads, ${profiles.length} runs: wall ${formatSpread(spread(profiles.map((p) => p.wallMs)))} ms; ` +
      `CPU per thread (calling thread first) ${perThread.map((s) => formatSpread(s)).join(' / ')} ms; ` +
      `worker start (asked to first line) ${starts.length ? formatSpread(spread(starts)) : '-'} ms. ` +
      "Wall time near the SUM of the threads' CPU means they took turns on one core rather than running side by side.",
  );
}

const communities = firstResult.get('louvain') as ReturnType<typeof louvain>;
const igraphLouvain = firstAnswer.get('igraph:louvain');
console.log(
  `Louvain modularity: ours ${communities.modularity.toFixed(4)} (${communities.communityCount} communities)` +
    `, igraph multilevel ${typeof igraphLouvain?.modularity === 'number' ? igraphLouvain.modularity.toFixed(4) : '-'} (${igraphLouvain?.communities ?? '-'})` +
    `, graphology ${graphologyPartition ? modularity(graph, graphologyPartition).toFixed(4) : '-'} (${formatSpread(spread(graphologyMs))} ms, ours / graphology ${ratio(stat(oursMs, 'louvain'), spread(graphologyMs))})` +
    (networkx
      ? `, networkx ${typeof firstAnswer.get('networkx:louvain')?.modularity === 'number' ? (firstAnswer.get('networkx:louvain')!.modularity as number).toFixed(4) : '-'}`
      : ''),
);

const rank = firstResult.get('pagerank') as ReturnType<typeof pageRank>;
const igraphRank = firstAnswer.get('igraph:pagerank')?.at_sources as number[] | undefined;
if (igraphRank) {
  const worst = Math.max(...sources.map((s, i) => Math.abs(rank.scores[s] - igraphRank[i]) / igraphRank[i]));
  console.log(
    `PageRank agreement with igraph at the ${sources.length} search sources: largest relative difference ${worst.toExponential(2)} (${rank.iterations} iterations)`,
  );
}
const igraphExact = firstAnswer.get('igraph:betweenness_exact')?.values as number[] | undefined;
if (igraphExact) {
  for (const key of ['betweenness_exact_1', 'betweenness_exact']) {
    const mine = firstResult.get(key) as Float64Array;
    const worst = Math.max(...igraphExact.map((value, v) => Math.abs(mine[v] - value) / Math.max(value, 1)));
    console.log(
      `Exact betweenness (${key.endsWith('_1') ? '1 thread' : `${threads} threads`}) agreement with igraph: largest relative difference ${worst.toExponential(2)}`,
    );
  }
}
const igraphClose = firstAnswer.get('igraph:closeness')?.values as number[] | undefined;
if (igraphClose) {
  const mine = firstResult.get('closeness') as Float64Array;
  const worst = Math.max(...igraphClose.map((value, i) => Math.abs(mine[i] - value) / value));
  console.log(`Closeness agreement with igraph: largest relative difference ${worst.toExponential(2)}`);
}
for (const b of baselines) if (b.problem) console.log(`${b.library}: ${b.problem}`);
