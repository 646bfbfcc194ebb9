// Recording documents for the user's state: one by form, or a whole list from a CSV/XLSX file (all or nothing, every bad
// line named); for a hashed list the number is hashed on arrival and never kept.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { importResult, recordSchema } from '../../../server/modules/documents/schemas';
import { ApiError, api, base64Of, download } from '../../api';
import { Form } from '../../components/form';
import { ClassificationSelect } from '../../components/identity-fields';
import { Field, Select, TextArea } from '../../components/ui';
import { DOCUMENT_STATUSES, DOCUMENT_TYPES } from './kinds';

const EMPTY = {
  number: '',
  issuingState: '',
  type: 'passport',
  status: 'stolen',
  issuedOn: '',
  expiresOn: '',
  reportedOn: '',
  notes: '',
  classification: 'restricted',
};

export function LineReport({ error }: { error: unknown }) {
  const { t } = useTranslation('documents');
  if (!(error instanceof ApiError) || !Array.isArray(error.body.report)) return null;
  const report = error.body.report as { line: number; field: string; message: string }[];
  return (
    <table className="table">
      <caption>{t('record.report', { count: report.length })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('check.line')}</th>
          <th scope="col">{t('record.column')}</th>
          <th scope="col">{t('record.problem')}</th>
        </tr>
      </thead>
      <tbody>
        {report.map((r, i) => (
          <tr key={i}>
            <td>{r.line}</td>
            <td>{r.field}</td>
            <td>{r.message}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function RecordPage() {
  const { t } = useTranslation('documents');
  const [form, setForm] = useState(EMPTY);
  const [file, setFile] = useState<File | null>(null);
  const [uploadError, setUploadError] = useState<unknown>(null);
  const set = (k: keyof typeof EMPTY) => (e: { target: { value: string } }) => setForm({ ...form, [k]: e.target.value });

  const record = async () => {
    const optional = (v: string) => (v ? v : undefined);
    const saved = await api.post<z.infer<typeof recordSchema> & { created: boolean }>('/api/documents', {
      number: form.number,
      issuingState: form.issuingState,
      type: form.type,
      status: form.status,
      issuedOn: optional(form.issuedOn),
      expiresOn: optional(form.expiresOn),
      reportedOn: optional(form.reportedOn),
      notes: optional(form.notes),
      classification: form.classification,
    });
    setForm(EMPTY);
    return t(saved.created ? 'record.created' : 'record.updated', { number: saved.number ?? t('hashedNumber') });
  };

  // All or nothing: a refused file is said under its form, and every bad line is listed with its column.
  const upload = async () => {
    if (!file) return;
    setUploadError(null);
    try {
      const r = await api.post<z.infer<typeof importResult>>('/api/documents/uploads', {
        format: file.name.toLowerCase().endsWith('.xlsx') ? 'xlsx' : 'csv',
        contentBase64: await base64Of(file),
      });
      return t('record.uploaded', r);
    } catch (err) {
      setUploadError(err);
      throw err;
    }
  };

  return (
    <>
      <h2>{t('record.title')}</h2>
      <Form onSubmit={record} className="form-grid" aria-label={t('record.title')}>
        <Field label={t('number')} name="number" value={form.number} onChange={set('number')} required maxLength={64} />
        <Field
          label={t('issuingState')}
          help={t('issuingStateHelp')}
          name="issuingState"
          value={form.issuingState}
          onChange={set('issuingState')}
          required
          maxLength={8}
        />
        <Select
          label={t('type')}
          name="type"
          value={form.type}
          onChange={set('type')}
          options={DOCUMENT_TYPES.map((d) => ({ value: d, label: t(`types.${d}`) }))}
        />
        <Select
          label={t('status')}
          name="status"
          value={form.status}
          onChange={set('status')}
          options={DOCUMENT_STATUSES.map((s) => ({ value: s, label: t(`statuses.${s}`) }))}
        />
        <Field label={t('issuedOn')} type="date" name="issuedOn" value={form.issuedOn} onChange={set('issuedOn')} />
        <Field label={t('expiresOn')} type="date" name="expiresOn" value={form.expiresOn} onChange={set('expiresOn')} />
        <Field label={t('reportedOn')} type="date" name="reportedOn" value={form.reportedOn} onChange={set('reportedOn')} />
        <ClassificationSelect label={t('classification')} value={form.classification} onChange={set('classification')} />
        <TextArea label={t('notes')} name="notes" value={form.notes} onChange={set('notes')} rows={2} maxLength={2000} />
        <button type="submit">{t('record.submit')}</button>
      </Form>

      <Form onSubmit={upload} aria-label={t('record.upload')}>
        <h2>{t('record.upload')}</h2>
        <p>{t('record.uploadHelp')}</p>
        <p>
          {t('record.templates')}:{' '}
          <button type="button" onClick={() => download('/api/documents/templates/document-list-template.csv', 'document-list-template.csv')}>
            CSV
          </button>{' '}
          <button type="button" onClick={() => download('/api/documents/templates/document-list-template.xlsx', 'document-list-template.xlsx')}>
            XLSX
          </button>
        </p>
        <Field label={t('record.file')} name="file" type="file" accept=".csv,.xlsx" onChange={(e) => setFile(e.target.files?.[0] ?? null)} required />
        <button type="submit">{t('record.uploadSubmit')}</button>
        <LineReport error={uploadError} />
      </Form>
    </>
  );
}
