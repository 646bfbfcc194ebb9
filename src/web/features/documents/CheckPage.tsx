// Checking documents: paste a manifest (typed lines or MRZ lines), upload one (CSV/XLSX), or check one document; the
// answer is one row per line, hit or no hit, with the status, the recording state to contact and any bad MRZ check digit.
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { checkResponse } from '../../../server/modules/documents/schemas';
import { api, base64Of } from '../../api';
import { ErrorMessage, Field, formatDateTime, Notice, Select, TextArea } from '../../components/ui';
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
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const check = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setBusy(true);
    try {
      const body =
        mode === 'text'
          ? { text }
          : mode === 'file' && file
            ? { file: { format: file.name.toLowerCase().endsWith('.xlsx') ? 'xlsx' : 'csv', contentBase64: await base64Of(file) } }
            : { documents: [{ number: one.number, issuingState: one.issuingState, ...(one.type ? { type: one.type } : {}) }] };
      setAnswer(await api.post<Answer>('/api/documents/check', body));
    } catch (err) {
      setAnswer(null);
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <h2>{t('check.title')}</h2>
      <form onSubmit={check} aria-label={t('check.title')}>
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
            help={t('check.fileHelp')}
            type="file"
            accept=".csv,.xlsx"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            required
          />
        )}
        {mode === 'one' && (
          <div className="form-grid">
            <Field label={t('number')} value={one.number} onChange={(e) => setOne({ ...one, number: e.target.value })} required maxLength={64} />
            <Field
              label={t('issuingState')}
              help={t('issuingStateHelp')}
              value={one.issuingState}
              onChange={(e) => setOne({ ...one, issuingState: e.target.value })}
              required
              maxLength={8}
            />
            <Select
              label={t('type')}
              value={one.type}
              onChange={(e) => setOne({ ...one, type: e.target.value })}
              options={[{ value: '', label: t('anyType') }, ...DOCUMENT_TYPES.map((d) => ({ value: d, label: t(`types.${d}`) }))]}
            />
          </div>
        )}
        <button type="submit" disabled={busy}>
          {t('check.submit')}
        </button>
      </form>
      <ErrorMessage error={error} />
      {answer && (
        <>
          <Notice>{t('check.summary', { lines: answer.lines, hits: answer.hits, at: formatDateTime(answer.checkedAt, i18n.language) })}</Notice>
          <CheckResults answer={answer} />
        </>
      )}
    </>
  );
}
