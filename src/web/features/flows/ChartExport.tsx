// Export buttons under every flows chart: the drawing as PNG or SVG, and its data as CSV.
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { spreadsheetSafe } from '../../../server/spreadsheet-safe';
import { downloadPng, downloadSvg } from '../../components/exportImage';

/** CSV text of rows (header from the first row's keys), quoting what needs it; no cell runs as a formula in a spreadsheet. */
export function csvOf(rows: Record<string, unknown>[]): string {
  if (rows.length === 0) return '';
  const cols = Object.keys(rows[0]);
  const cell = (v: unknown) => {
    const s = v === null || v === undefined ? '' : typeof v === 'string' ? spreadsheetSafe(v) : String(v);
    return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [cols.join(','), ...rows.map((r) => cols.map((c) => cell(r[c])).join(','))].join('\n');
}

function offerCsv(rows: Record<string, unknown>[], name: string) {
  const url = URL.createObjectURL(new Blob([csvOf(rows)], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `${name.replace(/[^\w-]+/g, '-').toLowerCase()}.csv`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function ChartExport({ svg, name, rows }: { svg: RefObject<SVGSVGElement | null>; name: string; rows: Record<string, unknown>[] }) {
  const { t } = useTranslation('flows');
  return (
    <div className="filters" role="group" aria-label={t('exportOf', { what: name })}>
      <button type="button" onClick={() => svg.current && downloadPng(svg.current, name)}>
        {t('png')}
      </button>
      <button type="button" onClick={() => svg.current && downloadSvg(svg.current, name)}>
        {t('svg')}
      </button>
      <button type="button" onClick={() => offerCsv(rows, name)}>
        {t('csv')}
      </button>
    </div>
  );
}
