// Record one entity by hand: its kind, names, the properties that kind has, and where the information comes from.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { ENTITY_KINDS } from '../../../server/modules/networks/ftm';
import { api } from '../../api';
import { Form } from '../../components/form';
import { Field, Select } from '../../components/ui';
import { initialProvenance, ProvenanceFields, provenanceBody } from './ProvenanceFields';
import type { EntitySummary } from './types';

type FieldKey =
  | 'birthDate'
  | 'nationality'
  | 'country'
  | 'number'
  | 'documentType'
  | 'documentStatus'
  | 'flag'
  | 'imo'
  | 'mmsi'
  | 'email'
  | 'latitude'
  | 'longitude'
  | 'eventType'
  | 'startDate'
  | 'endDate'
  | 'routeId'
  | 'mode'
  | 'fromPlace'
  | 'toPlace'
  | 'transitPlaces'
  | 'peopleMoved';

/** The properties a person would give for each kind (entityInput on the server accepts them all). */
const fieldsOfKind: Record<(typeof ENTITY_KINDS)[number], FieldKey[]> = {
  person: ['birthDate', 'nationality'],
  organisation: ['country'],
  vessel: ['imo', 'mmsi', 'flag'],
  vehicle: ['number', 'country'],
  document: ['documentType', 'number', 'documentStatus', 'country'],
  phone: ['number'],
  email: ['email'],
  bank_account: ['number', 'country'],
  place: ['country', 'latitude', 'longitude'],
  event: ['eventType', 'startDate', 'endDate', 'country'],
  route: ['startDate', 'endDate'],
  leg: ['routeId', 'mode', 'fromPlace', 'toPlace', 'transitPlaces', 'peopleMoved', 'startDate', 'endDate'],
};

const choices: Partial<Record<FieldKey, string[]>> = {
  documentType: ['passport', 'national_id', 'visa', 'seaman_book', 'other'],
  documentStatus: ['genuine', 'fraudulent', 'lost_stolen'],
  eventType: ['interception', 'arrest', 'departure', 'landing', 'payment'],
  mode: ['sea', 'air', 'land'],
};
const numeric: FieldKey[] = ['latitude', 'longitude', 'peopleMoved'];
/** The same bounds as the server's schema: a count cannot be negative, a coordinate stays on the globe. */
const bounds: Partial<Record<FieldKey, { min: number; max: number }>> = {
  peopleMoved: { min: 0, max: 100000 },
  latitude: { min: -90, max: 90 },
  longitude: { min: -180, max: 180 },
};
const dates: FieldKey[] = ['birthDate', 'startDate', 'endDate'];
const stateCodes: FieldKey[] = ['nationality', 'country', 'flag'];
const listOf = (text: string) =>
  text
    .split(/[;,]/)
    .map((s) => s.trim())
    .filter(Boolean);

export function RecordEntityPage() {
  const { t } = useTranslation('networks');
  const navigate = useNavigate();
  const [kind, setKind] = useState<(typeof ENTITY_KINDS)[number]>('person');
  const [name, setName] = useState('');
  const [aliases, setAliases] = useState('');
  const [values, setValues] = useState<Partial<Record<FieldKey, string>>>({});
  const [modusOperandi, setModusOperandi] = useState('');
  const [provenance, setProvenance] = useState(initialProvenance);

  async function submit() {
    const properties: Record<string, unknown> = {};
    for (const key of fieldsOfKind[kind]) {
      const raw = values[key]?.trim();
      if (!raw) continue;
      properties[key] = numeric.includes(key) ? Number(raw) : key === 'transitPlaces' ? listOf(raw) : stateCodes.includes(key) ? raw.toUpperCase() : raw;
    }
    {
      const created = await api.post<EntitySummary>('/api/networks/entities', {
        kind,
        name: name.trim(),
        ...(listOf(aliases).length ? { aliases: listOf(aliases) } : {}),
        ...properties,
        ...(listOf(modusOperandi).length ? { modusOperandi: listOf(modusOperandi) } : {}),
        ...provenanceBody(provenance),
      });
      navigate(`/networks/entities/${encodeURIComponent(created.id)}`);
    }
  }

  const input = (key: FieldKey) => {
    const common = {
      key,
      name: key,
      value: values[key] ?? '',
      onChange: (e: { target: { value: string } }) => setValues({ ...values, [key]: e.target.value }),
    };
    const options = choices[key];
    if (options)
      return (
        <Select
          {...common}
          label={t(`fields.${key}`)}
          options={[{ value: '', label: t('none') }, ...options.map((o) => ({ value: o, label: t(`values.${o}`) }))]}
        />
      );
    return (
      <Field
        {...common}
        label={t(`fields.${key}`)}
        type={dates.includes(key) ? 'date' : numeric.includes(key) ? 'number' : 'text'}
        step={key === 'peopleMoved' ? 1 : numeric.includes(key) ? 'any' : undefined}
        {...(bounds[key] ?? {})}
        help={stateCodes.includes(key) ? t('stateCodeHelp') : key === 'transitPlaces' ? t('listHelp') : undefined}
      />
    );
  };

  return (
    <Form onSubmit={submit} aria-labelledby="record-entity-title">
      <h2 id="record-entity-title">{t('recordEntity')}</h2>
      <div className="form-grid">
        <Select
          label={t('kind')}
          name="kind"
          value={kind}
          onChange={(e) => setKind(e.target.value as typeof kind)}
          options={ENTITY_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
        />
        <Field label={t('name')} name="name" value={name} onChange={(e) => setName(e.target.value)} required maxLength={300} />
        <Field label={t('aliases')} name="aliases" help={t('listHelp')} value={aliases} onChange={(e) => setAliases(e.target.value)} />
        {fieldsOfKind[kind].map(input)}
        <Field label={t('modusOperandi')} name="modusOperandi" help={t('listHelp')} value={modusOperandi} onChange={(e) => setModusOperandi(e.target.value)} />
      </div>
      <ProvenanceFields value={provenance} onChange={setProvenance} />
      <button type="submit">{t('save')}</button>
    </Form>
  );
}
