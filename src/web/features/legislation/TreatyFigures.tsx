// Treaty figures on the coverage page: parties to each treaty on the as-of date, and seed 002's headline sentence read
// from the treaty data, each with the snapshot date it is complete to and how many rest on a month or year only.

import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Coverage } from './types';

type Parties = Coverage['treaties'][number];
type Figure = NonNullable<Coverage['indicators'][number]['treaty']>;

function Caveats({ approximate, snapshot, complete }: { approximate: string[]; snapshot: string | null; complete: boolean }) {
  const { t } = useTranslation('legislation');
  if (!snapshot) return null;
  return (
    <small>
      {' '}
      ({t('treatyParties.snapshot', { date: snapshot })}
      {approximate.length > 0 && (
        <>
          ; {t('treatyParties.approximate', { count: approximate.length })}{' '}
          {approximate.map((s, k) => (
            <span key={s}>
              {k > 0 && ', '}
              <Link to={`states/${s}`}>{s}</Link>
            </span>
          ))}
        </>
      )}
      {!complete && <>; {t('treatyParties.incomplete')}</>})
    </small>
  );
}

export function TreatyPartiesLine({ parties, asOf }: { parties: Parties; asOf: string }) {
  const { t } = useTranslation('legislation');
  if (parties.count === null) return <>{t('treatyUnknown', { instrument: parties.instrument })}</>;
  return (
    <span data-instrument={parties.instrument}>
      {t('treatyParties.line', { count: parties.count, instrument: t(`treatyNames.${parties.instrument}`), asOf })}
      <Caveats approximate={parties.approximateStates} snapshot={parties.snapshot} complete={parties.complete} />
      {parties.notRecordedSeparately.length > 0 && <small> {t('treatyParties.notSeparately', { states: parties.notRecordedSeparately.join(', ') })}</small>}
    </span>
  );
}

export function TreatyFigureLine({ figure }: { figure: Figure }) {
  const { t } = useTranslation('legislation');
  return (
    <span data-testid="treaty-figure">
      <strong>{t('treatyFigure.fromTreaties')}</strong>{' '}
      {figure.count === null ? t('treatyFigure.unknown') : t('treatyFigure.mla', { count: figure.count, asOf: figure.asOf })}
      <Caveats approximate={figure.approximateStates} snapshot={figure.snapshot} complete={figure.complete} />
    </span>
  );
}
