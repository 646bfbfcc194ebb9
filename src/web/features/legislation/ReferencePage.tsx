// Administrators import newer versions of the reference files (treaties.csv, treaties-later.csv, laws.csv): first the
// rows it would add, remove and change, then the import; every import stays listed with its diff.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Permission } from '../../../server/access/permissions';
import { api } from '../../api';
import { usePermission } from '../../app/session';
import { ActionButton, Form } from '../../components/form';
import { ErrorMessage, Field, formatDateTime, Loading, Notice, Page, Select, TextArea, useApi } from '../../components/ui';
import type { ReferenceImport, ReferenceImports } from './types';

const FILES = ['treaties.csv', 'treaties-later.csv', 'laws.csv'] as const;
type Request = { file: string; csv: string; snapshot?: string; snapshotLabel?: string; snapshotSource?: string };

const values = (r?: Record<string, unknown>) =>
  r
    ? Object.entries(r)
        .map(([k, v]) => `${k}: ${v ?? '—'}`)
        .join('; ')
    : '';

export function DiffView({ diff }: { diff: ReferenceImport }) {
  const { t } = useTranslation('legislation');
  const list = (kind: 'added' | 'removed' | 'changed') => (
    <section aria-label={t(`referenceFiles.${kind}`, { count: diff[kind].length })}>
      <h4>{t(`referenceFiles.${kind}`, { count: diff[kind].length })}</h4>
      {diff[kind].length > 0 && (
        <ul>
          {diff[kind].map((r) => (
            <li key={r.key}>
              <code>{r.key}</code>:{' '}
              {kind === 'changed'
                ? (r.fields ?? []).map((f) => `${f}: ${String(r.before?.[f] ?? '—')} → ${String(r.after?.[f] ?? '—')}`).join('; ')
                : values(r.after ?? r.before)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
  return (
    <div data-testid="reference-diff">
      <p>
        {t('referenceFiles.summary', { file: diff.file, count: diff.rows, unchanged: diff.unchanged })}
        {diff.snapshot && ` ${t('referenceFiles.snapshotIs', { date: diff.snapshot })}`}
      </p>
      {list('added')}
      {list('removed')}
      {list('changed')}
      {diff.kept.length > 0 && (
        <section aria-label={t('referenceFiles.kept')}>
          <h4>{t('referenceFiles.kept')}</h4>
          <ul>
            {diff.kept.map((k) => (
              <li key={`${k.key}-${k.change}`}>
                {k.state}: {k.title} — {k.why}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

export function ReferencePage() {
  const { t, i18n } = useTranslation('legislation');
  const fileId = useId();
  const [file, setFile] = useState<(typeof FILES)[number]>('treaties.csv');
  const [request, setRequest] = useState<Request | null>(null);
  const [preview, setPreview] = useState<ReferenceImport | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const history = useApi(() => api.get<ReferenceImports>('/api/legislation/reference/imports'), []);
  const isAdmin = usePermission(Permission.LegislationReferenceImport);

  // A refused file is said in the form, beside the input the server names; the import itself is asked first.
  const check = async (form: FormData) => {
    setNotice(null);
    setPreview(null);
    const chosen = form.get('upload');
    const csv = chosen instanceof File && chosen.size > 0 ? await chosen.text() : String(form.get('csv') ?? '');
    const opt = (k: string) => String(form.get(k) ?? '').trim() || undefined;
    const body: Request = {
      file,
      csv,
      ...(file === 'treaties.csv' ? { snapshot: opt('snapshot'), snapshotLabel: opt('snapshotLabel'), snapshotSource: opt('snapshotSource') } : {}),
    };
    setPreview(await api.post<ReferenceImport>('/api/legislation/reference/preview', body));
    setRequest(body);
  };
  const apply = async () => {
    if (!request) return null;
    const done = await api.post<ReferenceImport>('/api/legislation/reference/imports', request);
    setPreview(null);
    setRequest(null);
    history.reload();
    return t('referenceFiles.imported', { file: done.file, added: done.added.length, removed: done.removed.length, changed: done.changed.length });
  };

  return (
    <Page title={t('referenceFiles.title')} intro={t('referenceFiles.intro')} actions={<Link to="/legislation/treaties">{t('treatyTable.title')}</Link>}>
      <ErrorMessage error={history.error} />
      {notice && <Notice>{notice}</Notice>}
      {history.data && (
        <table className="table">
          <caption>{t('referenceFiles.loaded')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('referenceFiles.file')}</th>
              <th scope="col">{t('referenceFiles.rows')}</th>
              <th scope="col">{t('referenceFiles.loadedAt')}</th>
              <th scope="col">{t('referenceFiles.snapshot')}</th>
            </tr>
          </thead>
          <tbody>
            {history.data.files.map((f) => (
              <tr key={f.file}>
                <td>{f.file}</td>
                <td>{f.rows}</td>
                <td>{formatDateTime(f.loadedAt, i18n.language)}</td>
                <td>{f.snapshot ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {isAdmin && (
        <Form className="card form-grid" onSubmit={check} aria-label={t('referenceFiles.importTitle')}>
          <h2>{t('referenceFiles.importTitle')}</h2>
          <Select
            label={t('referenceFiles.file')}
            name="file"
            value={file}
            onChange={(e) => {
              setFile(e.target.value as typeof file);
              setPreview(null);
            }}
            options={FILES.map((f) => ({ value: f, label: f }))}
          />
          <div className="field">
            <label htmlFor={fileId}>{t('referenceFiles.upload')}</label>
            <input id={fileId} name="upload" type="file" accept="text/csv,.csv" />
          </div>
          <TextArea label={t('referenceFiles.paste')} name="csv" rows={8} spellCheck={false} />
          {file === 'treaties.csv' && (
            <>
              <Field label={t('referenceFiles.snapshotDate')} name="snapshot" type="date" required help={t('referenceFiles.snapshotHelp')} />
              <Field label={t('referenceFiles.snapshotLabel')} name="snapshotLabel" help={t('referenceFiles.keepPrevious')} />
              <Field label={t('referenceFiles.snapshotSource')} name="snapshotSource" help={t('referenceFiles.keepPrevious')} />
            </>
          )}
          <button type="submit">{t('referenceFiles.preview')}</button>
        </Form>
      )}
      {preview && (
        <section className="card" aria-labelledby="reference-preview">
          <h2 id="reference-preview">{t('referenceFiles.previewTitle')}</h2>
          <DiffView diff={preview} />
          <ActionButton
            onDone={setNotice}
            confirm={{
              title: t('referenceFiles.applyAsk', { file: preview.file }),
              body: t('referenceFiles.applyBody'),
              confirm: t('referenceFiles.apply', { file: preview.file }),
            }}
            onAction={apply}
          >
            {t('referenceFiles.apply', { file: preview.file })}
          </ActionButton>
        </section>
      )}
      <h2>{t('referenceFiles.history')}</h2>
      {history.loading && <Loading />}
      <ul>
        {history.data?.imports.map((i) => (
          <li key={i.id}>
            <details>
              <summary>
                {t('referenceFiles.entry', {
                  file: i.file,
                  at: formatDateTime(i.importedAt, i18n.language),
                  by: i.importedBy?.name ?? t(`referenceFiles.origin.${i.origin}`),
                  added: i.added.length,
                  removed: i.removed.length,
                  changed: i.changed.length,
                })}
              </summary>
              <DiffView diff={i} />
            </details>
          </li>
        ))}
      </ul>
    </Page>
  );
}
