// Values of the state's own returns flagged as unusual, for the submitting state to confirm with a reason.
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { outlierSchema } from '../../../server/modules/flows/schemas';
import { api } from '../../api';
import { Form } from '../../components/form';
import { ErrorMessage, Field, useApi } from '../../components/ui';
import { usePeriod } from './period';

/** `refresh` changes when a return was just saved or submitted: a submitted return may have been flagged. */
export function OutliersSection({ refresh }: { refresh: number }) {
  const { t } = useTranslation('flows');
  const period = usePeriod();
  const outliers = useApi(() => api.get<{ outliers: z.infer<typeof outlierSchema>[] }>('/api/flows/outliers'), [refresh]);
  // Why the value is right is said beside its note when it is missing or too short; the note typed stays.
  const confirm = (id: string) => async (data: FormData) => {
    await api.post(`/api/flows/outliers/${id}/confirm`, { note: String(data.get('note') ?? '') });
    outliers.reload();
  };
  const rows = outliers.data?.outliers ?? [];
  return (
    <>
      <h2>{t('outliers')}</h2>
      {/* A failed load is said where the values would be, never as 'nothing flagged'. */}
      {outliers.error ? (
        <ErrorMessage error={outliers.error} />
      ) : rows.length === 0 ? (
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
                <td>{period(o.period)}</td>
                <td>{o.field}</td>
                <td>{o.value}</td>
                <td>{o.expected}</td>
                <td>
                  {o.status === 'confirmed' ? (
                    `${t('confirmed')}: ${o.note}`
                  ) : (
                    <Form onSubmit={confirm(o.id)} aria-label={`${t('confirm')}: ${o.field}, ${period(o.period)}`}>
                      <Field label={`${t('note')} (${o.field}, ${period(o.period)})`} name="note" required minLength={3} />
                      <button type="submit">{t('confirm')}</button>
                    </Form>
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
