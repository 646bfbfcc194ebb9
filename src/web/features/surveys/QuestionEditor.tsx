// One question in the survey builder: its text, help, kind, options (choice), catalogue standard and required flag.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Field, Select } from '../../components/ui';
import { KINDS, type Kind } from './types';

export interface DraftQuestion {
  id: string;
  kind: Kind;
  text: string;
  help: string;
  required: boolean;
  optionsText: string;
  standardId: string;
}

export const blankQuestion = (id: string): DraftQuestion => ({
  id,
  kind: 'yes_no_partly',
  text: '',
  help: '',
  required: false,
  optionsText: '',
  standardId: '',
});

export function QuestionEditor({
  n,
  question: q,
  standardOptions,
  onChange,
  onRemove,
}: {
  n: number;
  question: DraftQuestion;
  standardOptions: { value: string; label: string }[];
  onChange: (q: DraftQuestion) => void;
  onRemove?: () => void;
}) {
  const { t } = useTranslation('surveys');
  const optionsId = useId();
  const set = (change: Partial<DraftQuestion>) => onChange({ ...q, ...change });
  return (
    <fieldset className="question-editor">
      <legend>{t('builder.question', { n })}</legend>
      <div className="form-grid">
        <Field label={t('builder.questionText')} value={q.text} required minLength={3} onChange={(e) => set({ text: e.target.value })} />
        <Select
          label={t('builder.kind')}
          value={q.kind}
          onChange={(e) => set({ kind: e.target.value as Kind })}
          options={KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
        />
        <Field label={t('builder.help')} value={q.help} onChange={(e) => set({ help: e.target.value })} />
        <Select label={t('builder.standard')} value={q.standardId} onChange={(e) => set({ standardId: e.target.value })} options={standardOptions} />
        {q.kind === 'choice' && (
          <div className="field">
            <label htmlFor={optionsId}>{t('builder.options')}</label>
            <textarea id={optionsId} rows={3} value={q.optionsText} required onChange={(e) => set({ optionsText: e.target.value })} />
          </div>
        )}
        <label className="field checkbox">
          <input type="checkbox" checked={q.required} onChange={(e) => set({ required: e.target.checked })} /> {t('builder.required')}
        </label>
      </div>
      {onRemove && (
        <button type="button" onClick={onRemove}>
          {t('builder.removeQuestion', { n })}
        </button>
      )}
    </fieldset>
  );
}
