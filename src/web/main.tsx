// The app's entry: translations from the shell and every capability, then the router.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { features } from './app/features';
import { formI18n } from './components/form-i18n';
import { setupI18n } from './i18n';
// Noto Sans Thai (Latin, Latin Extended and Thai files) ships with the app: no screen shows empty boxes, nothing is fetched
// from elsewhere; the browser loads only the files whose letters a page uses (unicode-range).
import '@fontsource/noto-sans-thai/400.css';
import '@fontsource/noto-sans-thai/700.css';
import './styles.css';

setupI18n({ form: formI18n, ...Object.fromEntries(features.map((f) => [f.id, f.i18n])) });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
