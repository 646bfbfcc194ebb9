// The app's catalogues are typed from their English: see src/server/i18n/catalogue.ts (shared with the server).
export { type Catalogue, catalogue, type Translation } from '../../server/i18n/catalogue';
