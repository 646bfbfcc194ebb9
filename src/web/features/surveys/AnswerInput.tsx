// The input for one question, by kind: yes/no/partly, choice, number, date, text, citation of a provision, evidence files.
// Each is named `answers.<question id>`, as the API names the answer, so that a refusal is said beside its question.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, query } from '../../api';
import { FieldProblem } from '../../components/form';
import { ErrorMessage, Field, Notice, RadioGroup, Select, TextArea } from '../../components/ui';
import { type QuestionView, type SurveyResponse, YES_NO_PARTLY } from './types';

export type Citation = { instrument: string; section: string; provisionId?: string };

export function AnswerInput({
  q,
  value,
  onChange,
  files,
  upload,
}: {
  q: QuestionView;
  value: unknown;
  onChange: (v: unknown) => void;
  files: SurveyResponse['files'];
  upload: { surveyId: string; state: string; onUploaded: () => void };
}) {
  const { t } = useTranslation('surveys');
  const id = useId();
  const label = `${q.text}${q.required ? ` ${t('detail.requiredMark')}` : ''}`;
  const name = `answers.${q.id}`;
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState(false);
  switch (q.kind) {
    case 'yes_no_partly':
      return (
        <RadioGroup
          legend={label}
          name={name}
          value={typeof value === 'string' ? value : null}
          onChange={onChange}
          options={YES_NO_PARTLY.map((o) => ({ value: o, label: t(`answer.${o}`) }))}
        />
      );
    case 'choice':
      return (
        <Select
          label={label}
          name={name}
          value={typeof value === 'string' ? value : ''}
          onChange={(e) => onChange(e.target.value || null)}
          options={[{ value: '', label: t('answer.choose') }, ...(q.options ?? []).map((o) => ({ value: o, label: o }))]}
        />
      );
    case 'number':
      // Survey numbers are counts (prosecutions, victims identified): never below zero.
      return (
        <Field
          label={label}
          name={name}
          type="number"
          min={0}
          step="any"
          value={typeof value === 'number' ? value : ''}
          onChange={(e) => onChange(e.target.value === '' ? null : Number(e.target.value))}
        />
      );
    case 'date':
      return <Field label={label} name={name} type="date" value={typeof value === 'string' ? value : ''} onChange={(e) => onChange(e.target.value || null)} />;
    case 'text':
      return <TextArea label={label} name={name} rows={3} value={typeof value === 'string' ? value : ''} onChange={(e) => onChange(e.target.value)} />;
    case 'citation': {
      const c = (value && typeof value === 'object' ? value : { instrument: '', section: '' }) as Citation;
      return (
        <fieldset data-field={name}>
          <legend>{label}</legend>
          <FieldProblem name={name} />
          <Field label={t('answer.instrument')} value={c.instrument} onChange={(e) => onChange({ ...c, instrument: e.target.value })} />
          <Field label={t('answer.sectionRef')} value={c.section} onChange={(e) => onChange({ ...c, section: e.target.value })} />
        </fieldset>
      );
    }
    case 'file': {
      const mine = files.filter((f) => f.questionId === q.id);
      async function send() {
        if (!file) return;
        setError(null);
        setDone(false);
        try {
          await api.upload(`/api/surveys/${upload.surveyId}/responses/${upload.state}/files${query({ question: q.id, filename: file.name })}`, file);
          setDone(true);
          upload.onUploaded();
        } catch (err) {
          setError(err);
        }
      }
      return (
        <fieldset data-field={name}>
          <legend>{label}</legend>
          <FieldProblem name={name} />
          <p>
            {t('answer.files')}: {mine.length === 0 ? t('answer.noFiles') : mine.map((f) => f.filename).join(', ')}
          </p>
          <div className="field">
            <label htmlFor={id}>{t('answer.attach')}</label>
            <input id={id} type="file" accept=".pdf,.png,.jpg,.jpeg,.txt,.csv,.docx,.xlsx" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
          </div>
          <button type="button" onClick={send} disabled={!file}>
            {t('answer.upload')}
          </button>
          {done && <Notice>{t('answer.uploaded')}</Notice>}
          <ErrorMessage error={error} />
        </fieldset>
      );
    }
  }
}

/** An answer as text for reading (reviews, read-only views). */
export function answerAsText(value: unknown, files: SurveyResponse['files']): string {
  if (value === null || value === undefined || value === '') return '';
  if (Array.isArray(value)) return value.map((id) => files.find((f) => f.id === id)?.filename ?? String(id)).join('; ');
  if (typeof value === 'object') {
    const c = value as Citation;
    return [c.instrument, c.section].filter(Boolean).join(', ');
  }
  return String(value);
}

/** The answer as the API takes it: empty inputs clear the answer. */
export function answerForApi(value: unknown): unknown {
  if (value === undefined || value === '') return null;
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const c = value as Citation;
    return c.instrument.trim()
      ? { instrument: c.instrument.trim(), section: c.section.trim(), ...(c.provisionId ? { provisionId: c.provisionId } : {}) }
      : null;
  }
  return value;
}
