// One question in the survey builder: its text, help, kind, options (choice), catalogue standard and required flag.
import { useTranslation } from 'react-i18next';
import { Field, Select, TextArea } from '../../components/ui';
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
  path,
  question: q,
  standardOptions,
  onChange,
  onRemove,
}: {
  n: number;
  /** The API path of this question ('sections.0.questions.1'): its inputs are named after it, so a refusal lands beside them. */
  path: string;
  question: DraftQuestion;
  standardOptions: { value: string; label: string }[];
  onChange: (q: DraftQuestion) => void;
  onRemove?: () => void;
}) {
  const { t } = useTranslation('surveys');
  const set = (change: Partial<DraftQuestion>) => onChange({ ...q, ...change });
  return (
    <fieldset className="question-editor">
      <legend>{t('builder.question', { n })}</legend>
      <div className="form-grid">
        <Field label={t('builder.questionText')} name={`${path}.text`} value={q.text} required minLength={3} onChange={(e) => set({ text: e.target.value })} />
        <Select
          label={t('builder.kind')}
          name={`${path}.kind`}
          value={q.kind}
          onChange={(e) => set({ kind: e.target.value as Kind })}
          options={KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
        />
        <Field label={t('builder.help')} name={`${path}.help`} value={q.help} onChange={(e) => set({ help: e.target.value })} />
        <Select
          label={t('builder.standard')}
          name={`${path}.standardId`}
          value={q.standardId}
          onChange={(e) => set({ standardId: e.target.value })}
          options={standardOptions}
        />
        {q.kind === 'choice' && (
          <TextArea
            label={t('builder.options')}
            name={`${path}.options`}
            rows={3}
            value={q.optionsText}
            required
            onChange={(e) => set({ optionsText: e.target.value })}
          />
        )}
        <label className="field checkbox">
          <input type="checkbox" name={`${path}.required`} checked={q.required} onChange={(e) => set({ required: e.target.checked })} /> {t('builder.required')}
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
