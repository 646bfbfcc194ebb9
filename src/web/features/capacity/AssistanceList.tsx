// Agreed assistance with its progress; the parties (the state in need, the provider) record progress to completion.
import { useTranslation } from 'react-i18next';
import { DemoBadge, formatDate } from '../../components/ui';
import { ProgressForm } from './ProgressForm';
import type { Assistance } from './types';

export function AssistanceList({ items, onChange }: { items: Assistance[]; onChange: () => void }) {
  const { t, i18n } = useTranslation('capacity');
  if (items.length === 0) return <p>{t('noAssistance')}</p>;
  return (
    <>
      {items.map((a) => (
        <article key={a.id} className="card" aria-label={`${a.needTitle} — ${a.offerTitle}`}>
          <h3>
            {a.needTitle} ← {a.offerTitle} <DemoBadge demo={a.demo} />
          </h3>
          <p>
            {a.state} ← {a.provider} · {t('status')}: <strong>{t(`assistanceStatus.${a.status}`)}</strong> · {t('agreedOn')}{' '}
            {formatDate(a.agreedOn, i18n.language)}
            {a.completedOn && ` · ${formatDate(a.completedOn, i18n.language)}`}
          </p>
          {a.progress.length > 0 && (
            <table className="table">
              <caption>{t('progress')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('on')}</th>
                  <th scope="col">{t('status')}</th>
                  <th scope="col">{t('note')}</th>
                </tr>
              </thead>
              <tbody>
                {a.progress.map((p, i) => (
                  <tr key={i}>
                    <td>{formatDate(p.on, i18n.language)}</td>
                    <td>{t(`assistanceStatus.${p.status}`, { defaultValue: p.status })}</td>
                    <td>
                      {p.note}
                      {p.by && ` (${p.by})`}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {/* The state in need or the provider records progress (access/capacity.ts assistanceAbilities). */}
          {a.can?.progress && a.status !== 'completed' && a.status !== 'cancelled' && <ProgressForm assistance={a} onDone={onChange} />}
        </article>
      ))}
    </>
  );
}
