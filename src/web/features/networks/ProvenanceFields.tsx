// Where a record comes from and who may see it: report, Admiralty grading, classification and releasability, shared by every form.
// Inputs carry the API field's name, so that a refusal is said beside the input in the enclosing Form.
import { useTranslation } from 'react-i18next';
import { Field, Select } from '../../components/ui';

export interface ProvenanceState {
  report: string;
  reliability: string;
  credibility: string;
  classification: string;
  releasableStates: string;
  releasableGroups: string;
}

export const initialProvenance: ProvenanceState = {
  report: '',
  reliability: 'C',
  credibility: '3',
  classification: 'restricted',
  releasableStates: '',
  releasableGroups: '',
};

const listOf = (text: string) =>
  text
    .split(/[,;\s]+/)
    .map((s) => s.trim())
    .filter(Boolean);

/** The provenance part of an entity or link request body (provenanceInput on the server). */
export function provenanceBody(p: ProvenanceState) {
  return {
    classification: p.classification,
    reliability: p.reliability,
    credibility: p.credibility,
    releasableStates: listOf(p.releasableStates).map((s) => s.toUpperCase()),
    releasableGroups: listOf(p.releasableGroups),
    ...(p.report.trim() ? { report: p.report.trim() } : {}),
  };
}

export function ProvenanceFields({ value, onChange }: { value: ProvenanceState; onChange: (next: ProvenanceState) => void }) {
  const { t } = useTranslation('networks');
  const set = (key: keyof ProvenanceState) => (e: { target: { value: string } }) => onChange({ ...value, [key]: e.target.value });
  return (
    <fieldset>
      <legend>{t('provenance')}</legend>
      <div className="form-grid">
        <Field label={t('report')} name="report" value={value.report} onChange={set('report')} maxLength={200} />
        <Select
          label={t('reliability')}
          name="reliability"
          value={value.reliability}
          onChange={set('reliability')}
          options={'ABCDEF'.split('').map((v) => ({ value: v, label: `${v} – ${t(`reliabilityScale.${v}`)}` }))}
        />
        <Select
          label={t('credibility')}
          name="credibility"
          value={value.credibility}
          onChange={set('credibility')}
          options={'123456'.split('').map((v) => ({ value: v, label: `${v} – ${t(`credibilityScale.${v}`)}` }))}
        />
        <Select
          label={t('classification')}
          name="classification"
          value={value.classification}
          onChange={set('classification')}
          options={['members', 'restricted', 'confidential', 'secret'].map((v) => ({ value: v, label: t(`classifications.${v}`) }))}
        />
        <Field
          label={t('releasableStates')}
          name="releasableStates"
          help={t('releasableStatesHelp')}
          value={value.releasableStates}
          onChange={set('releasableStates')}
        />
        <Field
          label={t('releasableGroups')}
          name="releasableGroups"
          help={t('releasableGroupsHelp')}
          value={value.releasableGroups}
          onChange={set('releasableGroups')}
        />
      </div>
    </fieldset>
  );
}
