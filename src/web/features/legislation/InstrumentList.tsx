// A state's acts, amendments and bills with their provisions; laws of the reference file read "reference, to be
// confirmed by the focal point" until the state's focal point confirms them, with the file's values where they differ.
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { ActionButton } from '../../components/form';
import { DemoBadge, formatDate } from '../../components/ui';
import type { Act } from './StateForms';
import { Source } from './TreatyText';
import type { Instruments } from './types';

type Instrument = Instruments['instruments'][number];

function FileDiffers({ instrument }: { instrument: Instrument }) {
  const { t } = useTranslation('legislation');
  const r = instrument.reference;
  if (!r) return null;
  const differ = (['title', 'year', 'citation', 'topic', 'source'] as const).filter((k) => (r.values[k] ?? null) !== (instrument[k] ?? null));
  if (!differ.length) return null;
  return <small> — {t('reference.fileSays', { values: differ.map((k) => `${t(`reference.fields.${k}`)} ${r.values[k] ?? '—'}`).join('; ') })}</small>;
}

/** "Smuggling: none recorded here" where no law of that topic is listed: the lists were not searched exhaustively. */
function Gaps({ instruments }: { instruments: Instrument[] }) {
  const { t } = useTranslation('legislation');
  const covered = (topic: 'trafficking' | 'smuggling') => instruments.some((i) => i.topic === topic || i.topic === 'both');
  const gaps = (['trafficking', 'smuggling'] as const).filter((topic) => !covered(topic));
  return gaps.length ? <p>{gaps.map((g) => t('reference.noneRecorded', { topic: t(`topics.${g}`) })).join(' ')}</p> : null;
}

export function InstrumentList({ instruments, act, onDone }: { instruments: Instrument[]; act: Act; onDone: (said: string | null) => void }) {
  const { t, i18n } = useTranslation('legislation');
  return (
    <>
      <Gaps instruments={instruments} />
      <ul data-testid="instruments">
        {instruments.map((i) => (
          <li key={i.id} data-reference={i.reference ? (i.reference.confirmed ? 'confirmed' : 'to_confirm') : undefined}>
            <strong>{i.title}</strong> {i.citation} {i.year ?? ''} — {t(`instrumentStatus.${i.status}`)}
            {i.topic && <> · {t(`topics.${i.topic}`)}</>} <DemoBadge demo={i.demo} />
            {i.reference && !i.reference.confirmed && (
              <>
                {' '}
                <span className="badge">{t('reference.toConfirm')}</span>
              </>
            )}
            {i.reference?.confirmed && (
              <small>
                {' '}
                — {t('reference.confirmedBy', { name: i.reference.confirmedBy?.name ?? '', at: formatDate(i.reference.confirmedAt, i18n.language) })}
              </small>
            )}
            {i.reference?.removedAt && <small> — {t('reference.removed', { at: formatDate(i.reference.removedAt, i18n.language) })}</small>}
            <FileDiffers instrument={i} />
            {i.source && (
              <>
                <br />
                <small>
                  {t('source')}: <Source source={i.source} />
                </small>
              </>
            )}
            {i.can?.confirm && i.reference && !i.reference.confirmed && (
              <>
                {' '}
                <ActionButton
                  onDone={onDone}
                  onAction={() => act(() => api.post(`/api/legislation/instruments/${i.id}/confirm`, {}), t('reference.confirmed'))}
                >
                  {t('reference.confirm', { title: i.title })}
                </ActionButton>
              </>
            )}
            {i.provisions.length > 0 && (
              <ul>
                {i.provisions.map((p) => (
                  <li key={p.id}>
                    {p.section} {p.heading} → {p.standards.map((s) => s.standardId).join(', ')}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
