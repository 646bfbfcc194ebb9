// Why a state's webhook is refused as sent: coded sentences beside the field, in the reader's language.
import { catalogue } from '../../i18n/catalogue.js';
import { messages } from '../../i18n/text.js';

export const say = messages(
  'notifications',
  catalogue({
    en: {
      webhookKeepers: 'Only a focal point of this state may configure its webhook.',
      notUrl: 'This is not a web address (URL).',
      httpsOnly: 'A webhook must use https (plain http only to this machine, for testing).',
    },
    id: {
      webhookKeepers: 'Hanya titik fokus negara ini yang boleh mengatur webhook-nya.',
      notUrl: 'Ini bukan alamat web (URL).',
      httpsOnly: 'Webhook harus menggunakan https (http biasa hanya ke mesin ini, untuk pengujian).',
    },
    th: {
      webhookKeepers: 'เฉพาะผู้ประสานงานหลักของรัฐนี้เท่านั้นที่ตั้งค่าเว็บฮุกของรัฐได้',
      notUrl: 'ไม่ใช่ที่อยู่เว็บ (URL)',
      httpsOnly: 'เว็บฮุกต้องใช้ https (ใช้ http ธรรมดาได้เฉพาะกับเครื่องนี้เพื่อการทดสอบ)',
    },
  }),
);
