// One published survey for a visitor: who answered and published, what the published answers say per question, a map
// of the members' answers to one question, and every published answer in a table below for those who want the detail.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { resultsSchema } from '../../../server/modules/surveys/schemas';
import type { Choropleth, LegendEntry } from '../../components/map/WorldMap';
import { WorldMap } from '../../components/map/WorldMap';
import { DemoBadge, formatDate } from '../../components/ui';
import { useFormat } from '../../i18n/format';
import { useMemberNames } from '../../i18n/states';

export type Results = z.infer<typeof resultsSchema>;
type Question = Results['questions'][number];

// Colour-blind-safe (Okabe & Ito): yes green, partly orange, no vermillion; states without a published answer in greys and pink.
const ANSWER_COLOURS: Record<string, string> = { yes: '#009E73', partly: '#E69F00', no: '#D55E00' };
const CHOICE_COLOURS = ['#0072B2', '#009E73', '#E69F00', '#D55E00', '#56B4E9', '#CC79A7'];
const PUBLISHED_COLOUR = '#0072B2';
const NOT_PUBLISHED_COLOUR = '#CC79A7';
const NO_ANSWER_COLOUR = '#a6a6a6';
const PUBLICATION = 'publication';

/** Questions whose answers are one of a few options: those can colour the map. */
const mappable = (q: Question) => q.counts.length > 0;

export function SurveySummary({ survey: s }: { survey: Results }) {
  const { t, i18n } = useTranslation('public');
  const format = useFormat();
  const name = useMemberNames();
  const selectId = useId();
  const [shown, setShown] = useState<string>(() => s.questions.find(mappable)?.id ?? PUBLICATION);
  const optionLabel = (q: Question, option: string) => (q.kind === 'yes_no_partly' ? t(`answer.${option}`) : option);
  const published = s.states.filter((st) => st.publication === 'published');
  const withheld = s.states.filter((st) => st.publication === 'not_published');
  const silent = s.states.filter((st) => st.publication === 'no_answer');
  const question = s.questions.find((q) => q.id === shown);
  const answerOf = (state: string, q: Question) => s.answers.find((a) => a.state === state)?.values[q.id] ?? '';
  const choropleth = mapOf(s, question, (key) => (question ? optionLabel(question, key) : key), t);
  const listOf = (states: Results['states']) => states.map((st) => name(st.state)).join(', ');

  return (
    <article className="card public-survey" aria-labelledby={`survey-${s.surveyId}`}>
      <h3 id={`survey-${s.surveyId}`}>
        {s.title} <DemoBadge demo={s.demo} />
      </h3>
      <p>
        {s.publishedAt && `${t('publishedOn', { date: formatDate(s.publishedAt, i18n.language) })} · `}
        {t('reach', { asked: s.states.length, answered: published.length + withheld.length, published: published.length })}
      </p>
      <h4>{t('whatTheySaid')}</h4>
      {published.length === 0 ? (
        <p>{t('nothingPublished')}</p>
      ) : (
        <ul className="public-figures">
          {s.questions.map((q) => (
            <li key={q.id}>
              <span className="question">{q.text}</span>{' '}
              {q.counts.length > 0
                ? q.counts.map((c) => t('optionCount', { option: optionLabel(q, c.option), count: c.count })).join(' · ')
                : q.number
                  ? t('numbers', { min: q.number.min, max: q.number.max, mean: format.fixed(q.number.mean, 1) })
                  : t('seeTable')}{' '}
              <small>({t('answeredOf', { answered: q.answered, published: published.length })})</small>
            </li>
          ))}
        </ul>
      )}
      <div className="field public-map-choice">
        <label htmlFor={selectId}>{t('showOnMap')}</label>
        <select id={selectId} value={shown} onChange={(e) => setShown(e.target.value)}>
          <option value={PUBLICATION}>{t('whoPublished')}</option>
          {s.questions.filter(mappable).map((q) => (
            <option key={q.id} value={q.id}>
              {q.text}
            </option>
          ))}
        </select>
      </div>
      <WorldMap title={question ? t('mapOfAnswers', { question: question.text }) : t('mapOfPublication', { survey: s.title })} choropleth={choropleth} />
      <ul className="public-publication">
        <li>{t('publishedBy', { count: published.length, states: listOf(published) })}</li>
        {withheld.length > 0 && <li>{t('withheldBy', { count: withheld.length, states: listOf(withheld) })}</li>}
        <li>{t('noAnswerFrom', { count: silent.length })}</li>
      </ul>
      {published.length > 0 && (
        <div className="table-scroll" tabIndex={0} role="region" aria-label={t('answersCaption', { survey: s.title })}>
          <table className="table">
            <caption>{t('answersCaption', { survey: s.title })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('question')}</th>
                {published.map((st) => (
                  <th scope="col" key={st.state}>
                    {name(st.state)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {s.questions.map((q) => (
                <tr key={q.id}>
                  <th scope="row">{q.text}</th>
                  {published.map((st) => {
                    const value = answerOf(st.state, q);
                    return <td key={st.state}>{value === '' ? '—' : q.kind === 'yes_no_partly' ? optionLabel(q, value) : value}</td>;
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </article>
  );
}

/**
 * Each member coloured by its published answer to the question (or, without a question, by whether it published);
 * members that answered but did not publish, and those that did not answer, have their own colours; non-members none.
 */
function mapOf(s: Results, question: Question | undefined, optionLabel: (option: string) => string, t: (key: string) => string): Choropleth {
  const values: Record<string, string> = {};
  const legend: LegendEntry[] = [];
  if (question) {
    question.counts.forEach((c, i) => {
      legend.push({ key: c.option, label: optionLabel(c.option), colour: ANSWER_COLOURS[c.option] ?? CHOICE_COLOURS[i % CHOICE_COLOURS.length] });
    });
    legend.push({ key: 'unanswered', label: t('leftEmpty'), colour: '#ffffff' });
  } else legend.push({ key: 'published', label: t('published'), colour: PUBLISHED_COLOUR });
  legend.push({ key: 'not_published', label: t('not_published'), colour: NOT_PUBLISHED_COLOUR });
  legend.push({ key: 'no_answer', label: t('no_answer'), colour: NO_ANSWER_COLOUR });
  for (const st of s.states) {
    if (st.publication !== 'published' || !question) values[st.state] = st.publication;
    else {
      const value = s.answers.find((a) => a.state === st.state)?.values[question.id] ?? '';
      values[st.state] = question.counts.some((c) => c.option === value) ? value : 'unanswered';
    }
  }
  return { values, legend, noDataLabel: t('notAsked') };
}
