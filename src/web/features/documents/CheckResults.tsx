// The answer to a check, one row per line in input order: hit or no hit in words (never colour alone), the status and the
// recording state with its contact point, the whole record only when the server sent it, and each failed MRZ check digit.
// States are named in the reader's language (the signed-in app draws its pages once the names are there).
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { checkResponse } from '../../../server/modules/documents/schemas';
import { type MemberNames, useMemberNames } from '../../i18n/states';

type Answer = z.infer<typeof checkResponse>;
type Result = Answer['results'][number];

function Mrz({ r }: { r: Result }) {
  const { t } = useTranslation('documents');
  if (!r.mrz) return <>—</>;
  const failed = r.mrz.checkDigits.filter((c) => !c.ok);
  return (
    <>
      {r.mrz.format} · {r.mrz.surname} {r.mrz.givenNames}
      {failed.length === 0 ? (
        <div>✓ {t('mrz.valid')}</div>
      ) : (
        <div className="field-error">
          ✗ {t('mrz.invalid')}: {failed.map((c) => t('mrz.digit', { field: t(`mrz.fields.${c.field}`), expected: c.expected, found: c.found })).join('; ')}
        </div>
      )}
    </>
  );
}

function Hits({ r, name }: { r: Result; name: MemberNames }) {
  const { t } = useTranslation('documents');
  if (!r.hits?.length) return null;
  return (
    <ul className="plain">
      {r.hits.map((h, i) => (
        <li key={i}>
          <strong>{t(`statuses.${h.status}`)}</strong> · {t('check.recordedBy', { state: name(h.recordedBy), code: h.recordedBy })} · {t(`types.${h.type}`)}
          {h.contact ? (
            <div>
              {t('check.contact')}: {h.contact.name}, {h.contact.agency}
              {h.contact.email ? ` · ${h.contact.email}` : ''}
              {h.contact.secureChannel ? ` · ${h.contact.secureChannel}` : ''}
            </div>
          ) : (
            <div>{t('check.noContact', { state: name(h.recordedBy) })}</div>
          )}
          {h.record && (
            <div>
              {t('check.record')}: {h.record.number ?? t('hashedNumber')} · {h.record.notes || '—'}
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}

export function CheckResults({ answer }: { answer: Answer }) {
  const { t } = useTranslation('documents');
  const name = useMemberNames();
  return (
    <table className="table">
      <caption>{t('check.results')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('check.line')}</th>
          <th scope="col">{t('number')}</th>
          <th scope="col">{t('issuingState')}</th>
          <th scope="col">{t('check.answer')}</th>
          <th scope="col">{t('check.details')}</th>
          <th scope="col">MRZ</th>
        </tr>
      </thead>
      <tbody>
        {answer.results.map((r) => (
          <tr key={r.index} className={r.hit || r.problem || (r.mrz && !r.mrz.valid) ? 'row-warn' : undefined}>
            <td>{r.line ?? r.index + 1}</td>
            <td className="mono">{r.number ?? '—'}</td>
            <td>{r.issuingState ? name(r.issuingState) : '—'}</td>
            <td>{r.problem ? <span>⚠ {t('check.notChecked')}</span> : r.hit ? <strong>⚠ {t('check.hit')}</strong> : <span>✓ {t('check.noHit')}</span>}</td>
            <td>{r.problem ?? <Hits r={r} name={name} />}</td>
            <td>
              <Mrz r={r} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
