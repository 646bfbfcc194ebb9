// Turns a saved answer on a catalogue standard into a draft legislation assessment, citing the state's provisions as evidence.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { ActionButton } from '../../components/form';
import { Notice, Select } from '../../components/ui';
import { useVocabulary } from '../../i18n/vocabulary';
import type { QuestionView } from './types';

const STATUSES = ['met', 'partly', 'in_drafting', 'not_met'] as const;

export function AssessmentButton({ surveyId, state, question }: { surveyId: string; state: string; question: QuestionView }) {
  const { t } = useTranslation('surveys');
  const label = useVocabulary();
  const [status, setStatus] = useState<string>('partly');
  const [made, setMade] = useState<{ assessmentId: string; standardId: string; status: string } | null>(null);
  const derived = question.kind === 'yes_no_partly';
  // A refusal (no provision cited, no standard) is said beside the button.
  async function make() {
    setMade(await api.post(`/api/surveys/${surveyId}/responses/${state}/answers/${question.id}/assessment`, derived ? {} : { status }));
  }
  if (made)
    return (
      <Notice>
        {t('answer.assessmentMade', { standard: `${made.standardId} ${label('standard', made.standardId)}`, status: t(`statuses.${made.status}`) })}
      </Notice>
    );
  return (
    <div className="row-actions">
      {!derived && (
        <Select
          label={t('answer.assessmentStatus')}
          value={status}
          onChange={(e) => setStatus(e.target.value)}
          options={STATUSES.map((s) => ({ value: s, label: t(`statuses.${s}`) }))}
        />
      )}
      <ActionButton onAction={make}>
        {t('answer.toAssessment')} ({question.standardId})
      </ActionButton>
    </div>
  );
}
