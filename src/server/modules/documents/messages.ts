// What the documents module tells a person in the app, in their own language (an in-app notice carries no number).
import { catalogue } from '../../i18n/catalogue.js';
import { messages } from '../../i18n/text.js';

export const say = messages(
  'documents',
  catalogue({
    en: {
      hit_one: 'One document recorded by {{owner}} was hit in a check by {{checker}}',
      hit_other: '{{count}} documents recorded by {{owner}} were hit in a check by {{checker}}',
    },
    id: {
      hit_other: '{{count}} dokumen yang dicatat oleh {{owner}} cocok dalam pemeriksaan oleh {{checker}}',
    },
    th: {
      hit_other: 'เอกสาร {{count}} ฉบับที่ {{owner}} บันทึกไว้ตรงกับการตรวจสอบของ {{checker}}',
    },
  }),
);
