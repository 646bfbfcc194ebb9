// Small shared pieces every page uses: page frame, form fields, errors, badges, and a data-loading hook.
import { useCallback, useEffect, useId, useRef, useState, type ReactNode, type InputHTMLAttributes, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api';

export function Page({ title, intro, actions, children }: { title: string; intro?: ReactNode; actions?: ReactNode; children: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · Bali Portal`;
  }, [title]);
  return (
    <section className="page" aria-labelledby="page-title">
      <header className="page-header">
        <h1 id="page-title" ref={heading} tabIndex={-1}>{title}</h1>
        {actions && <div className="page-actions">{actions}</div>}
      </header>
      {intro && <p className="intro">{intro}</p>}
      {children}
    </section>
  );
}

type FieldProps = { label: string; help?: string; error?: string | null } & InputHTMLAttributes<HTMLInputElement>;
export function Field({ label, help, error, ...input }: FieldProps) {
  const id = useId();
  const describedBy = [help ? `${id}-help` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...input} />
      {help && <small id={`${id}-help`}>{help}</small>}
      {error && <small id={`${id}-error`} className="field-error">{error}</small>}
    </div>
  );
}

type SelectProps = { label: string; options: { value: string; label: string }[]; error?: string | null } & SelectHTMLAttributes<HTMLSelectElement>;
export function Select({ label, options, error, ...select }: SelectProps) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} aria-invalid={error ? true : undefined} {...select}>
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
      {error && <small className="field-error">{error}</small>}
    </div>
  );
}

type TextAreaProps = { label: string; help?: string; error?: string | null } & TextareaHTMLAttributes<HTMLTextAreaElement>;
export function TextArea({ label, help, error, ...area }: TextAreaProps) {
  const id = useId();
  const describedBy = [help ? `${id}-help` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...area} />
      {help && <small id={`${id}-help`}>{help}</small>}
      {error && <small id={`${id}-error`} className="field-error">{error}</small>}
    </div>
  );
}

/** An error from the API, naming the field when the server named one. */
export function ErrorMessage({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  const message = error instanceof ApiError ? error.message : error instanceof Error ? error.message : t('app.error');
  return <div role="alert" className="alert alert-error">{message}</div>;
}

export function Notice({ children }: { children: ReactNode }) {
  return <div role="status" className="alert alert-info">{children}</div>;
}

export function Loading() {
  const { t } = useTranslation();
  return <p role="status" className="loading">{t('app.loading')}</p>;
}

export function DemoBadge({ demo }: { demo?: boolean }) {
  return demo ? <span className="badge badge-demo" title="synthetic demo data">demo</span> : null;
}

export function ClassificationBadge({ level }: { level: string }) {
  const { t } = useTranslation();
  return <span className={`badge badge-cls badge-${level}`}>{t(`classification.${level}`)}</span>;
}

/** Loads JSON from the API with loading and error state; `reload` fetches again. */
export function useApi<T>(load: () => Promise<T>, deps: unknown[]): { data: T | null; error: unknown; loading: boolean; reload: () => void } {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(true);
  const [tick, setTick] = useState(0);
  const reload = useCallback(() => setTick((n) => n + 1), []);
  useEffect(() => {
    let live = true;
    setLoading(true);
    load()
      .then((d) => { if (live) { setData(d); setError(null); } })
      .catch((e) => { if (live) setError(e); })
      .finally(() => { if (live) setLoading(false); });
    return () => { live = false; };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, tick]);
  return { data, error, loading, reload };
}

export function formatDate(value: string | Date | null | undefined, lng?: string): string {
  if (!value) return '—';
  const d = typeof value === 'string' ? new Date(value.length === 10 ? `${value}T00:00:00Z` : value) : value;
  return new Intl.DateTimeFormat(lng, { dateStyle: 'medium', ...(typeof value === 'string' && value.length === 10 ? { timeZone: 'UTC' } : {}) }).format(d);
}

export function formatDateTime(value: string | Date | null | undefined, lng?: string): string {
  if (!value) return '—';
  return new Intl.DateTimeFormat(lng, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(value));
}
