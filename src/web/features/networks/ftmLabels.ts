// Labels of FtM schemata, properties and link roles in the user's language, falling back to the FtM model's English
// label the server sends (for the properties ftmI18n.ts does not list), then to the name itself.
import { useTranslation } from 'react-i18next';

export function useFtmLabels() {
  const { t, i18n } = useTranslation('networks');
  const known = (key: string) => i18n.exists(key, { ns: 'networks' });
  return {
    schema: (name: string, fallback?: string) => (known(`ftm.schemata.${name}`) ? t(`ftm.schemata.${name}`) : (fallback ?? name)),
    property: (name: string, fallback?: string) => (known(`ftm.properties.${name}`) ? t(`ftm.properties.${name}`) : (fallback ?? name)),
    role: (role: string) => (known(`roles.${role}`) ? t(`roles.${role}`) : known(`ftm.roles.${role}`) ? t(`ftm.roles.${role}`) : role.replace(/_/g, ' ')),
    kind: (kind: string) => (known(`kinds.${kind}`) ? t(`kinds.${kind}`) : kind),
  };
}
