// One agreement at its own address (/agreements/:id), to bookmark or share: its terms, its parties and their focal
// points; a reader the server refuses gets the not-found or forbidden page, never a piece of it.
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import type { Agreement } from '../../../server/modules/agreements/schemas';
import { api } from '../../api';
import { RecordPage } from '../../components/RecordPage';
import { DemoBadge, formatDate, Notice, Page, useApi } from '../../components/ui';
import { useMemberNames } from '../../i18n/states';
import { useVocabulary } from '../../i18n/vocabulary';
import { TerminateButton } from './TerminateButton';

function AgreementView({ agreement, onChanged }: { agreement: Agreement; onChanged: () => void }) {
  const { t, i18n } = useTranslation('agreements');
  const label = useVocabulary();
  const memberName = useMemberNames();
  const [notice, setNotice] = useState<string | null>(null);
  const date = (d: string | null) => (d ? formatDate(d, i18n.language) : '—');
  const terms: [string, string][] = [
    [t('type'), t(`types.${agreement.type}`)],
    [t('status'), t(`statuses.${agreement.status}`)],
    [t('scope'), agreement.scope.map((s) => label('agreementScope', s)).join('; ')],
    [t('signed'), date(agreement.signedOn)],
    [t('effective'), date(agreement.effectiveOn)],
    [t('expires'), date(agreement.expiresOn)],
    ...(agreement.terminatedOn ? ([[t('terminatedOn'), date(agreement.terminatedOn)]] as [string, string][]) : []),
    [t('place'), agreement.placeOfSignature || '—'],
  ];
  return (
    <Page
      title={agreement.title}
      actions={
        <TerminateButton
          agreement={agreement}
          onDone={(said) => {
            setNotice(said);
            onChanged();
          }}
        />
      }
    >
      <p>
        <Link to="/agreements">{t('back')}</Link> <DemoBadge demo={agreement.demo} />
      </p>
      {notice && <Notice>{notice}</Notice>}
      <dl className="facts">
        {terms.map(([term, value]) => (
          <Fragment key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </Fragment>
        ))}
      </dl>
      {agreement.notes && <p>{agreement.notes}</p>}
      <section aria-labelledby="parties-h">
        <h2 id="parties-h">{t('parties')}</h2>
        <div className="table-scroll" tabIndex={0} role="region" aria-label={t('parties')}>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('party')}</th>
                <th scope="col">{t('focalPoint')}</th>
                <th scope="col">{t('signatory')}</th>
              </tr>
            </thead>
            <tbody>
              {agreement.parties.map((p) => (
                <tr key={p.state}>
                  <td>{memberName(p.state)}</td>
                  <td>
                    {p.focalPoint
                      ? [p.focalPoint.name, p.focalPoint.position, p.focalPoint.agency, p.focalPoint.email, p.focalPoint.secureChannel]
                          .filter(Boolean)
                          .join(' · ')
                      : '—'}
                  </td>
                  <td>{[p.signatoryName, p.signatoryTitle].filter(Boolean).join(', ') || '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </Page>
  );
}

export default function AgreementPage() {
  const { id = '' } = useParams();
  const agreement = useApi(() => api.get<Agreement>(`/api/agreements/${encodeURIComponent(id)}`), [id]);
  return <RecordPage record={agreement}>{(a) => <AgreementView agreement={a} onChanged={agreement.reload} />}</RecordPage>;
}
