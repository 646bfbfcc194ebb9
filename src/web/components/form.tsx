// The one way every form of the app speaks: what was typed is checked first, each problem (the browser's or the
// server's 400 naming a field) is said beside its field in the reader's language and the first one focused, what was
// typed stays, a final step is asked first, and what happened is said after. Pages give inputs the API field's name.

import type { TFunction } from 'i18next';
import {
  type ButtonHTMLAttributes,
  createContext,
  type FormEvent,
  type FormHTMLAttributes,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api';
import { type Question, useConfirm } from './confirm';
import { fieldCandidates, fieldProblems, type Problem, validityProblem } from './form-errors';

export { FormProblem } from './form-errors';

/** What an action says when it is done ("Agreement recorded."), or nothing. */
export type Outcome = string | null | undefined | void;
export type Action = () => Promise<Outcome> | Outcome;

interface RunOptions {
  /** Check the form's inputs before running (the submit button does; a "save draft" button need not). */
  check?: boolean;
  /** Ask first: a final or destructive step. A function may decide from what was typed, or return null not to ask. */
  confirm?: Question | (() => Question | null);
  /** Where to say what happened when the form itself may be gone after the step (a final submit): a page notice. */
  onDone?: (outcome: string | null) => void;
}

interface FormContextValue {
  /** The problem said beside the input (or group) of this name, if any. */
  errorOf(name: string): string | undefined;
  /** A field component that shows its own problem registers its name, so the form does not repeat it. */
  shows(name: string): () => void;
  /** Runs another action of this form than its submit: checked, asked and answered the same way. */
  run(action: Action, options?: RunOptions): Promise<void>;
  busy: boolean;
}

const FormContext = createContext<FormContextValue | null>(null);

/** The problem of the field `name` in the enclosing Form (and that this component shows it). */
export function useFieldError(name: string | undefined): string | undefined {
  const form = useContext(FormContext);
  useEffect(() => (form && name ? form.shows(name) : undefined), [form, name]);
  return form && name ? form.errorOf(name) : undefined;
}

type Controls = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
const isControl = (el: Element): el is Controls => el instanceof HTMLInputElement || el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement;

function say(t: TFunction, p: Problem): string {
  return t(`form:problem.${p.key}`, p.params ?? {});
}

/** The label a person reads for an input, for a problem said away from it. */
function labelOf(el: Element): string {
  const group = el.closest('fieldset')?.querySelector('legend')?.textContent;
  const own = isControl(el) && el.labels?.[0]?.textContent;
  return (
    (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio') ? group : own || group) ??
    el.getAttribute('aria-label') ??
    ''
  ).trim();
}

/** Problems the browser finds in the inputs (required, numbers, lengths, e-mail...), by input name, in DOM order. */
function checkInputs(form: HTMLFormElement, t: TFunction): Map<string, string> {
  const found = new Map<string, string>();
  for (const el of Array.from(form.elements)) {
    if (!isControl(el) || !el.willValidate) continue;
    const key = el.name || el.id;
    if (!key || found.has(key)) continue;
    const problem = validityProblem({
      type: el.type,
      name: el.name,
      validity: el.validity,
      title: el.title,
      validationMessage: el.validationMessage,
      ...(el instanceof HTMLInputElement ? { min: el.min, max: el.max } : {}),
      ...(el instanceof HTMLSelectElement ? {} : { minLength: el.minLength, maxLength: el.maxLength }),
    });
    if (problem) found.set(key, say(t, problem));
  }
  // A group of boxes of which at least one must be ticked (CheckGroup required): no browser check says that.
  for (const group of Array.from(form.querySelectorAll<HTMLFieldSetElement>('fieldset[data-choose-at-least-one]'))) {
    const name = group.dataset.field!;
    if (!group.disabled && !group.querySelector('input:checked')) found.set(name, say(t, { key: 'chooseAtLeastOne' }));
  }
  return found;
}

/** The input name (or data-field group) a server field path lands on in this form, if any. */
function locate(form: HTMLFormElement, path: string): { name: string; element: Element } | null {
  for (const name of fieldCandidates(path)) {
    const q = CSS.escape(name);
    const element = form.querySelector(`[name="${q}"], [data-field="${q}"]`);
    if (element) return { name, element };
  }
  return null;
}

/**
 * The problem of a field drawn by the page itself (a group of inputs with `data-field={name}`, such as a citation):
 * said where it is placed, and focused first when it is the first problem.
 */
export function FieldProblem({ name }: { name: string }) {
  const problem = useFieldError(name);
  return problem ? (
    <small className="field-error" data-form-problem="" tabIndex={-1}>
      {problem}
    </small>
  ) : null;
}

type FormProps = Omit<FormHTMLAttributes<HTMLFormElement>, 'onSubmit'> & {
  /** Does the work with what was typed; returns what happened. A refused request's problems show beside their fields. */
  onSubmit: (data: FormData, form: HTMLFormElement) => Promise<Outcome> | Outcome;
  confirm?: RunOptions['confirm'];
  /** Empties the inputs once it is done (a form that records one thing after another). */
  resetOnSuccess?: boolean;
  /** Where to say what happened when the form goes away after its step (an answer that closes it): a page notice. */
  onDone?: RunOptions['onDone'];
  children: ReactNode;
};

export function Form({ onSubmit, confirm, resetOnSuccess, onDone, children, ...props }: FormProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [outcome, setOutcome] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const running = useRef(false);
  const displayed = useRef(new Map<string, number>());
  const marked = useRef<Element[]>([]);
  const { ask, dialog } = useConfirm();

  const shows = useCallback((name: string) => {
    displayed.current.set(name, (displayed.current.get(name) ?? 0) + 1);
    return () => displayed.current.set(name, (displayed.current.get(name) ?? 1) - 1);
  }, []);

  const clear = useCallback(() => {
    setErrors({});
    setGeneral([]);
    setOutcome(null);
    for (const el of marked.current) el.removeAttribute('aria-invalid');
    marked.current = [];
  }, []);

  /** Says each problem beside its field when a component there shows it, else under the form with the field's label. */
  const place = useCallback(
    (form: HTMLFormElement, problems: { name: string; element: Element | null; message: string }[], rest: string[]) => {
      const beside: Record<string, string> = {};
      const below = [...rest];
      for (const p of problems) {
        if (p.name in beside) continue;
        if ((displayed.current.get(p.name) ?? 0) > 0) beside[p.name] = p.message;
        else {
          const label = p.element ? labelOf(p.element) : '';
          below.push(label ? t('form:inField', { field: label, message: p.message }) : p.message);
          if (p.element && isControl(p.element)) {
            p.element.setAttribute('aria-invalid', 'true');
            marked.current.push(p.element);
          }
        }
      }
      setErrors(beside);
      setGeneral(below);
      setAttempt((n) => n + 1);
      void form;
    },
    [t],
  );

  const run = useCallback(
    async (action: Action, options: RunOptions = {}) => {
      const form = ref.current;
      if (!form || running.current) return;
      clear();
      if (options.check) {
        const found = checkInputs(form, t);
        if (found.size) {
          place(
            form,
            [...found].map(([name, message]) => ({
              name,
              element: form.querySelector(`[name="${CSS.escape(name)}"], [data-field="${CSS.escape(name)}"], #${CSS.escape(name)}`),
              message,
            })),
            [],
          );
          return;
        }
      }
      const question = typeof options.confirm === 'function' ? options.confirm() : options.confirm;
      if (question && !(await ask(question))) return;
      running.current = true;
      setBusy(true);
      try {
        const said = (await action()) || null;
        if (options.onDone) options.onDone(said);
        else setOutcome(said);
        if (resetOnSuccess) form.reset();
      } catch (error) {
        const located = fieldProblems(error).map((p) => ({ ...p, at: locate(form, p.field) }));
        const placed = located.filter((p) => p.at).map((p) => ({ name: p.at!.name, element: p.at!.element, message: p.message }));
        const unplaced = located.filter((p) => !p.at).map((p) => p.message);
        const whole = located.length === 0 ? [error instanceof ApiError && error.status < 500 ? error.message : t('form:failed')] : [];
        place(form, placed, [...unplaced, ...whole]);
      } finally {
        running.current = false;
        setBusy(false);
      }
    },
    [ask, clear, place, resetOnSuccess, t],
  );

  // The first problem, in reading order, takes the focus: the person lands on what to fix.
  useEffect(() => {
    if (!attempt || !ref.current) return;
    const first = ref.current.querySelector<HTMLElement>('[aria-invalid="true"], [data-form-problem]');
    first?.focus();
  }, [attempt]);

  // Typing into a field takes its problem away; the others stay until the next try.
  const edited = (e: FormEvent<HTMLFormElement>) => {
    const target = e.target as Element;
    const names = [isControl(target) ? target.name || target.id : '', target.closest('[data-field]')?.getAttribute('data-field') ?? ''].filter(Boolean);
    if (names.some((n) => n in errors)) setErrors((all) => Object.fromEntries(Object.entries(all).filter(([k]) => !names.includes(k))));
    if (marked.current.includes(target)) target.removeAttribute('aria-invalid');
  };

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    void run(() => onSubmit(new FormData(form), form), { check: true, confirm, onDone });
  };

  const value = useMemo<FormContextValue>(() => ({ errorOf: (name) => errors[name], shows, run, busy }), [errors, shows, run, busy]);
  return (
    <FormContext.Provider value={value}>
      <form ref={ref} noValidate onSubmit={submit} onInput={edited} onChange={edited} aria-busy={busy || undefined} {...props}>
        {children}
        {general.length > 0 && (
          <div role="alert" className="alert alert-error" tabIndex={-1} data-form-problem="">
            {general.length === 1 ? (
              general[0]
            ) : (
              <ul>
                {general.map((g, i) => (
                  <li key={i}>{g}</li>
                ))}
              </ul>
            )}
          </div>
        )}
        {outcome && (
          <p role="status" className="alert alert-info">
            {outcome}
          </p>
        )}
        {dialog}
      </form>
    </FormContext.Provider>
  );
}

type ActionButtonProps = Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'onClick' | 'type'> & {
  onAction: Action;
  confirm?: RunOptions['confirm'];
  /** Inside a Form: check its inputs first (a final submit does; a draft need not). */
  check?: boolean;
  /** Where to say what happened instead of beside the button or the form (a page notice, when the form goes away). */
  onDone?: (outcome: string | null) => void;
};

/**
 * A button that does one step: inside a Form, its problems show beside the form's fields; alone (a row's "Disable"),
 * it asks first when told to and says beside itself what happened or what went wrong.
 */
export function ActionButton({ onAction, confirm, check, onDone, children, disabled, ...button }: ActionButtonProps) {
  const form = useContext(FormContext);
  const { t } = useTranslation();
  const { ask, dialog } = useConfirm();
  const [busy, setBusy] = useState(false);
  const [said, setSaid] = useState<{ ok: boolean; text: string } | null>(null);
  const problem = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    if (said && !said.ok) problem.current?.focus();
  }, [said]);

  async function alone() {
    setSaid(null);
    const question = typeof confirm === 'function' ? confirm() : confirm;
    if (question && !(await ask(question))) return;
    setBusy(true);
    try {
      const outcome = (await onAction()) || null;
      if (onDone) onDone(outcome);
      else if (outcome) setSaid({ ok: true, text: outcome });
    } catch (error) {
      const fields = fieldProblems(error);
      const text = fields.length ? fields.map((f) => f.message).join(' ') : error instanceof ApiError && error.status < 500 ? error.message : t('form:failed');
      setSaid({ ok: false, text });
    } finally {
      setBusy(false);
    }
  }

  const click = () => (form ? form.run(onAction, { check, confirm, onDone }) : alone());
  return (
    <>
      <button type="button" {...button} disabled={disabled || busy || form?.busy} onClick={() => void click()}>
        {children}
      </button>
      {said &&
        (said.ok ? (
          <span role="status" className="action-outcome">
            {' '}
            {said.text}
          </span>
        ) : (
          <span role="alert" className="action-outcome field-error" tabIndex={-1} ref={problem}>
            {' '}
            {said.text}
          </span>
        ))}
      {dialog}
    </>
  );
}
