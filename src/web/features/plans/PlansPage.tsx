// Plans of action: overdue reminders, each plan's strategies and actions, reporting progress, the dashboard and the chair's report.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { Permission } from '../../../server/access/permissions';
import type { Action, capacityKindsResponse, dashboardResponse, Plan, remindersResponse } from '../../../server/modules/plans/schemas';
import { api, download } from '../../api';
import { usePermission } from '../../app/session';
import { DemoBadge, ErrorMessage, formatDate, Loading, Page, useApi } from '../../components/ui';
import { ProgressForm } from './ProgressForm';

type Dashboard = z.infer<typeof dashboardResponse>;

function DashboardView({ planId }: { planId: string }) {
  const { t, i18n } = useTranslation('plans');
  const dashboard = useApi(() => api.get<Dashboard>(`/api/plans/${planId}/dashboard`), [planId]);
  if (dashboard.error) return <ErrorMessage error={dashboard.error} />;
  if (!dashboard.data) return <Loading />;
  return (
    <div>
      {dashboard.data.actions.map(({ action, reported, acting, states }) => (
        <details key={action.id}>
          <summary>
            {action.strategyNumber ? t('strategy', { n: action.strategyNumber }) : t('action')}:{' '}
            {acting === 0 ? t('noActing') : t('reportedCount', { reported, count: acting })}
          </summary>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('state')}</th>
                <th scope="col">{t('latest')}</th>
              </tr>
            </thead>
            <tbody>
              {states.map((s) => (
                <tr key={s.state}>
                  <td>{s.name}</td>
                  <td>
                    {s.latest ? `${t(`statuses.${s.latest.status}`)}, ${formatDate(s.latest.reportedAt, i18n.language)}` : t('notReported')}
                    {s.latest?.demo && (
                      <>
                        {' '}
                        <DemoBadge demo />
                      </>
                    )}
                    {s.overdue && <span className="badge"> {t('overdue')}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      ))}
    </div>
  );
}

function ActionItem({ action, plan, kinds, canReport }: { action: Action; plan: Plan; kinds: { id: string; label: string }[]; canReport: boolean }) {
  const { t, i18n } = useTranslation('plans');
  const [open, setOpen] = useState(false);
  const strategy = plan.strategies.find((s) => s.id === action.strategyId);
  return (
    <li className="card">
      {strategy && (
        <h4>
          {t('strategy', { n: strategy.number })}: {strategy.text}
        </h4>
      )}
      <p>
        {action.text} <DemoBadge demo={action.demo} />
      </p>
      <p>
        <strong>{t('acting')}:</strong> {action.allStates ? t('allStates') : action.actingStates.join(', ') || t('none')}
        {action.toBeConfirmed && ` (${t('tbc')})`}
        {' · '}
        <strong>{t('coordinators')}:</strong> {action.coordinators.join(', ') || t('none')}
        {(action.dueOn ?? plan.reportDueOn) && (
          <>
            {' '}
            · <strong>{t('due')}:</strong> {formatDate(action.dueOn ?? plan.reportDueOn, i18n.language)}
          </>
        )}
      </p>
      {canReport &&
        (open ? (
          <ProgressForm actionId={action.id} kinds={kinds} onDone={() => undefined} />
        ) : (
          <button type="button" onClick={() => setOpen(true)}>
            {t('report')}
            {strategy ? ` (${t('strategy', { n: strategy.number })})` : ''}
          </button>
        ))}
    </li>
  );
}

export default function PlansPage() {
  const { t, i18n } = useTranslation('plans');
  const coordinator = usePermission(Permission.PlansCoordinate);
  const plans = useApi(() => api.get<{ plans: Plan[] }>('/api/plans'), []);
  const kinds = useApi(() => api.get<z.infer<typeof capacityKindsResponse>>('/api/plans/capacity-kinds'), []);
  const reminders = useApi(() => api.get<z.infer<typeof remindersResponse>>('/api/plans/reminders'), []);
  const [shown, setShown] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  // Whether the reader reports on an action is the server's answer (access/plans.ts), sent with it.
  const acts = (a: Action) => a.can?.report ?? false;
  async function chairReport(planId: string, format: 'pdf' | 'md') {
    setError(null);
    try {
      await download(`/api/plans/${planId}/chair-report?format=${format}`, `chair-report-${planId}.${format}`);
    } catch (e) {
      setError(e);
    }
  }

  return (
    <Page title={t('title')} intro={t('intro')}>
      <ErrorMessage error={error ?? plans.error} />
      <section aria-labelledby="reminders-h">
        <h2 id="reminders-h">{t('reminders')}</h2>
        {reminders.data?.reminders.length === 0 && <p>{t('noReminders')}</p>}
        <ul>
          {reminders.data?.reminders.map((r) => (
            <li key={`${r.actionId}-${r.state}`}>
              {r.state}: {r.actionText} ({r.planTitle}) · {t('due')} {formatDate(r.dueOn, i18n.language)} · {t(`reasons.${r.reason}`)}
            </li>
          ))}
        </ul>
      </section>
      {!plans.data && <Loading />}
      {plans.data?.plans.map((plan) => (
        <section key={plan.id} aria-labelledby={`plan-${plan.id}`}>
          <h2 id={`plan-${plan.id}`}>
            {plan.title} <DemoBadge demo={plan.demo} />
          </h2>
          <p>{[plan.body, plan.place, formatDate(plan.adoptedOn, i18n.language)].filter(Boolean).join(' · ')}</p>
          {coordinator && (
            <p>
              <button type="button" onClick={() => setShown(shown === plan.id ? null : plan.id)}>
                {shown === plan.id ? t('hide') : t('show')}
              </button>{' '}
              <button type="button" onClick={() => chairReport(plan.id, 'pdf')}>
                {t('chairReport')}
              </button>{' '}
              <button type="button" onClick={() => chairReport(plan.id, 'md')}>
                {t('chairReportMd')}
              </button>
            </p>
          )}
          {shown === plan.id && (
            <>
              <h3>{t('dashboard')}</h3>
              <DashboardView planId={plan.id} />
            </>
          )}
          <ul className="cards">
            {plan.actions.map((a) => (
              <ActionItem key={a.id} action={a} plan={plan} kinds={kinds.data?.kinds ?? []} canReport={Boolean(acts(a))} />
            ))}
          </ul>
        </section>
      ))}
    </Page>
  );
}
