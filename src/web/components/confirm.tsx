// Asking before a destructive or final step: a modal alert dialog (native <dialog>: focus kept inside, Escape cancels)
// that names the step on its confirm button and offers Cancel, focused first so that Enter never destroys by accident.
import { type ReactNode, useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** The question: what is about to happen (title), what it means (body), and the step's own verb on the button. */
export interface Question {
  title: string;
  body?: ReactNode;
  /** The confirm button's words: the step itself ("Disable the account"), never a bare "OK". */
  confirm: string;
  /** Destroys or cannot be undone: the button is drawn as dangerous. */
  danger?: boolean;
}

/** `const { ask, dialog } = useConfirm()`: render `dialog`, then `if (await ask({...})) ...`. */
export function useConfirm(): { ask: (question: Question) => Promise<boolean>; dialog: ReactNode } {
  const [question, setQuestion] = useState<Question | null>(null);
  const resolver = useRef<((ok: boolean) => void) | null>(null);
  const ask = useCallback(
    (q: Question) =>
      new Promise<boolean>((resolve) => {
        resolver.current?.(false);
        resolver.current = resolve;
        setQuestion(q);
      }),
    [],
  );
  const answer = useCallback((ok: boolean) => {
    resolver.current?.(ok);
    resolver.current = null;
    setQuestion(null);
  }, []);
  // A page left while the question is open answers it: no promise waits for ever.
  useEffect(() => () => resolver.current?.(false), []);
  return { ask, dialog: question ? <ConfirmDialog question={question} onAnswer={answer} /> : null };
}

function ConfirmDialog({ question, onAnswer }: { question: Question; onAnswer: (ok: boolean) => void }) {
  const { t } = useTranslation('form');
  const ref = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const id = useId();
  useEffect(() => {
    const dialog = ref.current!;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    cancel.current?.focus();
    return () => {
      if (dialog.open) dialog.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className="confirm"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby={`${id}-title`}
      aria-describedby={question.body ? `${id}-body` : undefined}
      onCancel={(e) => {
        e.preventDefault();
        onAnswer(false);
      }}
    >
      <h2 id={`${id}-title`}>{question.title}</h2>
      {question.body && <div id={`${id}-body`}>{question.body}</div>}
      <div className="row-actions">
        <button type="button" ref={cancel} onClick={() => onAnswer(false)}>
          {t('confirm.cancel')}
        </button>
        <button type="button" className={question.danger ? 'danger' : 'primary'} onClick={() => onAnswer(true)}>
          {question.confirm}
        </button>
      </div>
    </dialog>
  );
}
