// One referral and return case: who the parties are and which side the user is on, the person (minimal), consent and
// its withdrawal, protection, referral, travel documents, the return and reception, and the timeline.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import type { z } from 'zod';
import type { caseSchema } from '../../../server/modules/victims/schemas';
import { api } from '../../api';
import { ActionButton, Form } from '../../components/form';
import { ClassificationBadge, DemoBadge, ErrorMessage, formatDate, formatDateTime, Loading, Notice, TextArea, useApi } from '../../components/ui';
import { Arrangement } from '../verifications/Arrangement';
import { ConsentSection, ProtectionForm, ReferralForm, ReturnSection, TravelDocumentForm } from './CaseSteps';

export type Case = z.infer<typeof caseSchema>;
/** Runs a step of the case and reloads it; resolves to what to say (at the top of the case: the step's form may go away). */
export type Act = (fn: () => Promise<unknown>, done: string) => Promise<string>;
/** Says what a step did, at the top of the case. */
export type Said = (outcome: string | null) => void;

export function CasePage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation('victims');
  const kase = useApi(() => api.get<Case>(`/api/victims/cases/${id}`), [id]);
  const [notice, setNotice] = useState<string | null>(null);
  const [note, setNote] = useState('');
  if (!kase.data) return kase.error ? <ErrorMessage error={kase.error} /> : <Loading />;
  const c = kase.data;
  const act: Act = async (fn, done) => {
    await fn();
    kase.reload();
    return done;
  };
  const post = (path: string, body: unknown) => () => api.post(`/api/victims/cases/${c.id}/${path}`, body);
  return (
    <article aria-labelledby="case-title">
      <p>
        <Link to="/victims">{t('back')}</Link>
      </p>
      <h2 id="case-title">
        {t('case.title', { reference: c.reference })} <DemoBadge demo={c.demo} />
      </h2>
      {notice && <Notice>{notice}</Notice>}
      <dl className="facts">
        <dt>{t('kind')}</dt>
        <dd>{t(`kinds.${c.kind}`)}</dd>
        <dt>{t('parties')}</dt>
        <dd>
          {t('partiesText', { host: c.hostState, home: c.homeState })}
          {c.referredTo ? ` · ${t('case.referredTo', { org: c.referredTo })}` : ''}
        </dd>
        <dt>{t('side')}</dt>
        <dd>{t(`sides.${c.side}`)}</dd>
        <dt>{t('status')}</dt>
        <dd>{t(`statuses.${c.status}`)}</dd>
        <dt>{t('classification')}</dt>
        <dd>
          <ClassificationBadge level={c.classification} />
        </dd>
        <dt>{t('identifiedOn')}</dt>
        <dd>{formatDate(c.identifiedOn, i18n.language)}</dd>
        <dt>{t('case.sharing')}</dt>
        <dd>
          {[
            c.shareHome ? t('case.sharedHome', { state: c.homeState }) : t('case.notSharedHome', { state: c.homeState }),
            c.referredTo ? (c.shareOrg ? t('case.sharedOrg', { org: c.referredTo }) : t('case.notSharedOrg', { org: c.referredTo })) : null,
          ]
            .filter(Boolean)
            .join('; ')}
        </dd>
        <dt>{t('case.retention')}</dt>
        <dd>{t('case.retentionText', { date: formatDate(c.retentionUntil, i18n.language), months: c.retentionMonths })}</dd>
      </dl>
      <Arrangement arrangement={c.arrangement} a={c.hostState} b={c.homeState} />
      {c.verificationId && (
        <p>
          <Link to={`/verifications/${c.verificationId}`}>{t('case.verification')}</Link>
        </p>
      )}

      <section aria-labelledby="person">
        <h3 id="person">{t('person')}</h3>
        <dl className="facts">
          <dt>{t('new.name')}</dt>
          <dd>
            {c.person.name}
            {c.person.latin && c.person.latin !== c.person.name ? ` (${c.person.latin})` : ''}
          </dd>
          <dt>{t('birthDate')}</dt>
          <dd>{c.person.birthDate ?? '—'}</dd>
          <dt>{t('sex')}</dt>
          <dd>{c.person.sex ? t(`sexes.${c.person.sex}`) : '—'}</dd>
          <dt>{t('minor')}</dt>
          <dd>{c.person.minor ? t('yes') : t('no')}</dd>
        </dl>
      </section>

      <ConsentSection c={c} act={act} said={setNotice} />
      <section aria-labelledby="protection">
        <h3 id="protection">{t('protection')}</h3>
        <p>{c.protection.length ? c.protection.map((m) => t(`measures.${m}`)).join(', ') : t('case.noProtection')}</p>
        {c.protectionNotes && <p className="report-body">{c.protectionNotes}</p>}
        {c.abilities.protect && <ProtectionForm c={c} act={act} said={setNotice} />}
      </section>
      <section aria-labelledby="referral">
        <h3 id="referral">{t('referral.title')}</h3>
        <p>{c.referredTo ? t('referral.done', { org: c.referredTo, date: formatDate(c.referredOn, i18n.language) }) : t('referral.none')}</p>
        {c.abilities.refer ? <ReferralForm c={c} act={act} said={setNotice} /> : !c.referredTo && c.side === 'host' && <p>{t('referral.needsConsent')}</p>}
      </section>
      <section aria-labelledby="travel-document">
        <h3 id="travel-document">{t('travel.title')}</h3>
        <p>
          {c.travelDocument
            ? t('travel.done', {
                type: t(`travel.types.${c.travelDocument.type}`),
                number: c.travelDocument.number,
                mission: c.travelDocument.mission,
                date: formatDate(c.travelDocument.issuedOn, i18n.language),
              })
            : t('travel.none', { state: c.homeState })}
        </p>
        {c.abilities.issueTravelDocument && <TravelDocumentForm c={c} act={act} said={setNotice} />}
      </section>
      <ReturnSection c={c} act={act} said={setNotice} post={post} />
      {c.abilities.close && (
        <p>
          <ActionButton
            onDone={setNotice}
            confirm={{ title: t('case.closeAsk', { reference: c.reference }), body: t('case.closeBody'), confirm: t('case.close') }}
            onAction={() => act(post('close', { note: t('case.closedNote') }), t('case.closed'))}
          >
            {t('case.close')}
          </ActionButton>
        </p>
      )}

      <section aria-labelledby="timeline">
        <h3 id="timeline">{t('timeline.title')}</h3>
        <ol className="thread">
          {c.events.map((e, i) => (
            <li key={i}>
              <strong>{t(`timeline.kinds.${e.kind}`, { defaultValue: e.kind })}</strong> · {e.actorState ?? '—'}
              {e.actorName ? ` · ${e.actorName}` : ''} · {formatDateTime(e.at, i18n.language)}
              {e.note && <p className="report-body">{e.note}</p>}
            </li>
          ))}
        </ol>
        {c.abilities.note && (
          <Form
            onSubmit={() =>
              act(async () => {
                await post('notes', { note })();
                setNote('');
              }, t('timeline.added'))
            }
            onDone={setNotice}
            aria-label={t('timeline.add')}
          >
            <TextArea label={t('timeline.note')} name="note" value={note} onChange={(e) => setNote(e.target.value)} rows={2} required maxLength={4000} />
            <button type="submit">{t('timeline.add')}</button>
          </Form>
        )}
      </section>
    </article>
  );
}
