// Treaty status of every member state: UNTOC and its Trafficking and Smuggling Protocols, each status with its date and
// source, the snapshot date the reference table is complete to, and the sources the table cites.

import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Permission } from '../../../server/access/permissions';
import { api } from '../../api';
import { usePermission } from '../../app/session';
import { ErrorMessage, Loading, Page, useApi } from '../../components/ui';
import { SnapshotNote, Source, StatusSentence } from './TreatyText';
import type { TreatyOverview } from './types';

export function TreatiesPage() {
  const { t, i18n } = useTranslation('legislation');
  const importsReference = usePermission(Permission.LegislationReferenceImport);
  const overview = useApi(() => api.get<TreatyOverview>('/api/treaties/overview'), []);
  const data = overview.data;
  return (
    <Page
      title={t('treatyTable.title')}
      intro={t('treatyTable.intro')}
      actions={
        <>
          <Link to="/legislation">{t('backToCoverage')}</Link>
          {importsReference && (
            <>
              {' '}
              · <Link to="/legislation/reference">{t('referenceFiles.link')}</Link>
            </>
          )}
        </>
      }
    >
      <ErrorMessage error={overview.error} />
      {overview.loading && !data && <Loading />}
      {data && (
        <>
          <SnapshotNote snapshot={data.snapshot} />
          <div className="table-scroll" tabIndex={0} role="region" aria-label={t('app.scrollTable', { ns: 'core' })}>
            <table className="table" data-testid="treaty-overview">
              <caption>{t('treatyTable.caption', { n: data.states.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('treatyTable.state')}</th>
                  {['UNTOC', 'TIP', 'SOM'].map((i) => (
                    <th scope="col" key={i}>
                      {t(`treatyNames.${i}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {[...data.states]
                  .sort((a, b) => a.name.localeCompare(b.name, i18n.language))
                  .map((s) => (
                    <tr key={s.state} data-state={s.state}>
                      <th scope="row">
                        <Link to={`/legislation/states/${s.state}`}>{s.name}</Link> ({s.state})
                      </th>
                      {s.treaties.map((tr) => (
                        <td key={tr.instrument} data-instrument={tr.instrument}>
                          <StatusSentence status={tr} snapshot={data.snapshot} />
                          {tr.approximate && (
                            <>
                              {' '}
                              <span className="badge">{t('approximate')}</span>
                            </>
                          )}
                          {tr.source && (
                            <>
                              <br />
                              <small>
                                {t('source')}: <Source source={tr.source} short />
                              </small>
                            </>
                          )}
                        </td>
                      ))}
                    </tr>
                  ))}
              </tbody>
            </table>
          </div>
          <h2>{t('treatyTable.sources')}</h2>
          <ul>
            {data.sources.map((s) => (
              <li key={s.source}>
                <Source source={s.source} /> — {t('treatyTable.rows', { count: s.rows })}
              </li>
            ))}
          </ul>
        </>
      )}
    </Page>
  );
}
