// One working group: terms of reference and membership rule, co-chairs, meetings, statements and the annual report.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Route, Routes, useParams } from 'react-router-dom';
import { Permission } from '../../../server/access/permissions';
import { api, download } from '../../api';
import { usePermission } from '../../app/session';
import { DemoBadge, ErrorMessage, Field, formatDate, Loading, Notice, Page, useApi } from '../../components/ui';
import { CoChairsSection } from './CoChairsSection';
import { StatementsSection } from './StatementsSection';
import type { AnnualReport, GroupDetail, Meetings } from './types';

export function GroupPage() {
  const { code = '' } = useParams();
  const { t } = useTranslation('groups');
  const { data: group, error, loading } = useApi(() => api.get<GroupDetail>(`/api/groups/${code}`), [code]);
  const tabs = [
    ['', 'overview'],
    ['co-chairs', 'coChairs'],
    ['meetings', 'meetings'],
    ['statements', 'statements'],
  ] as const;
  return (
    <Page title={group?.name ?? t('title')} actions={<Link to="/groups">{t('back')}</Link>}>
      <ErrorMessage error={error} />
      {loading && <Loading />}
      {group && (
        <>
          <p>
            <DemoBadge demo={group.demo} /> <strong>{t('coChairsNow')}:</strong> {group.coChairs.join(', ') || t('notDecided')}
          </p>
          <Notice>{group.canReadMaterial ? t('materialOpen') : t('materialClosed')}</Notice>
          <nav aria-label={group.name} className="filters">
            {tabs.map(([path, key]) => (
              <NavLink key={key} to={`/groups/${code}/${path}`} end>
                {t(`tabs.${key}`)}
              </NavLink>
            ))}
          </nav>
          <Routes>
            <Route index element={<Overview group={group} />} />
            <Route path="co-chairs" element={<CoChairsSection group={group} />} />
            <Route path="meetings" element={<MeetingsSection code={code} />} />
            <Route path="statements" element={<StatementsSection group={group} />} />
            <Route path="report/:year" element={<ReportSection code={code} />} />
          </Routes>
        </>
      )}
    </Page>
  );
}

function Overview({ group }: { group: GroupDetail }) {
  const { t } = useTranslation('groups');
  return (
    <>
      <h2>{t('members')}</h2>
      <p>{group.memberStates.join(', ')}</p>
      <h2>{t('termsOfReference')}</h2>
      {group.termsOfReference.split(/\n\n+/).map((p, i) => (
        <p key={i}>{p}</p>
      ))}
    </>
  );
}

function MeetingsSection({ code }: { code: string }) {
  const { t, i18n } = useTranslation('groups');
  const readsReports = usePermission(Permission.GroupsReportsRead);
  const { data, error, loading, reload } = useApi(() => api.get<Meetings>(`/api/groups/${code}/meetings`), [code]);
  const [form, setForm] = useState({ title: '', startsOn: '', location: '', chathamHouse: false, agenda: '' });
  const [saveError, setSaveError] = useState<unknown>(null);
  const year = new Date().getFullYear();
  const convene = async () => {
    try {
      setSaveError(null);
      await api.post(`/api/groups/${code}/meetings`, {
        title: form.title,
        startsOn: form.startsOn,
        location: form.location,
        chathamHouse: form.chathamHouse,
        agenda: form.agenda
          .split('\n')
          .map((l) => l.trim())
          .filter(Boolean)
          .map((title) => ({ title, lead: null })),
      });
      setForm({ title: '', startsOn: '', location: '', chathamHouse: false, agenda: '' });
      reload();
    } catch (e) {
      setSaveError(e);
    }
  };
  return (
    <>
      <ErrorMessage error={error} />
      {loading && <Loading />}
      {data && data.meetings.length === 0 && <p>{t('noMeetings')}</p>}
      {data && data.meetings.length > 0 && (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('date')}</th>
              <th scope="col">{t('meetingTitle')}</th>
              <th scope="col">{t('location')}</th>
              <th scope="col">{t('chathamHouse')}</th>
            </tr>
          </thead>
          <tbody>
            {data.meetings.map((m) => (
              <tr key={m.id}>
                <td>{formatDate(m.startsOn, i18n.language)}</td>
                <td>
                  <Link to={`/groups/meetings/${m.id}`}>{m.title}</Link> <DemoBadge demo={m.demo} />
                </td>
                <td>{m.location}</td>
                <td>{m.chathamHouse ? t('yes') : t('no')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {data?.canReadMaterial && readsReports && (
        <p>
          <Link to={`/groups/${code}/report/${year}`}>{t('reportFor', { year })}</Link>
        </p>
      )}
      {data?.canConvene && (
        <form
          className="form-grid"
          onSubmit={(e) => {
            e.preventDefault();
            void convene();
          }}
        >
          <h2>{t('convene')}</h2>
          <Field label={t('meetingTitle')} value={form.title} onChange={(e) => setForm({ ...form, title: e.target.value })} required />
          <Field label={t('date')} type="date" value={form.startsOn} onChange={(e) => setForm({ ...form, startsOn: e.target.value })} required />
          <Field label={t('location')} value={form.location} onChange={(e) => setForm({ ...form, location: e.target.value })} />
          <Field label={t('chathamHouse')} type="checkbox" checked={form.chathamHouse} onChange={(e) => setForm({ ...form, chathamHouse: e.target.checked })} />
          <div className="field">
            <label htmlFor="wg-agenda">{t('agenda')}</label>
            <textarea id="wg-agenda" aria-describedby="wg-agenda-help" value={form.agenda} onChange={(e) => setForm({ ...form, agenda: e.target.value })} />
            <small id="wg-agenda-help">{t('agendaHelp')}</small>
          </div>
          <ErrorMessage error={saveError} />
          <button type="submit">{t('convene')}</button>
        </form>
      )}
    </>
  );
}

function ReportSection({ code }: { code: string }) {
  const { year = '' } = useParams();
  const { t, i18n } = useTranslation('groups');
  const { data: r, error, loading } = useApi(() => api.get<AnnualReport>(`/api/groups/${code}/annual-report/${year}`), [code, year]);
  return (
    <>
      <h2>
        {t('report')}: {year}
      </h2>
      <ErrorMessage error={error} />
      {loading && <Loading />}
      {r && (
        <>
          <p>
            <DemoBadge demo={r.demo} /> <strong>{t('coChairs')}:</strong> {r.coChairs.join(', ') || t('notDecided')}
          </p>
          <button type="button" onClick={() => void download(`/api/groups/${code}/annual-report/${year}/pdf`, `${code}-report-${year}.pdf`)}>
            {t('downloadPdf')}
          </button>
          <h3>{t('reportMeetings', { count: r.meetings.length })}</h3>
          <ul>
            {r.meetings.map((m) => (
              <li key={m.title + m.startsOn}>
                {formatDate(m.startsOn, i18n.language)}: {m.title}, {m.location} ({t('participantCount', { count: m.participantCount })}{' '}
                {t('notesCount', { count: m.noteCount })}
                {m.chathamHouse ? `; ${t('chathamHouse')}` : ''})
                {m.decisions.length > 0 && (
                  <ul>
                    {m.decisions.map((d) => (
                      <li key={d}>{d}</li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
          <h3>{t('actions')}</h3>
          <p>{t('reportActions', r.actionTotals)}</p>
          <ActionsTable actions={r.actions} />
          <h3>{t('statementsPublished')}</h3>
          <ul>
            {r.statements.map((s) => (
              <li key={s.title}>
                {formatDate(s.publishedAt, i18n.language)}: {s.title}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

export function ActionsTable({
  actions,
}: {
  actions: { description: string; responsibleStates: string[]; dueOn: string | null; status: string; overdue?: boolean; planActionId?: string | null }[];
}) {
  const { t, i18n } = useTranslation('groups');
  if (actions.length === 0) return null;
  return (
    <table className="table">
      <thead>
        <tr>
          <th scope="col">{t('actions')}</th>
          <th scope="col">{t('responsible')}</th>
          <th scope="col">{t('due')}</th>
          <th scope="col">{t('status')}</th>
        </tr>
      </thead>
      <tbody>
        {actions.map((a) => (
          <tr key={a.description} className={a.overdue ? 'row-warn' : undefined}>
            <td>
              {a.description}
              {a.planActionId ? ` (${t('planAction')})` : ''}
            </td>
            <td>{a.responsibleStates.join(', ')}</td>
            <td>{formatDate(a.dueOn, i18n.language)}</td>
            <td>
              {t(`statuses.${a.status}`)}
              {a.overdue ? ` (${t('overdue')})` : ''}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
