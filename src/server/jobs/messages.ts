// Why a job run cannot be run again: said to the administrator in their language.
import { catalogue } from '../i18n/catalogue.js';
import { messages } from '../i18n/text.js';

export const say = messages(
  'jobs',
  catalogue({
    en: {
      notFailed: 'Only a failed run is run again: this one has not failed.',
      noLongerFailed: 'This run is no longer failed: it was already run again.',
    },
    id: {
      notFailed: 'Hanya proses yang gagal yang dijalankan ulang: proses ini tidak gagal.',
      noLongerFailed: 'Proses ini tidak lagi berstatus gagal: proses ini sudah dijalankan ulang.',
    },
    th: {
      notFailed: 'เรียกใช้ซ้ำได้เฉพาะรอบที่ล้มเหลวเท่านั้น รอบนี้ไม่ได้ล้มเหลว',
      noLongerFailed: 'รอบนี้ไม่อยู่ในสถานะล้มเหลวแล้ว เนื่องจากถูกเรียกใช้ซ้ำไปแล้ว',
    },
  }),
);
