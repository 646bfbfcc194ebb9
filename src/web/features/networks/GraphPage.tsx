// The WebGL graph view (sigma.js over graphology): filter, expand a node's neighbourhood, size by centrality, colour by community.

import Graph from 'graphology';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import Sigma from 'sigma';
import { api, query } from '../../api';
import { exportFileName } from '../../components/exportImage';
import { ErrorMessage, Field, Loading, Select } from '../../components/ui';
import { useVocabulary } from '../../i18n/vocabulary';
import type { GraphEdge, GraphNode } from './types';

// Okabe-Ito colours (told apart with the common colour-vision deficiencies), then darker tones for longer lists.
const palette = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d55e00', '#f0e442', '#000000', '#7f3c8d', '#11a579', '#3969ac', '#a5aa99'];
type ColourBy = 'kind' | 'community';

/** One colour per value, in the order the values first come (sorted, so that a kind keeps its colour on one graph). */
function colours(values: Iterable<string>): Map<string, string> {
  return new Map([...new Set(values)].sort().map((v, i) => [v, palette[i % palette.length]]));
}
const kinds = ['person', 'organisation', 'vessel', 'vehicle', 'document', 'phone', 'bank_account', 'place', 'event', 'route'];
const roles = [
  'leads',
  'recruits',
  'transports',
  'forges_documents_for',
  'finances',
  'pays',
  'harbours',
  'travels_with',
  'communicates_with',
  'member_of',
  'holds',
  'uses',
];
type SizeBy = 'degree' | 'pageRank' | 'betweenness';

/** Communities on a ring, each community's members on a small ring of its own: instant for thousands of nodes. */
function layout(nodes: GraphNode[]): Map<string, [number, number]> {
  const groups = new Map<number, GraphNode[]>();
  for (const n of nodes) {
    const c = n.community ?? 0;
    if (!groups.has(c)) groups.set(c, []);
    groups.get(c)!.push(n);
  }
  const at = new Map<string, [number, number]>();
  const count = groups.size;
  [...groups.values()].forEach((members, g) => {
    const cx = count > 1 ? Math.cos((2 * Math.PI * g) / count) * 100 : 0;
    const cy = count > 1 ? Math.sin((2 * Math.PI * g) / count) * 100 : 0;
    const r = 8 + Math.sqrt(members.length) * 4;
    members.forEach((n, i) =>
      at.set(n.id, [cx + Math.cos(i * 2.39996) * r * Math.sqrt(i / members.length), cy + Math.sin(i * 2.39996) * r * Math.sqrt(i / members.length)]),
    );
  });
  return at;
}

export function GraphPage() {
  const { t } = useTranslation('networks');
  const label = useVocabulary();
  const [params] = useSearchParams();
  const centre = params.get('centre');
  const [filter, setFilter] = useState({ kinds: '', roles: '', from: '', to: '', maxReliability: '' });
  const [sizeBy, setSizeBy] = useState<SizeBy>('pageRank');
  const [colourBy, setColourBy] = useState<ColourBy>('kind');
  const [data, setData] = useState<{ nodes: GraphNode[]; edges: GraphEdge[] } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const container = useRef<HTMLDivElement>(null);
  const sigma = useRef<Sigma | null>(null);

  useEffect(() => {
    setData(null);
    const load = centre
      ? api.get<{ nodes: GraphNode[]; edges: GraphEdge[] }>(
          `/api/networks/entities/${encodeURIComponent(centre)}/neighbourhood?hops=${params.get('hops') ?? 1}`,
        )
      : api.get<{ nodes: GraphNode[]; edges: GraphEdge[] }>(`/api/networks/graph${query(filter)}`);
    load.then(setData, setError);
  }, [centre, params, filter]);

  async function expand(id: string) {
    const more = await api.get<{ nodes: GraphNode[]; edges: GraphEdge[] }>(`/api/networks/entities/${encodeURIComponent(id)}/neighbourhood?hops=1`);
    setData((d) => {
      if (!d) return more;
      const ids = new Set(d.nodes.map((n) => n.id));
      const edgeIds = new Set(d.edges.map((e) => e.id));
      return { nodes: [...d.nodes, ...more.nodes.filter((n) => !ids.has(n.id))], edges: [...d.edges, ...more.edges.filter((e) => !edgeIds.has(e.id))] };
    });
  }

  // What each colour means, for the legend: node kinds (or communities) and edge roles present in the graph.
  const key = useMemo(
    () => ({
      kinds: colours((data?.nodes ?? []).map((n) => n.kind)),
      communities: colours((data?.nodes ?? []).map((n) => String(n.community ?? 0))),
      roles: colours((data?.edges ?? []).map((e) => e.role)),
    }),
    [data],
  );

  const graph = useMemo(() => {
    const g = new Graph({ multi: true });
    if (!data) return g;
    const at = layout(data.nodes);
    const local = new Map<string, number>();
    for (const e of data.edges) {
      local.set(e.source, (local.get(e.source) ?? 0) + 1);
      local.set(e.target, (local.get(e.target) ?? 0) + 1);
    }
    const measure = (n: GraphNode) => (sizeBy === 'degree' ? (n.degree ?? local.get(n.id) ?? 0) : (n[sizeBy] ?? local.get(n.id) ?? 0));
    const top = Math.max(1e-9, ...data.nodes.map(measure));
    for (const n of data.nodes) {
      const [x, y] = at.get(n.id)!;
      // A sanction is a badge on its entity, never a node of its own.
      const caption = n.sanctions > 0 ? `${n.caption} · ${t('sanctionsBadge')}` : n.caption;
      const color = colourBy === 'kind' ? key.kinds.get(n.kind) : key.communities.get(String(n.community ?? 0));
      g.addNode(n.id, { x, y, label: caption, size: 3 + 12 * Math.sqrt(measure(n) / top), color, kind: n.kind });
    }
    // An ownership with a percentage is a weighted edge: drawn from 1 (a share near 0 %) to 6 (100 %) pixels wide.
    for (const e of data.edges)
      if (g.hasNode(e.source) && g.hasNode(e.target)) {
        const role = label('linkRole', e.role);
        g.addEdgeWithKey(e.id, e.source, e.target, {
          label: e.weight !== null ? `${role} ${e.weight} %` : role,
          size: e.weight !== null ? 1 + (5 * e.weight) / 100 : 1,
          color: key.roles.get(e.role),
        });
      }
    return g;
  }, [data, sizeBy, colourBy, key, label, t]);

  useEffect(() => {
    if (!container.current || !data) return;
    const renderer = new Sigma(graph, container.current, { renderEdgeLabels: false, labelRenderedSizeThreshold: 8 });
    renderer.on('clickNode', ({ node }) => setSelected(node));
    sigma.current = renderer;
    return () => {
      renderer.kill();
      sigma.current = null;
    };
  }, [graph, data]);

  /**
   * PNG from sigma's own canvases, layered in order on one canvas. The WebGL layers keep no drawing buffer
   * (preserveDrawingBuffer is off), so sigma renders synchronously first and the layers are copied in the same task,
   * before the browser composites and clears them (what @sigma/export-image does).
   */
  function exportPng() {
    const s = sigma.current;
    if (!s) return;
    s.refresh();
    const { width, height } = s.getDimensions();
    const canvas = document.createElement('canvas');
    const ratio = window.devicePixelRatio || 1;
    canvas.width = width * ratio;
    canvas.height = height * ratio;
    const ctx = canvas.getContext('2d')!;
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    for (const layer of Object.values(s.getCanvases())) ctx.drawImage(layer, 0, 0, canvas.width, canvas.height);
    canvas.toBlob((blob) => blob && save(blob, exportFileName('network graph', 'png')));
  }

  /** SVG drawn from the on-screen positions of nodes and links. */
  function exportSvg() {
    const s = sigma.current;
    if (!s) return;
    const { width, height } = s.getDimensions();
    const pos = (id: string) => s.graphToViewport(graph.getNodeAttributes(id) as { x: number; y: number });
    const esc = (x: string) => x.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!);
    const lines = graph.mapEdges((_e, _a, source, target) => {
      const p = pos(source);
      const q = pos(target);
      return `<line x1="${p.x}" y1="${p.y}" x2="${q.x}" y2="${q.y}" stroke="#999"/>`;
    });
    const dots = graph.mapNodes((id, a) => {
      const p = pos(id);
      return `<circle cx="${p.x}" cy="${p.y}" r="${a.size}" fill="${a.color}"><title>${esc(a.label)}</title></circle><text x="${p.x + a.size + 2}" y="${p.y + 3}" font-size="10" font-family="sans-serif">${esc(a.label)}</text>`;
    });
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><rect width="100%" height="100%" fill="#fff"/>${lines.join('')}${dots.join('')}</svg>`;
    save(new Blob([svg], { type: 'image/svg+xml' }), exportFileName('network graph', 'svg'));
  }

  const chosen = data?.nodes.find((n) => n.id === selected);
  return (
    <>
      {!centre && (
        <div className="filters">
          <Select
            label={t('filterKinds')}
            value={filter.kinds}
            onChange={(e) => setFilter({ ...filter, kinds: e.target.value })}
            options={[{ value: '', label: t('any') }, ...kinds.map((k) => ({ value: k, label: label('entityKind', k) }))]}
          />
          <Select
            label={t('filterRole')}
            value={filter.roles}
            onChange={(e) => setFilter({ ...filter, roles: e.target.value })}
            options={[{ value: '', label: t('any') }, ...roles.map((k) => ({ value: k, label: label('linkRole', k) }))]}
          />
          <Field label={t('filterFrom')} type="date" value={filter.from} onChange={(e) => setFilter({ ...filter, from: e.target.value })} />
          <Field label={t('filterTo')} type="date" value={filter.to} onChange={(e) => setFilter({ ...filter, to: e.target.value })} />
          <Select
            label={t('filterGrading')}
            value={filter.maxReliability}
            onChange={(e) => setFilter({ ...filter, maxReliability: e.target.value })}
            options={[{ value: '', label: t('any') }, ...'ABCDEF'.split('').map((k) => ({ value: k, label: k }))]}
          />
        </div>
      )}
      <div className="filters">
        <Select
          label={t('sizeBy')}
          value={sizeBy}
          onChange={(e) => setSizeBy(e.target.value as SizeBy)}
          options={(['pageRank', 'betweenness', 'degree'] as const).map((k) => ({ value: k, label: t(k) }))}
        />
        <Select
          label={t('colourBy')}
          value={colourBy}
          onChange={(e) => setColourBy(e.target.value as ColourBy)}
          options={[
            { value: 'kind', label: t('colourKind') },
            { value: 'community', label: t('colourCommunity') },
          ]}
        />
        <button type="button" onClick={exportPng}>
          {t('exportPng')}
        </button>
        <button type="button" onClick={exportSvg}>
          {t('exportSvg')}
        </button>
        {centre && <Link to="/networks/graph">{t('wholeGraph')}</Link>}
      </div>
      <ErrorMessage error={error} />
      {!data && !error && <Loading />}
      {data && <p role="status">{t('nodes', { nodes: data.nodes.length, edges: data.edges.length })}</p>}
      <div
        ref={container}
        role="img"
        aria-label={t('tabs.graph')}
        aria-describedby="graph-legend"
        style={{ height: 560, border: '1px solid #ccc', background: '#fff' }}
      />
      {data && (
        <GraphLegend
          nodes={colourBy === 'kind' ? key.kinds : key.communities}
          nodeLabel={(v) => (colourBy === 'kind' ? label('entityKind', v) : t('community', { n: Number(v) + 1 }))}
          nodeTitle={colourBy === 'kind' ? t('legendKinds') : t('legendCommunities')}
          roles={key.roles}
          roleLabel={(r) => label('linkRole', r)}
        />
      )}
      {chosen && (
        <section aria-label={t('selected')} className="card">
          <h2>{chosen.caption}</h2>
          <p>
            {chosen.kind} · {chosen.country ?? ''} · {t('grading')} {chosen.grading ?? '?'}
            {chosen.sanctions > 0 ? (
              <>
                {' '}
                · <span className="badge badge-sanction">{t('sanctioned', { count: chosen.sanctions })}</span>
              </>
            ) : null}
          </p>
          <button type="button" onClick={() => expand(chosen.id)}>
            {t('expand')}
          </button>{' '}
          <Link to={`/networks/entities/${encodeURIComponent(chosen.id)}`}>{t('entity')}</Link>
        </section>
      )}
      {data && (
        <details>
          <summary>{t('nodes', { nodes: data.nodes.length, edges: data.edges.length })}</summary>
          <ul>
            {data.nodes.slice(0, 300).map((n) => (
              <li key={n.id}>
                <button type="button" onClick={() => setSelected(n.id)}>
                  {n.caption}
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}

/**
 * What the colours mean, as text a screen reader reads: the node colours (kinds or communities) and the edge colours
 * (roles) present on this graph, with the two marks that are not colours (the sanction badge, the ownership width).
 */
function GraphLegend({
  nodes,
  nodeLabel,
  nodeTitle,
  roles,
  roleLabel,
}: {
  nodes: Map<string, string>;
  nodeLabel: (value: string) => string;
  nodeTitle: string;
  roles: Map<string, string>;
  roleLabel: (role: string) => string;
}) {
  const { t } = useTranslation('networks');
  return (
    <section id="graph-legend" className="graph-legend" aria-labelledby="graph-legend-h">
      <h2 id="graph-legend-h">{t('legend')}</h2>
      <div className="legend-groups">
        <div>
          <h3 id="legend-nodes-h">{nodeTitle}</h3>
          <ul aria-labelledby="legend-nodes-h">
            {[...nodes].map(([value, colour]) => (
              <li key={value}>
                <span className="swatch swatch-node" style={{ background: colour }} aria-hidden="true" /> {nodeLabel(value)}
              </li>
            ))}
          </ul>
        </div>
        <div>
          <h3 id="legend-roles-h">{t('legendRoles')}</h3>
          {roles.size === 0 ? (
            <p>{t('legendNoLinks')}</p>
          ) : (
            <ul aria-labelledby="legend-roles-h">
              {[...roles].map(([role, colour]) => (
                <li key={role}>
                  <span className="swatch swatch-edge" style={{ background: colour }} aria-hidden="true" /> {roleLabel(role)}
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
      <p>
        {t('legendSanctioned')}; {t('legendWeighted')}
      </p>
    </section>
  );
}

function save(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
