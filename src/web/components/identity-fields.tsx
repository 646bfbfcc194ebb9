// Form fields the identity pages share (travel documents, verification requests, victim cases): a record's classification,
// a birth date known to the year, month or day, a person's sex, and the protection measures in place. Each input carries
// the API's field name, so that a refusal is said beside it (components/form.tsx).
import type { InputHTMLAttributes, SelectHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckGroup, Field, Select } from './ui';

/** Levels a state may give an identity record: the members-only and public levels are not offered for personal data. */
export const PERSONAL_CLASSIFICATIONS = ['restricted', 'confidential', 'secret'] as const;
/** A date known to the year (1990), the month (1990-04) or the day (1990-04-12), as the server's schemas take it. */
export const PARTIAL_DATE = '\\d{4}(-\\d{2}(-\\d{2})?)?';
export const SEXES = ['female', 'male', 'other', 'unknown'] as const;

type SelectAttributes = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'children'>;

/** The classification of a record, named as everywhere in the portal (core vocabulary). */
export function ClassificationSelect({ label, name = 'classification', ...select }: { label: string; name?: string } & SelectAttributes) {
  const { t } = useTranslation('core');
  return <Select label={label} name={name} options={PERSONAL_CLASSIFICATIONS.map((c) => ({ value: c, label: t(`classification.${c}`) }))} {...select} />;
}

/** A birth date (or any date) known only in part: year, year and month, or the full date. */
export function PartialDateField(props: { label: string; help?: string } & Omit<InputHTMLAttributes<HTMLInputElement>, 'pattern' | 'type'>) {
  return <Field pattern={PARTIAL_DATE} maxLength={10} {...props} />;
}

/**
 * A person's sex, or not known (an empty value the page leaves out of its request). `ns`: the page's namespace, which
 * names the field `sex`, the choices `sexes.<sex>` and the empty one `new.notKnown`.
 */
export function SexSelect({ ns, ...select }: { ns: string } & SelectAttributes) {
  const { t } = useTranslation(ns);
  return (
    <Select label={t('sex')} options={[{ value: '', label: t('new.notKnown') }, ...SEXES.map((s) => ({ value: s, label: t(`sexes.${s}`) }))]} {...select} />
  );
}

/** The protection measures in place for a person, ticked from the portal's list (`ns` names them `measures.<measure>`). */
export function MeasuresChecklist({
  ns,
  name,
  legend,
  measures,
  value,
  onChange,
}: {
  ns: string;
  /** The API field the ticked measures go to. */
  name: string;
  legend: string;
  measures: readonly string[];
  value: string[];
  onChange: (value: string[]) => void;
}) {
  const { t } = useTranslation(ns);
  return <CheckGroup legend={legend} name={name} options={measures.map((m) => ({ value: m, label: t(`measures.${m}`) }))} value={value} onChange={onChange} />;
}
