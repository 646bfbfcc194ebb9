// One plan of action as a section: its actions (with reporting for acting states) and, for coordinators, the dashboard
// and the report to the chair. The list page shows every plan this way; /plans/:id shows one.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { z } from 'zod';
import { Permission } from '../../../server/access/permissions';
import type { Action, dashboardResponse, Plan } from '../../../server/modules/plans/schemas';
import { api, download } from '../../api';
import { usePermission } from '../../app/session';
import { DemoBadge, ErrorMessage, formatDate, Loading, useApi } from '../../components/ui';
import { useMemberNames } from '../../i18n/states';
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
  const memberName = useMemberNames();
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
        <strong>{t('acting')}:</strong> {action.allStates ? t('allStates') : action.actingStates.map(memberName).join(', ') || t('none')}
        {action.toBeConfirmed && ` (${t('tbc')})`}
        {' · '}
        <strong>{t('coordinators')}:</strong> {action.coordinators.map(memberName).join(', ') || t('none')}
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

/** `linked`: the heading leads to the plan's own address (on the list page); without it the section is the plan's own
 * page, whose title is the page heading. */
export function PlanSection({ plan, kinds, linked }: { plan: Plan; kinds: { id: string; label: string }[]; linked?: boolean }) {
  const { t, i18n } = useTranslation('plans');
  const coordinator = usePermission(Permission.PlansCoordinate);
  const [shown, setShown] = useState(false);
  const [error, setError] = useState<unknown>(null);
  async function chairReport(format: 'pdf' | 'md') {
    setError(null);
    try {
      await download(`/api/plans/${plan.id}/chair-report?format=${format}`, `chair-report-${plan.id}.${format}`);
    } catch (e) {
      setError(e);
    }
  }
  return (
    <section aria-labelledby={linked ? `plan-${plan.id}` : 'page-title'}>
      {linked ? (
        <h2 id={`plan-${plan.id}`}>
          <Link to={`/plans/${plan.id}`}>{plan.title}</Link> <DemoBadge demo={plan.demo} />
        </h2>
      ) : (
        <DemoBadge demo={plan.demo} />
      )}
      <p>{[plan.body, plan.place, formatDate(plan.adoptedOn, i18n.language)].filter(Boolean).join(' · ')}</p>
      <ErrorMessage error={error} />
      {coordinator && (
        <p>
          <button type="button" onClick={() => setShown(!shown)}>
            {shown ? t('hide') : t('show')}
          </button>{' '}
          <button type="button" onClick={() => chairReport('pdf')}>
            {t('chairReport')}
          </button>{' '}
          <button type="button" onClick={() => chairReport('md')}>
            {t('chairReportMd')}
          </button>
        </p>
      )}
      {shown && (
        <>
          <h3>{t('dashboard')}</h3>
          <DashboardView planId={plan.id} />
        </>
      )}
      <ul className="cards">
        {plan.actions.map((a) => (
          // Whether the reader reports on an action is the server's answer (access/plans.ts), sent with it.
          <ActionItem key={a.id} action={a} plan={plan} kinds={kinds} canReport={Boolean(a.can?.report)} />
        ))}
      </ul>
    </section>
  );
}
