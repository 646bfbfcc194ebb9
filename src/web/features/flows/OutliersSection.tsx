// Values of the state's own returns flagged as unusual, for the submitting state to confirm with a reason.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { outlierSchema } from '../../../server/modules/flows/schemas';
import { api } from '../../api';
import { ErrorMessage, Field, useApi } from '../../components/ui';

export function OutliersSection() {
  const { t } = useTranslation('flows');
  const outliers = useApi(() => api.get<{ outliers: z.infer<typeof outlierSchema>[] }>('/api/flows/outliers'), []);
  const [notes, setNotes] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const confirm = async (id: string) => {
    try {
      await api.post(`/api/flows/outliers/${id}/confirm`, { note: notes[id] ?? '' });
      setError(null);
      outliers.reload();
    } catch (err) {
      setError(err);
    }
  };
  const rows = outliers.data?.outliers ?? [];
  return (
    <>
      <h2>{t('outliers')}</h2>
      <ErrorMessage error={outliers.error ?? error} />
      {rows.length === 0 ? (
        <p>{t('noOutliers')}</p>
      ) : (
        <table className="table">
          <caption>{t('outliers')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('period')}</th>
              <th scope="col">{t('field')}</th>
              <th scope="col">{t('value')}</th>
              <th scope="col">{t('expected')}</th>
              <th scope="col">{t('confirm')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((o) => (
              <tr key={o.id}>
                <td>{o.period}</td>
                <td>{o.field}</td>
                <td>{o.value}</td>
                <td>{o.expected}</td>
                <td>
                  {o.status === 'confirmed' ? (
                    `${t('confirmed')}: ${o.note}`
                  ) : (
                    <>
                      <Field
                        label={`${t('note')} (${o.field}, ${o.period})`}
                        value={notes[o.id] ?? ''}
                        onChange={(e) => setNotes({ ...notes, [o.id]: e.target.value })}
                      />
                      <button type="button" onClick={() => confirm(o.id)}>
                        {t('confirm')}
                      </button>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
