// A return as a CSV or XLSX file: the period and the file are checked beside their fields; refused lines listed by number.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api, download } from '../../api';
import { Form, FormProblem } from '../../components/form';
import { Field } from '../../components/ui';
import { RefusedLines, type ReportLine, type Result, reportLines, savedText } from './returnReport';

/** What the server names about the file's bytes or kind is said beside the file input. */
const FILE_FIELDS = ['contentBase64', 'format', 'body.contentBase64', 'body.format'];

export function UploadSection({ maySubmit, onDone }: { maySubmit: boolean; onDone: () => void }) {
  const { t } = useTranslation('flows');
  const [refused, setRefused] = useState<ReportLine[]>([]);
  const upload = async (data: FormData) => {
    setRefused([]);
    const file = data.get('file');
    if (!(file instanceof File) || file.size === 0) throw new FormProblem('file', t('problem.required', { ns: 'form' }));
    const bytes = new Uint8Array(await file.arrayBuffer());
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    try {
      const saved = await api.post<Result>('/api/flows/uploads', {
        period: String(data.get('period') ?? '').trim(),
        format: file.name.toLowerCase().endsWith('.xlsx') ? 'xlsx' : 'csv',
        contentBase64: btoa(binary),
        submit: data.get('submit') === 'on',
      });
      onDone();
      return savedText(t, saved);
    } catch (err) {
      setRefused(reportLines(err));
      if (err instanceof ApiError && err.field && FILE_FIELDS.includes(err.field)) throw new FormProblem('file', err.message);
      throw err;
    }
  };
  return (
    <Form onSubmit={upload} aria-label={t('upload')}>
      <h2>{t('upload')}</h2>
      <p>
        {t('templates')}:{' '}
        <button type="button" onClick={() => download('/api/flows/templates/flows-return-template.csv', 'flows-return-template.csv')}>
          CSV
        </button>{' '}
        <button type="button" onClick={() => download('/api/flows/templates/flows-return-template.xlsx', 'flows-return-template.xlsx')}>
          XLSX
        </button>
      </p>
      <div className="form-grid">
        <Field label={t('period')} name="period" placeholder="2025-03" required />
        <Field label={t('file')} name="file" type="file" accept=".csv,.xlsx" required />
        {maySubmit && <Field label={t('submitToo')} name="submit" type="checkbox" />}
      </div>
      <button type="submit">{t('uploadButton')}</button>
      <RefusedLines lines={refused} />
    </Form>
  );
}
