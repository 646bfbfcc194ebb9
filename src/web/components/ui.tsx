// Small shared pieces every page uses: page frame, form fields, errors, badges, and a data-loading hook.
import {
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
  useCallback,
  useEffect,
  useId,
  useRef,
  useState,
} from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api';
import { i18n } from '../i18n';
import { localeOf } from '../i18n/format';
import { useVocabulary } from '../i18n/vocabulary';
import { useFieldError } from './form';

export function Page({ title, intro, actions, children }: { title: string; intro?: ReactNode; actions?: ReactNode; children: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · Bali Portal`;
  }, [title]);
  return (
    <section className="page" aria-labelledby="page-title">
      <header className="page-header">
        <h1 id="page-title" ref={heading} tabIndex={-1}>
          {title}
        </h1>
        {actions && <div className="page-actions">{actions}</div>}
      </header>
      {intro && <p className="intro">{intro}</p>}
      {children}
    </section>
  );
}

type FieldProps = { label: string; help?: string; error?: string | null } & InputHTMLAttributes<HTMLInputElement>;
/**
 * A labelled input; inside a Form, its problem (named after `name`) shows beside it. `error` is a problem the page
 * places itself (a live filter's refused search): announced as it appears, since no submit moves the focus to it.
 */
export function Field({ label, help, error, ...input }: FieldProps) {
  const own = useId();
  const id = input.id ?? own;
  const fromForm = useFieldError(input.name || id);
  const problem = fromForm ?? error;
  const describedBy = [problem ? `${id}-error` : null, help ? `${id}-help` : null].filter(Boolean).join(' ') || undefined;
  const box = input.type === 'checkbox' || input.type === 'radio';
  return (
    <div className={box ? 'field checkbox' : 'field'}>
      {!box && <label htmlFor={id}>{label}</label>}
      <input id={id} aria-invalid={problem ? true : undefined} aria-describedby={describedBy} {...input} />
      {box && <label htmlFor={id}>{label}</label>}
      {problem && (
        <small id={`${id}-error`} className="field-error" role={fromForm ? undefined : 'alert'}>
          {problem}
        </small>
      )}
      {help && <small id={`${id}-help`}>{help}</small>}
    </div>
  );
}

type SelectProps = {
  label: string;
  options: { value: string; label: string }[];
  help?: string;
  error?: string | null;
} & SelectHTMLAttributes<HTMLSelectElement>;
export function Select({ label, options, help, error, ...select }: SelectProps) {
  const own = useId();
  const id = select.id ?? own;
  const problem = useFieldError(select.name || id) ?? error;
  const describedBy = [problem ? `${id}-error` : null, help ? `${id}-help` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} aria-invalid={problem ? true : undefined} aria-describedby={describedBy} {...select}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {problem && (
        <small id={`${id}-error`} className="field-error">
          {problem}
        </small>
      )}
      {help && <small id={`${id}-help`}>{help}</small>}
    </div>
  );
}

type TextAreaProps = { label: string; help?: string; error?: string | null } & TextareaHTMLAttributes<HTMLTextAreaElement>;
export function TextArea({ label, help, error, ...area }: TextAreaProps) {
  const own = useId();
  const id = area.id ?? own;
  const problem = useFieldError(area.name || id) ?? error;
  const describedBy = [problem ? `${id}-error` : null, help ? `${id}-help` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} aria-invalid={problem ? true : undefined} aria-describedby={describedBy} {...area} />
      {problem && (
        <small id={`${id}-error`} className="field-error">
          {problem}
        </small>
      )}
      {help && <small id={`${id}-help`}>{help}</small>}
    </div>
  );
}

type Choice = { value: string; label: ReactNode };
type GroupProps = {
  legend: ReactNode;
  /** The API field the boxes fill: every box carries it as its name. */
  name: string;
  options: Choice[];
  help?: string;
  className?: string;
};

/**
 * Boxes of which several may be ticked (a scope, the states to send to). `required`: at least one, checked before the
 * form is sent. Controlled with `value` + `onChange`, or left to the form (read with `FormData.getAll(name)`).
 */
export function CheckGroup({
  legend,
  name,
  options,
  help,
  className,
  required,
  value,
  onChange,
  defaultValue,
}: GroupProps & {
  required?: boolean;
  value?: string[];
  onChange?: (value: string[]) => void;
  defaultValue?: string[];
}) {
  const id = useId();
  const problem = useFieldError(name);
  const describedBy = [problem ? `${id}-error` : null, help ? `${id}-help` : null].filter(Boolean).join(' ') || undefined;
  const toggle = (v: string, on: boolean) => onChange?.(on ? [...(value ?? []), v] : (value ?? []).filter((x) => x !== v));
  return (
    <fieldset className={className} data-field={name} data-choose-at-least-one={required ? '' : undefined} aria-describedby={describedBy}>
      <legend>{legend}</legend>
      {problem && (
        <small id={`${id}-error`} className="field-error">
          {problem}
        </small>
      )}
      {help && <small id={`${id}-help`}>{help}</small>}
      {options.map((o) => (
        <label key={o.value} className="checkbox">
          <input
            type="checkbox"
            name={name}
            value={o.value}
            aria-invalid={problem ? true : undefined}
            {...(value
              ? { checked: value.includes(o.value), onChange: (e) => toggle(o.value, e.target.checked) }
              : { defaultChecked: defaultValue?.includes(o.value) })}
          />{' '}
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}

/** One choice among a few, shown at once (yes / no / partly). `required`: the browser check says to choose one. */
export function RadioGroup({
  legend,
  name,
  options,
  help,
  className,
  required,
  value,
  onChange,
  defaultValue,
}: GroupProps & {
  required?: boolean;
  value?: string | null;
  onChange?: (value: string) => void;
  defaultValue?: string;
}) {
  const id = useId();
  const problem = useFieldError(name);
  const describedBy = [problem ? `${id}-error` : null, help ? `${id}-help` : null].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset className={className} data-field={name} aria-describedby={describedBy}>
      <legend>{legend}</legend>
      {problem && (
        <small id={`${id}-error`} className="field-error">
          {problem}
        </small>
      )}
      {help && <small id={`${id}-help`}>{help}</small>}
      {options.map((o) => (
        <label key={o.value} className="checkbox">
          <input
            type="radio"
            name={name}
            value={o.value}
            required={required}
            aria-invalid={problem ? true : undefined}
            {...(onChange ? { checked: value === o.value, onChange: () => onChange(o.value) } : { defaultChecked: defaultValue === o.value })}
          />{' '}
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}

/** An error from the API, naming the field when the server named one. */
export function ErrorMessage({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  const message = error instanceof ApiError ? error.message : error instanceof Error ? error.message : t('app.error');
  return (
    <div role="alert" className="alert alert-error">
      {message}
    </div>
  );
}

/**
 * A table that scrolls sideways on a narrow screen, named by its caption (the scroll region a keyboard reaches carries
 * the same name): the column headings, then the rows.
 */
export function ScrollTable({ label, hideCaption, columns, children }: { label: string; hideCaption?: boolean; columns: ReactNode[]; children: ReactNode }) {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={label}>
      <table className="table">
        <caption className={hideCaption ? 'visually-hidden' : undefined}>{label}</caption>
        <thead>
          <tr>
            {columns.map((column, i) => (
              <th key={i} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

/** Under a paged list: the previous page from page 2 on, the next while the server says there is more. */
export function Pager({ page, hasMore, onPage }: { page: number; hasMore: boolean | undefined; onPage: (page: number) => void }) {
  const { t } = useTranslation();
  return (
    <div className="filters">
      {page > 1 && (
        <button type="button" onClick={() => onPage(page - 1)}>
          {t('app.previousPage')}
        </button>
      )}
      {hasMore && (
        <button type="button" onClick={() => onPage(page + 1)}>
          {t('app.nextPage')}
        </button>
      )}
    </div>
  );
}

export function Notice({ children }: { children: ReactNode }) {
  return (
    <div role="status" className="alert alert-info">
      {children}
    </div>
  );
}

export function Loading() {
  const { t } = useTranslation();
  return (
    <p role="status" className="loading">
      {t('app.loading')}
    </p>
  );
}

export function DemoBadge({ demo }: { demo?: boolean }) {
  return demo ? (
    <span className="badge badge-demo" title="synthetic demo data">
      demo
    </span>
  ) : null;
}

export function ClassificationBadge({ level }: { level: string }) {
  const label = useVocabulary();
  return <span className={`badge badge-cls badge-${level}`}>{label('classification', level)}</span>;
}

/** Loads JSON from the API with loading and error state; `reload` fetches again. */
export function useApi<T>(load: () => Promise<T>, deps: unknown[]): { data: T | null; error: unknown; loading: boolean; reload: () => void } {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(true);
  const [tick, setTick] = useState(0);
  const reload = useCallback(() => setTick((n) => n + 1), []);
  // What the server writes (summaries, reasons, labels) is in the request's language: fetch again when it changes.
  const { i18n } = useTranslation();
  // biome-ignore lint/correctness/useExhaustiveDependencies: the caller names what the load depends on (deps); `load` is a new closure each render, `tick` is reload(), the language refetches.
  useEffect(() => {
    let live = true;
    setLoading(true);
    load()
      .then((d) => {
        if (live) {
          setData(d);
          setError(null);
        }
      })
      .catch((e) => {
        if (live) setError(e);
      })
      .finally(() => {
        if (live) setLoading(false);
      });
    return () => {
      live = false;
    };
  }, [...deps, tick, i18n.language]);
  return { data, error, loading, reload };
}

/** A date in the reader's language (the language on screen unless one is given). */
export function formatDate(value: string | Date | null | undefined, lng: string = i18n.language): string {
  if (!value) return '—';
  const d = typeof value === 'string' ? new Date(value.length === 10 ? `${value}T00:00:00Z` : value) : value;
  return new Intl.DateTimeFormat(localeOf(lng), {
    dateStyle: 'medium',
    ...(typeof value === 'string' && value.length === 10 ? { timeZone: 'UTC' } : {}),
  }).format(d);
}

/** A moment in the reader's language (the language on screen unless one is given). */
export function formatDateTime(value: string | Date | null | undefined, lng: string = i18n.language): string {
  if (!value) return '—';
  return new Intl.DateTimeFormat(localeOf(lng), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(value));
}
