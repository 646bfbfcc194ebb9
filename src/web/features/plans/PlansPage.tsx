// Plans of action: overdue reminders, then each plan (its own address /plans/:id), its actions, reporting progress, the
// dashboard and the chair's report.
import { useTranslation } from 'react-i18next';
import { Link, Route, Routes, useParams } from 'react-router-dom';
import type { z } from 'zod';
import type { capacityKindsResponse, Plan, remindersResponse } from '../../../server/modules/plans/schemas';
import { api } from '../../api';
import { RecordPage } from '../../components/RecordPage';
import { ErrorMessage, formatDate, Loading, Page, useApi } from '../../components/ui';
import { useMemberNames } from '../../i18n/states';
import { PlanSection } from './PlanSection';

function useKinds() {
  const kinds = useApi(() => api.get<z.infer<typeof capacityKindsResponse>>('/api/plans/capacity-kinds'), []);
  return kinds.data?.kinds ?? [];
}

function PlansList() {
  const { t, i18n } = useTranslation('plans');
  const memberName = useMemberNames();
  const plans = useApi(() => api.get<{ plans: Plan[] }>('/api/plans'), []);
  const kinds = useKinds();
  const reminders = useApi(() => api.get<z.infer<typeof remindersResponse>>('/api/plans/reminders'), []);
  return (
    <Page title={t('title')} intro={t('intro')}>
      <ErrorMessage error={plans.error} />
      <section aria-labelledby="reminders-h">
        <h2 id="reminders-h">{t('reminders')}</h2>
        {reminders.data?.reminders.length === 0 && <p>{t('noReminders')}</p>}
        <ul>
          {reminders.data?.reminders.map((r) => (
            <li key={`${r.actionId}-${r.state}`}>
              {memberName(r.state)}: {r.actionText} ({r.planTitle}) · {t('due')} {formatDate(r.dueOn, i18n.language)} · {t(`reasons.${r.reason}`)}
            </li>
          ))}
        </ul>
      </section>
      {!plans.data && !plans.error && <Loading />}
      {plans.data?.plans.map((plan) => (
        <PlanSection key={plan.id} plan={plan} kinds={kinds} linked />
      ))}
    </Page>
  );
}

/** One plan at its own address, to bookmark or share; a reader the server refuses gets the unavailable page. */
function PlanPage() {
  const { t } = useTranslation('plans');
  const { id = '' } = useParams();
  const plan = useApi(() => api.get<Plan>(`/api/plans/${encodeURIComponent(id)}`), [id]);
  const kinds = useKinds();
  return (
    <RecordPage record={plan}>
      {(p) => (
        <Page title={p.title} intro={<Link to="/plans">{t('all')}</Link>}>
          <PlanSection plan={p} kinds={kinds} />
        </Page>
      )}
    </RecordPage>
  );
}

export default function PlansRoutes() {
  return (
    <Routes>
      <Route index element={<PlansList />} />
      <Route path=":id" element={<PlanPage />} />
    </Routes>
  );
}
