// The survey builder: sections and questions of every kind, optional link to a catalogue standard, required flag;
// creates version 1 of a new survey, or saves the questionnaire of an existing one as a new version.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { api } from '../../api';
import { Form } from '../../components/form';
import { RecordUnavailable } from '../../components/RecordPage';
import { Field, Loading, Page, useApi } from '../../components/ui';
import { blankQuestion, type DraftQuestion, QuestionEditor } from './QuestionEditor';
import type { SurveyDetail } from './types';

interface DraftSection {
  id: string;
  title: string;
  questions: DraftQuestion[];
}
interface Standards {
  standards: { id: string; title: string }[];
}

let counter = 0;
const freshId = (prefix: string) => `${prefix}${Date.now().toString(36).slice(-4)}${(counter++).toString(36)}`;

export function BuilderPage() {
  const { id } = useParams();
  const { t } = useTranslation('surveys');
  const navigate = useNavigate();
  const [sections, setSections] = useState<DraftSection[]>([{ id: freshId('s'), title: '', questions: [blankQuestion(freshId('q'))] }]);
  const existing = useApi(() => (id ? api.get<SurveyDetail>(`/api/surveys/${id}`) : Promise.resolve(null)), [id]);
  const standards = useApi(() => api.get<Standards>('/api/legislation/standards').catch(() => ({ standards: [] })), []);

  useEffect(() => {
    const s = existing.data;
    if (s)
      setSections(
        s.sections.map((x) => ({
          id: x.id,
          title: x.title,
          questions: x.questions.map((q) => ({ ...q, optionsText: (q.options ?? []).join('\n'), standardId: q.standardId ?? '' })),
        })),
      );
  }, [existing.data]);

  const setSection = (i: number, change: Partial<DraftSection>) => setSections((all) => all.map((s, j) => (j === i ? { ...s, ...change } : s)));
  const setQuestion = (si: number, qi: number, q: DraftQuestion) => setSection(si, { questions: sections[si].questions.map((x, j) => (j === qi ? q : x)) });

  const payloadSections = () =>
    sections.map((s) => ({
      id: s.id,
      title: s.title,
      questions: s.questions.map((q) => ({
        id: q.id,
        kind: q.kind,
        text: q.text,
        help: q.help,
        required: q.required,
        ...(q.kind === 'choice'
          ? {
              options: q.optionsText
                .split('\n')
                .map((o) => o.trim())
                .filter(Boolean),
            }
          : {}),
        ...(q.standardId ? { standardId: q.standardId } : {}),
      })),
    }));

  // A refusal names its field ('sections.0.questions.1.text', 'coordinatorStates.0'): said beside it, what was typed kept.
  async function save(f: FormData) {
    if (id) {
      await api.put(`/api/surveys/${id}/questionnaire`, { sections: payloadSections() });
      navigate(`/surveys/${id}`);
    } else {
      const coordinatorStates = String(f.get('coordinatorStates') ?? '')
        .split(',')
        .map((c) => c.trim().toUpperCase())
        .filter(Boolean);
      const planRef = String(f.get('planRef') ?? '').trim();
      const created = await api.post<{ id: string }>('/api/surveys', {
        title: String(f.get('title') ?? ''),
        description: String(f.get('description') ?? ''),
        coordinatorStates,
        ...(planRef ? { planRef } : {}),
        sections: payloadSections(),
      });
      navigate(`/surveys/${created.id}`);
    }
  }

  if (existing.loading || standards.loading) return <Loading />;
  // The survey to revise could not be read: say so instead of an empty builder that would save as if it were new.
  if (id && existing.error) return <RecordUnavailable error={existing.error} />;
  const standardOptions = [
    { value: '', label: t('builder.noStandard') },
    ...(standards.data?.standards ?? []).map((s) => ({ value: s.id, label: `${s.id}: ${s.title}` })),
  ];
  return (
    <Page
      title={id ? t('builder.reviseTitle') : t('builder.createTitle')}
      intro={existing.data ? `${existing.data.title} · ${t('version')} ${existing.data.version}` : t('builder.intro')}
    >
      <Form onSubmit={save} aria-label={id ? t('builder.reviseTitle') : t('builder.createTitle')}>
        {!id && (
          <div className="form-grid">
            <Field label={t('builder.surveyTitle')} name="title" required minLength={3} />
            <Field label={t('builder.description')} name="description" />
            <Field label={t('builder.coordinatorStates')} name="coordinatorStates" />
            <Field label={t('builder.planRef')} name="planRef" />
          </div>
        )}
        {sections.map((s, si) => (
          <fieldset key={s.id} className="card">
            <legend>{t('builder.section', { n: si + 1 })}</legend>
            <Field
              label={t('builder.sectionTitle')}
              name={`sections.${si}.title`}
              value={s.title}
              required
              onChange={(e) => setSection(si, { title: e.target.value })}
            />
            {s.questions.map((q, qi) => (
              <QuestionEditor
                key={q.id}
                n={qi + 1}
                path={`sections.${si}.questions.${qi}`}
                question={q}
                standardOptions={standardOptions}
                onChange={(nq) => setQuestion(si, qi, nq)}
                onRemove={s.questions.length > 1 ? () => setSection(si, { questions: s.questions.filter((_, j) => j !== qi) }) : undefined}
              />
            ))}
            <div className="row-actions">
              <button type="button" onClick={() => setSection(si, { questions: [...s.questions, blankQuestion(freshId('q'))] })}>
                {t('builder.addQuestion', { n: si + 1 })}
              </button>
              {sections.length > 1 && (
                <button type="button" onClick={() => setSections(sections.filter((_, j) => j !== si))}>
                  {t('builder.removeSection', { n: si + 1 })}
                </button>
              )}
            </div>
          </fieldset>
        ))}
        <div className="row-actions">
          <button type="button" onClick={() => setSections([...sections, { id: freshId('s'), title: '', questions: [blankQuestion(freshId('q'))] }])}>
            {t('builder.addSection')}
          </button>
        </div>
        <button type="submit">{id ? t('builder.saveVersion') : t('builder.create')}</button>
      </Form>
    </Page>
  );
}
