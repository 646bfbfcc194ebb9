// The sub-regions of the membership (UN M49 names, as data/members.csv gives them) in each language.
import { catalogue } from '../catalogue.js';

export const subregion = catalogue({
  en: {
    'Australia and New Zealand': 'Australia and New Zealand',
    'Eastern Asia': 'Eastern Asia',
    Melanesia: 'Melanesia',
    Micronesia: 'Micronesia',
    'Northern America': 'Northern America',
    Polynesia: 'Polynesia',
    'South-eastern Asia': 'South-eastern Asia',
    'Southern Asia': 'Southern Asia',
    'Western Asia': 'Western Asia',
    'Western Europe': 'Western Europe',
  },
  id: {
    'Australia and New Zealand': 'Australia dan Selandia Baru',
    'Eastern Asia': 'Asia Timur',
    Melanesia: 'Melanesia',
    Micronesia: 'Mikronesia',
    'Northern America': 'Amerika Utara',
    Polynesia: 'Polinesia',
    'South-eastern Asia': 'Asia Tenggara',
    'Southern Asia': 'Asia Selatan',
    'Western Asia': 'Asia Barat',
    'Western Europe': 'Eropa Barat',
  },
  th: {
    'Australia and New Zealand': 'ออสเตรเลียและนิวซีแลนด์',
    'Eastern Asia': 'เอเชียตะวันออก',
    Melanesia: 'เมลานีเซีย',
    Micronesia: 'ไมโครนีเซีย',
    'Northern America': 'อเมริกาเหนือ',
    Polynesia: 'โพลินีเซีย',
    'South-eastern Asia': 'เอเชียตะวันออกเฉียงใต้',
    'Southern Asia': 'เอเชียใต้',
    'Western Asia': 'เอเชียตะวันตก',
    'Western Europe': 'ยุโรปตะวันตก',
  },
});
