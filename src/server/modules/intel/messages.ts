// Why the intelligence exchange refuses a release or a request: coded sentences said beside the field they concern,
// in the reader's language (the audit keeps the English).
import { catalogue } from '../../i18n/catalogue.js';
import { messages } from '../../i18n/text.js';

export const say = messages(
  'intel',
  catalogue({
    en: {
      nameRecipient: 'Name at least one state or group other than the originator.',
      unknownGroups: 'Not a working group: {{groups}}.',
      releasableOnly: 'The originator made this report releasable only to {{states}}.',
      needsConsent: 'Sharing this report onward needs the consent of its originator ({{owner}}): request it first.',
      noAgreement: 'No agreement in force covers {{category}} for {{states}}. Nothing was released.',
      noAgreementWith: 'No agreement in force between {{owner}} and {{state}} covers {{category}}.',
      deadlinePast: 'The deadline is in the past: choose today or a later date.',
    },
    id: {
      nameRecipient: 'Sebutkan paling sedikit satu negara atau kelompok selain pembuat laporan.',
      unknownGroups: 'Bukan kelompok kerja: {{groups}}.',
      releasableOnly: 'Pembuat laporan hanya mengizinkan laporan ini dibagikan kepada {{states}}.',
      needsConsent: 'Membagikan laporan ini lebih lanjut memerlukan persetujuan pembuatnya ({{owner}}): mintalah dahulu.',
      noAgreement: 'Tidak ada perjanjian yang berlaku yang mencakup {{category}} untuk {{states}}. Tidak ada yang dibagikan.',
      noAgreementWith: 'Tidak ada perjanjian yang berlaku antara {{owner}} dan {{state}} yang mencakup {{category}}.',
      deadlinePast: 'Tenggat sudah lewat: pilih hari ini atau tanggal sesudahnya.',
    },
    th: {
      nameRecipient: 'ระบุรัฐหรือกลุ่มอย่างน้อยหนึ่งรายที่ไม่ใช่ผู้จัดทำรายงาน',
      unknownGroups: 'ไม่ใช่คณะทำงาน: {{groups}}',
      releasableOnly: 'ผู้จัดทำกำหนดให้เผยแพร่รายงานนี้ได้เฉพาะแก่ {{states}}',
      needsConsent: 'การส่งต่อรายงานนี้ต้องได้รับความยินยอมจากผู้จัดทำ ({{owner}}) โปรดขอความยินยอมก่อน',
      noAgreement: 'ไม่มีข้อตกลงที่มีผลบังคับใช้ครอบคลุม{{category}}สำหรับ {{states}} จึงไม่มีการเผยแพร่ใด ๆ',
      noAgreementWith: 'ไม่มีข้อตกลงที่มีผลบังคับใช้ระหว่าง {{owner}} และ {{state}} ที่ครอบคลุม{{category}}',
      deadlinePast: 'กำหนดเวลาผ่านไปแล้ว โปรดเลือกวันนี้หรือวันหลังจากนี้',
    },
  }),
);
