// A record opened by its own address (bookmarked or shared): while it loads, a loading line; when the server refuses it
// (403) or does not know it for this reader (404), the app's forbidden or not-found page, never a piece of the record. An
// address whose id is malformed (400 on the path) names no record either: not found.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api';
import { ErrorMessage, Loading, Page } from './ui';

export function RecordUnavailable({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (error instanceof ApiError && (error.status === 404 || error.status === 403 || error.status === 400)) {
    return (
      <Page title={t(error.status === 403 ? 'app.forbidden' : 'app.notFound')}>
        <p>
          <a href="/">{t('nav.home')}</a>
        </p>
      </Page>
    );
  }
  return <ErrorMessage error={error} />;
}

/** Renders `children(record)` once loaded; the unavailable page on a refusal. */
export function RecordPage<T>({ record, children }: { record: { data: T | null; error: unknown }; children: (record: T) => ReactNode }) {
  if (record.data) return <>{children(record.data)}</>;
  if (record.error) return <RecordUnavailable error={record.error} />;
  return <Loading />;
}
