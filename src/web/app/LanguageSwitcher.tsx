// Switches the app's language; saved in the browser and, when signed in, on the account.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api';
import { LANGUAGES } from '../i18n';

export function LanguageSwitcher({ signedIn = false }: { signedIn?: boolean }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  return (
    <div className="lang">
      <label htmlFor={id}>{t('app.language')}</label>
      <select
        id={id}
        value={i18n.language}
        onChange={async (e) => {
          const lang = e.target.value;
          // Saved on the account first, so that what the page fetches next is already written in the new language.
          if (signedIn) await api.put('/api/auth/locale', { locale: lang }).catch(() => undefined);
          void i18n.changeLanguage(lang);
        }}
      >
        {LANGUAGES.map((l) => (
          <option key={l.code} value={l.code} lang={l.code}>
            {l.label}
          </option>
        ))}
      </select>
    </div>
  );
}
