// How a treaty status reads, everywhere it is shown: the status with its date, the evidence with its source, and the
// snapshot date the reference table is complete to ("no action recorded as of ...", never "not a party").
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../components/ui';
import type { Snapshot, TreatyAction, TreatyStatus } from './types';

/** A clickable address for a source when it names one (a URL, a site path, or a GitHub file at a commit); null otherwise. */
export function sourceHref(source: string): string | null {
  const first = source.trim().split(/\s/)[0] ?? '';
  if (/^https?:\/\/\S+$/.test(first)) return first;
  const github = /^github\.com\/([^/@\s]+\/[^/@\s]+)@([0-9a-f]{40}):(\S+)$/.exec(first);
  if (github) return `https://github.com/${github[1]}/blob/${github[2]}/${github[3]}`;
  if (/^[a-z0-9-]+(\.[a-z0-9-]+)+(\/\S*)?$/i.test(first)) return `https://${first}`;
  return null;
}

/** A short name for a source in a crowded table: the site (or repository and file); the full text is its title. */
export function sourceShort(source: string): string {
  const first = source.trim().split(/\s/)[0] ?? '';
  const github = /^github\.com\/([^/@\s]+\/[^/@\s]+)@[0-9a-f]{40}:(?:\S*\/)?(\S+)$/.exec(first);
  if (github) return `${github[1]}: ${github[2]}`;
  const href = sourceHref(source);
  if (href) return new URL(href).hostname.replace(/^www\./, '');
  return source.length > 48 ? `${source.slice(0, 47)}…` : source;
}

/** The source as written, with every address in it clickable; `short` names only the site (the full text is its title). */
export function Source({ source, short = false }: { source: string; short?: boolean }) {
  const href = sourceHref(source);
  if (short)
    return href ? (
      <a href={href} rel="noreferrer" target="_blank" title={source}>
        {sourceShort(source)}
      </a>
    ) : (
      <span title={source}>{sourceShort(source)}</span>
    );
  if (href)
    return (
      <a href={href} rel="noreferrer" target="_blank">
        {source}
      </a>
    );
  // Free text naming addresses inside it (a snapshot's description, a press release): link each address.
  const parts = source.split(/(https?:\/\/[^\s,;)]+)/g);
  return (
    <>
      {parts.map((p, i) =>
        i % 2 ? (
          <a key={i} href={p} rel="noreferrer" target="_blank">
            {p}
          </a>
        ) : (
          p
        ),
      )}
    </>
  );
}

/** "party — ratification 2009-04-20", "party — reported 2017 (date of deposit not recorded)", "no action recorded as of ...". */
export function StatusSentence({
  status,
  snapshot,
}: {
  status: Pick<TreatyStatus, 'status' | 'basis' | 'snapshot'> & Partial<Pick<TreatyStatus, 'note' | 'signature'>>;
  snapshot: Snapshot | null;
}) {
  const { t } = useTranslation('legislation');
  const b = status.basis;
  const asOf = { snapshot: status.snapshot ?? snapshot?.date ?? '', label: useSnapshotLabel(snapshot) };
  let text: string;
  if (status.status === 'party' && b) {
    const when = 'date' in b && b.date ? b.date : 'when' in b ? (b.when ?? '') : '';
    if (b.origin === 'later') text = when ? t('treatyText.partyReported', { when }) : t('treatyText.partyReportedUndated');
    else if (b.origin === 'focal_point' && b.precision !== 'day') text = t('treatyText.partyRecordedPeriod', { action: t(`treatyActions.${b.action}`), when });
    else text = t('treatyText.party', { action: t(`treatyActions.${b.action}`), date: when });
  } else if (status.status === 'signatory')
    text = t('treatyText.signatory', { date: status.signature ?? (b && 'date' in b ? b.date : b && 'when' in b ? b.when : ''), ...asOf });
  else if (status.status === 'no_action_recorded') text = t('treatyText.noAction', asOf);
  else if (status.status === 'not_recorded_separately') text = t('treatyText.throughChina');
  else text = t('treatyText.unknown');
  return (
    <span data-status={status.status}>
      {text}
      {status.note === 'france_new_caledonia' && <small> ({t('treatyText.newCaledonia')})</small>}
    </span>
  );
}

/** One piece of evidence: what, when, its source, and for a focal point's record who entered and who validated it. */
export function ActionLine({ action }: { action: TreatyAction }) {
  const { t, i18n } = useTranslation('legislation');
  const lng = i18n.language;
  if (action.origin === 'reference')
    return (
      <>
        {t(`treatyActions.${action.action}`)} {action.date} — {t('source')}: <Source source={action.source} />
      </>
    );
  if (action.origin === 'later') {
    return (
      <>
        {action.when
          ? t('treatyText.reportedWhen', { when: action.when, precision: t(`precisions.${action.precision}`) })
          : t('treatyText.reportedUndatedShort')}{' '}
        ({action.what}) <span className="badge">{t('approximate')}</span> — {t('source')}: <Source source={action.source} />
      </>
    );
  }
  return (
    <>
      {t(`treatyActions.${action.action}`)} {action.date ?? action.when} — {t('source')}: <Source source={action.source} />
      {action.note && <> — {action.note}</>}
      <br />
      <small>
        {t('treatyText.enteredBy', { name: action.enteredBy.name, state: action.enteredBy.state ?? '—', at: formatDateTime(action.enteredAt, lng) })}
        {action.reviewedBy && ` ${t(`treatyText.reviewed.${action.workflow}`, { name: action.reviewedBy.name, at: formatDateTime(action.reviewedAt, lng) })}`}
        {action.reason && ` (${action.reason})`}
      </small>
    </>
  );
}

/** The snapshot's name in the reader's language when it is one the catalogue knows, else as the file names it. */
function useSnapshotLabel(snapshot: Snapshot | null): string {
  const { t } = useTranslation('legislation');
  return snapshot?.label ? t(`snapshotLabels.${snapshot.label}`, { defaultValue: snapshot.label }) : t('treatyText.snapshotLabel');
}

/** "Snapshot: 2014-07-10 (UN Treaty Collection snapshot)", with where the snapshot comes from. */
export function SnapshotNote({ snapshot }: { snapshot: Snapshot | null }) {
  const { t } = useTranslation('legislation');
  const label = useSnapshotLabel(snapshot);
  if (!snapshot) return <p>{t('treatiesNotArrived')}</p>;
  return (
    <p data-testid="treaty-snapshot">
      {t('treatyText.snapshotNote', { date: snapshot.date, label })} {t('source')}: <Source source={snapshot.source} />
    </p>
  );
}
