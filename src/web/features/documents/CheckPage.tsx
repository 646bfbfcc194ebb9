// Checking documents: paste a manifest (typed lines or MRZ lines), upload one (CSV/XLSX), or check one document; the
// answer is one row per line, hit or no hit, with the status, the recording state to contact and any bad MRZ check digit.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { checkResponse } from '../../../server/modules/documents/schemas';
import { api, base64Of } from '../../api';
import { Form } from '../../components/form';
import { Field, formatDateTime, Notice, Select, TextArea } from '../../components/ui';
import { CheckResults } from './CheckResults';
import { DOCUMENT_TYPES } from './kinds';

type Answer = z.infer<typeof checkResponse>;

export function CheckPage() {
  const { t, i18n } = useTranslation('documents');
  const [mode, setMode] = useState<'text' | 'file' | 'one'>('text');
  const [text, setText] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [one, setOne] = useState({ number: '', issuingState: '', type: '' });
  const [answer, setAnswer] = useState<Answer | null>(null);

  const check = async () => {
    const body =
      mode === 'text'
        ? { text }
        : mode === 'file' && file
          ? { file: { format: file.name.toLowerCase().endsWith('.xlsx') ? 'xlsx' : 'csv', contentBase64: await base64Of(file) } }
          : { documents: [{ number: one.number, issuingState: one.issuingState, ...(one.type ? { type: one.type } : {}) }] };
    setAnswer(null);
    setAnswer(await api.post<Answer>('/api/documents/check', body));
  };

  return (
    <>
      <h2>{t('check.title')}</h2>
      <Form onSubmit={check} aria-label={t('check.title')}>
        <fieldset className="filters">
          <legend>{t('check.how')}</legend>
          {(['text', 'file', 'one'] as const).map((m) => (
            <label key={m}>
              <input type="radio" name="mode" value={m} checked={mode === m} onChange={() => setMode(m)} /> {t(`check.modes.${m}`)}
            </label>
          ))}
        </fieldset>
        {mode === 'text' && (
          <TextArea
            label={t('check.manifest')}
            name="text"
            help={t('check.manifestHelp')}
            value={text}
            onChange={(e) => setText(e.target.value)}
            rows={10}
            spellCheck={false}
            required
            className="mono"
          />
        )}
        {mode === 'file' && (
          <Field
            label={t('check.file')}
            name="file"
            help={t('check.fileHelp')}
            type="file"
            accept=".csv,.xlsx"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            required
          />
        )}
        {mode === 'one' && (
          <div className="form-grid">
            <Field
              label={t('number')}
              name="documents.0.number"
              value={one.number}
              onChange={(e) => setOne({ ...one, number: e.target.value })}
              required
              maxLength={64}
            />
            <Field
              label={t('issuingState')}
              name="documents.0.issuingState"
              help={t('issuingStateHelp')}
              value={one.issuingState}
              onChange={(e) => setOne({ ...one, issuingState: e.target.value })}
              required
              maxLength={8}
            />
            <Select
              label={t('type')}
              name="documents.0.type"
              value={one.type}
              onChange={(e) => setOne({ ...one, type: e.target.value })}
              options={[{ value: '', label: t('anyType') }, ...DOCUMENT_TYPES.map((d) => ({ value: d, label: t(`types.${d}`) }))]}
            />
          </div>
        )}
        <button type="submit">{t('check.submit')}</button>
      </Form>
      {answer && (
        <>
          <Notice>{t('check.summary', { lines: answer.lines, hits: answer.hits, at: formatDateTime(answer.checkedAt, i18n.language) })}</Notice>
          <CheckResults answer={answer} />
        </>
      )}
    </>
  );
}
