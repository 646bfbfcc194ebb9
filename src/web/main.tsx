// The app's entry: translations from the shell and every capability, then the router.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { features } from './app/features';
import { setupI18n } from './i18n';
import { formI18n } from './components/form-i18n';
import './styles.css';

setupI18n({ form: formI18n, ...Object.fromEntries(features.map((f) => [f.id, f.i18n])) });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
