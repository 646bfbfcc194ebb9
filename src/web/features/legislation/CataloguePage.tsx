// Administrators publish a new version of the standards catalogue (a JSON file shaped like data/standards.json).
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api } from '../../api';
import { Form, FormProblem } from '../../components/form';
import { Loading, Page, TextArea, useApi } from '../../components/ui';
import type { Standards } from './types';

export function CataloguePage() {
  const { t } = useTranslation('legislation');
  const fileId = useId();
  const current = useApi(() => api.get<Standards>('/api/legislation/standards'), []);

  // JSON that does not parse is said beside the box it was pasted in; the server's refusal under the form.
  const publish = async (form: FormData) => {
    const file = form.get('file');
    const text = file instanceof File && file.size > 0 ? await file.text() : String(form.get('json') ?? '');
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch (err) {
      throw new FormProblem(file instanceof File && file.size > 0 ? 'file' : 'json', t('badJson', { message: (err as Error).message }));
    }
    const { version } = await api.post<{ version: number }>('/api/legislation/catalogues', body);
    current.reload();
    return t('published', { version });
  };

  return (
    <Page title={t('catalogueTitle')} intro={t('catalogueIntro')} actions={<Link to="/legislation">{t('backToCoverage')}</Link>}>
      {current.loading && <Loading />}
      {current.data && <p>{t('catalogueCurrent', { version: current.data.version, versions: current.data.versions.join(', ') })}</p>}
      <Form className="card form-grid" onSubmit={publish} aria-label={t('publish')}>
        <div className="field">
          <label htmlFor={fileId}>{t('catalogueFile')}</label>
          <input id={fileId} name="file" type="file" accept="application/json,.json" />
        </div>
        <TextArea label={t('catalogueJson')} name="json" rows={10} spellCheck={false} />
        <button type="submit">{t('publish')}</button>
      </Form>
    </Page>
  );
}
