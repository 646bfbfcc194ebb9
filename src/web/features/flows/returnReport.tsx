// What a return (typed or uploaded) says back: the saved sentence, and the lines the server refused, listed by number.
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { submissionResult } from '../../../server/modules/flows/schemas';
import { ApiError } from '../../api';

export type Result = z.infer<typeof submissionResult>;
export interface ReportLine {
  line?: number;
  field: string;
  message: string;
}

export function savedText(t: TFunction<'flows'>, r: Result): string {
  // Each count takes its own plural form ('1 incident', '0 crossings'); the sentence only strings them together.
  return t('saved', {
    incidents: t('savedIncidents', { count: r.added.incidents }),
    crossings: t('savedCrossings', { count: r.added.crossings }),
    profiles: t('savedProfiles', { count: r.added.profiles }),
    status: t(`statuses.${r.submission.status}`),
  });
}

/** The lines a refused return names (a line number and field each), or none when the refusal was about the whole. */
export function reportLines(error: unknown): ReportLine[] {
  return error instanceof ApiError && Array.isArray(error.body.report) ? (error.body.report as ReportLine[]) : [];
}

export function RefusedLines({ lines }: { lines: ReportLine[] }) {
  const { t } = useTranslation('flows');
  if (lines.length === 0) return null;
  return (
    <table className="table">
      <caption>{t('report')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('line')}</th>
          <th scope="col">{t('field')}</th>
          <th scope="col">{t('problem')}</th>
        </tr>
      </thead>
      <tbody>
        {lines.map((r, n) => (
          <tr key={n}>
            <td>{r.line ?? '—'}</td>
            <td>{r.field}</td>
            <td>{r.message}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
