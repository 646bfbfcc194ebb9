// Record a link from the entity shown to another entity you may read: role, dates, grading and protection.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LINK_ROLES } from '../../../server/modules/networks/ftm';
import { api, query } from '../../api';
import { Form } from '../../components/form';
import { Field, Select } from '../../components/ui';
import { initialProvenance, ProvenanceFields, provenanceBody } from './ProvenanceFields';
import type { EntitySummary } from './types';

export function LinkForm({ sourceId, onRecorded }: { sourceId: string; onRecorded: () => void }) {
  const { t } = useTranslation('networks');
  const [role, setRole] = useState<string>(LINK_ROLES[0]);
  const [search, setSearch] = useState('');
  const [candidates, setCandidates] = useState<EntitySummary[]>([]);
  const [targetId, setTargetId] = useState('');
  const [startDate, setStartDate] = useState('');
  const [endDate, setEndDate] = useState('');
  const [provenance, setProvenance] = useState(initialProvenance);

  // Candidates come from the same search the workbench uses, so only entities you may read can be linked.
  useEffect(() => {
    if (search.trim().length < 2) {
      setCandidates([]);
      return;
    }
    let live = true;
    const timer = setTimeout(() => {
      api
        .get<{ entities: EntitySummary[] }>(`/api/networks/entities${query({ q: search.trim(), limit: '20' })}`)
        .then((r) => {
          if (!live) return;
          const others = r.entities.filter((e) => e.id !== sourceId);
          setCandidates(others);
          setTargetId(others[0]?.id ?? '');
        })
        .catch(() => live && setCandidates([]));
    }, 250);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [search, sourceId]);

  async function submit() {
    await api.post('/api/networks/links', {
      role,
      sourceId,
      targetId,
      ...(startDate ? { startDate } : {}),
      ...(endDate ? { endDate } : {}),
      ...provenanceBody(provenance),
    });
    onRecorded();
    return t('linkRecorded');
  }

  return (
    <Form onSubmit={submit} aria-labelledby="record-link-title">
      <h3 id="record-link-title">{t('recordLink')}</h3>
      <div className="form-grid">
        <Select
          label={t('role')}
          name="role"
          value={role}
          onChange={(e) => setRole(e.target.value)}
          options={LINK_ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
        />
        <Field label={t('findLinked')} type="search" maxLength={200} value={search} onChange={(e) => setSearch(e.target.value)} />
        <Select
          label={t('linkedEntity')}
          name="targetId"
          value={targetId}
          onChange={(e) => setTargetId(e.target.value)}
          required
          options={
            candidates.length
              ? candidates.map((c) => ({ value: c.id, label: `${c.caption} (${t(`kinds.${c.kind}`)}, ${c.sourceState ?? '?'})` }))
              : [{ value: '', label: t('typeToFind') }]
          }
        />
        <Field label={t('filterFrom')} name="startDate" type="date" value={startDate} onChange={(e) => setStartDate(e.target.value)} />
        <Field label={t('filterTo')} name="endDate" type="date" value={endDate} onChange={(e) => setEndDate(e.target.value)} />
      </div>
      <ProvenanceFields value={provenance} onChange={setProvenance} />
      <button type="submit">{t('saveLink')}</button>
    </Form>
  );
}
