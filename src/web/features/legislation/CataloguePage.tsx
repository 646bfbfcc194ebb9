// Administrators publish a new version of the standards catalogue (a JSON file shaped like data/standards.json).
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api } from '../../api';
import { ErrorMessage, Loading, Notice, Page, useApi } from '../../components/ui';
import type { Standards } from './types';

export function CataloguePage() {
  const { t } = useTranslation('legislation');
  const fileId = useId();
  const textId = useId();
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const current = useApi(() => api.get<Standards>('/api/legislation/standards'), []);

  const publish = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    setError(null);
    setNotice(null);
    const form = new FormData(e.currentTarget);
    const file = form.get('file');
    const text = file instanceof File && file.size > 0 ? await file.text() : String(form.get('json') ?? '');
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch (err) {
      setError(new Error(t('badJson', { message: (err as Error).message })));
      return;
    }
    try {
      const { version } = await api.post<{ version: number }>('/api/legislation/catalogues', body);
      setNotice(t('published', { version }));
      current.reload();
    } catch (err) {
      setError(err);
    }
  };

  return (
    <Page title={t('catalogueTitle')} intro={t('catalogueIntro')} actions={<Link to="/legislation">{t('backToCoverage')}</Link>}>
      <ErrorMessage error={error} />
      {notice && <Notice>{notice}</Notice>}
      {current.loading && <Loading />}
      {current.data && <p>{t('catalogueCurrent', { version: current.data.version, versions: current.data.versions.join(', ') })}</p>}
      <form className="card form-grid" onSubmit={(e) => void publish(e)} aria-label={t('publish')}>
        <div className="field">
          <label htmlFor={fileId}>{t('catalogueFile')}</label>
          <input id={fileId} name="file" type="file" accept="application/json,.json" />
        </div>
        <div className="field">
          <label htmlFor={textId}>{t('catalogueJson')}</label>
          <textarea id={textId} name="json" rows={10} spellCheck={false} />
        </div>
        <button type="submit">{t('publish')}</button>
      </form>
    </Page>
  );
}
