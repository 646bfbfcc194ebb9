// Co-chairs: who chairs now, the decided history, proposed rosters, nominations, and a roster form the server checks.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Permission } from '../../../server/access/permissions';
import { api } from '../../api';
import { usePermission, useUser } from '../../app/session';
import { FieldProblem, Form } from '../../components/form';
import { DemoBadge, ErrorMessage, Field, formatDate, Loading, Select, useApi } from '../../components/ui';
import type { CoChairs, GroupDetail, Suggestion } from './types';

type Row = { year: number; a: string; b: string; extension: string };

export function CoChairsSection({ group }: { group: GroupDetail }) {
  const { t, i18n } = useTranslation('groups');
  const user = useUser();
  const { data, error, loading, reload } = useApi(() => api.get<CoChairs>(`/api/groups/${group.code}/co-chairs`), [group.code]);
  const [rows, setRows] = useState<Row[]>([]);
  const [nominationYear, setNominationYear] = useState(String(new Date().getFullYear() + 1));
  const mayPropose = group.can.proposeRoster;
  const mayNominate = group.can.nominate;
  const decides = usePermission(Permission.GroupsCoChairsDecide);
  const options = [{ value: '', label: '—' }, ...group.memberStates.map((m) => ({ value: m, label: m }))];
  const nextYear = () => (rows.length ? rows[rows.length - 1].year + 1 : Math.max(new Date().getFullYear(), ...(data?.history.map((h) => h.year + 1) ?? [])));

  const suggest = async () => {
    const s = await api.get<Suggestion>(`/api/groups/${group.code}/co-chairs/suggestion?years=2`);
    setRows(s.years.map((y) => ({ year: y.year, a: y.coChairs[0]?.memberCode ?? '', b: y.coChairs[1]?.memberCode ?? '', extension: '' })));
  };
  const propose = async () => {
    await api.post(`/api/groups/${group.code}/co-chairs/rosters`, {
      years: rows.map((r) => ({
        year: r.year,
        coChairs: [r.a, r.b].filter(Boolean).map((m) => ({ memberCode: m, extensionAgreed: r.extension.trim() || null })),
      })),
    });
    setRows([]);
    reload();
    return t('proposed');
  };
  const nominate = async () => {
    await api.post(`/api/groups/${group.code}/co-chairs/nominations`, { memberCode: user.state, forYear: Number(nominationYear) });
    reload();
    return t('nominated');
  };
  const set = (i: number, patch: Partial<Row>) => setRows(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));

  return (
    <>
      <ErrorMessage error={error} />
      {loading && <Loading />}
      {data && (
        <>
          <h2>{t('rules')}</h2>
          <ul>
            {data.rules.map((r) => (
              <li key={r.rule}>{r.text}</li>
            ))}
          </ul>
          <h2>{t('history')}</h2>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('year')}</th>
                <th scope="col">{t('coChairs')}</th>
                <th scope="col">{t('decidedAt')}</th>
              </tr>
            </thead>
            <tbody>
              {data.history.map((h) => (
                <tr key={h.year}>
                  <td>
                    {h.year}
                    {h.year === data.currentYear ? ` (${t('coChairsNow')})` : ''}
                  </td>
                  <td>{h.coChairs.map((c) => c.memberCode).join(', ')}</td>
                  <td>
                    {h.decidedAt}
                    {h.decidedOn ? `, ${formatDate(h.decidedOn, i18n.language)}` : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <h2>{t('rosters')}</h2>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('status')}</th>
                <th scope="col">{t('coChairs')}</th>
              </tr>
            </thead>
            <tbody>
              {data.rosters.map((r) => (
                <tr key={r.id}>
                  <td>
                    {t(`statuses.${r.status}`)} <DemoBadge demo={r.demo} />
                  </td>
                  <td>{r.years.map((y) => `${y.year}: ${y.coChairs.map((c) => c.memberCode).join(', ')}`).join('; ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {decides && data.rosters.some((r) => r.status === 'proposed') && (
            <DecideForm code={group.code} rosters={data.rosters.filter((r) => r.status === 'proposed')} onDone={reload} />
          )}
          <h2>{t('nominations')}</h2>
          <ul>
            {data.nominations.map((n) => (
              <li key={n.id}>
                {n.forYear}: {n.memberCode} <DemoBadge demo={n.demo} />
              </li>
            ))}
          </ul>
        </>
      )}
      {mayNominate && (
        <Form className="filters" onSubmit={nominate} aria-label={t('nominate')}>
          <Field
            label={t('forYear')}
            name="forYear"
            type="number"
            min={1900}
            step={1}
            required
            value={nominationYear}
            onChange={(e) => setNominationYear(e.target.value)}
          />
          <button type="submit">{t('nominate')}</button>
        </Form>
      )}
      {mayPropose && (
        <Form onSubmit={propose} aria-labelledby="propose-h">
          <h2 id="propose-h">{t('propose')}</h2>
          <p>{t('proposeIntro')}</p>
          <div className="filters">
            <button type="button" onClick={() => void suggest()}>
              {t('suggest')}
            </button>
            <button type="button" onClick={() => setRows([...rows, { year: nextYear(), a: '', b: '', extension: '' }])}>
              {t('addYear')}
            </button>
            {rows.length > 0 && (
              <button type="button" onClick={() => setRows(rows.slice(0, -1))}>
                {t('removeYear')}
              </button>
            )}
          </div>
          {/* A year's row is where a broken rotation rule is said (the server names years.N.coChairs or years.N.year). */}
          {rows.map((r, i) => (
            <fieldset key={r.year} className="form-grid" data-field={`years.${i}`}>
              <legend>{r.year}</legend>
              <FieldProblem name={`years.${i}`} />
              <Select label={t('coChairN', { n: 1, year: r.year })} options={options} value={r.a} onChange={(e) => set(i, { a: e.target.value })} />
              <Select label={t('coChairN', { n: 2, year: r.year })} options={options} value={r.b} onChange={(e) => set(i, { b: e.target.value })} />
              <Field label={`${t('extension')} ${r.year}`} value={r.extension} onChange={(e) => set(i, { extension: e.target.value })} />
            </fieldset>
          ))}
          {rows.length > 0 && <button type="submit">{t('submitRoster')}</button>}
        </Form>
      )}
    </>
  );
}

/** The secretariat records the senior officials meeting's decision on a proposed roster; the rules are checked again. */
function DecideForm({ code, rosters, onDone }: { code: string; rosters: CoChairs['rosters']; onDone: () => void }) {
  const { t } = useTranslation('groups');
  const [form, setForm] = useState({ roster: rosters[0]?.id ?? '', meeting: '', decidedOn: '' });
  const submit = async () => {
    await api.post(`/api/groups/${code}/co-chairs/rosters/${form.roster}/decide`, { meeting: form.meeting, decidedOn: form.decidedOn });
    onDone();
    return t('rosterDecided');
  };
  return (
    <Form className="form-grid" onSubmit={submit} aria-labelledby="decide-h">
      <h2 id="decide-h">{t('decide')}</h2>
      <Select
        label={t('rosters')}
        value={form.roster}
        onChange={(e) => setForm({ ...form, roster: e.target.value })}
        options={rosters.map((r) => ({ value: r.id, label: r.years.map((y) => `${y.year}: ${y.coChairs.map((c) => c.memberCode).join(', ')}`).join('; ') }))}
      />
      <Field label={t('meetingName')} name="meeting" value={form.meeting} onChange={(e) => setForm({ ...form, meeting: e.target.value })} required />
      <Field
        label={t('decidedOn')}
        name="decidedOn"
        type="date"
        value={form.decidedOn}
        onChange={(e) => setForm({ ...form, decidedOn: e.target.value })}
        required
      />
      <button type="submit">{t('decideButton')}</button>
    </Form>
  );
}
