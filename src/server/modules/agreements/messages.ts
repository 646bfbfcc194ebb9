// Why an agreement cannot be recorded or changed as sent, said beside the field in the reader's language (the audit
// keeps the English).
import { catalogue } from '../../i18n/catalogue.js';
import { messages } from '../../i18n/text.js';

export const say = messages(
  'agreements',
  catalogue({
    en: {
      unknownCategory: '“{{category}}” is not an intelligence category or an agreement scope.',
      unknownScope: '“{{scope}}” is not an agreement scope.',
      sameStates: 'Choose two different states.',
      partyTwice: '{{state}} is listed twice.',
      expiresBeforeEffect: 'The agreement cannot expire ({{expires}}) before it takes effect ({{effective}}).',
      effectBeforeSigned: 'The agreement cannot take effect before it is signed.',
      effectiveNeeded: {
        in_force: 'An agreement in force needs the date it took effect.',
        expired: 'An expired agreement needs the date it took effect.',
        terminated: 'A terminated agreement needs the date it took effect.',
      },
      signedNeeded: {
        signed: 'A signed agreement needs its date of signature.',
        in_force: 'An agreement in force needs its date of signature.',
        expired: 'An expired agreement needs its date of signature.',
        terminated: 'A terminated agreement needs its date of signature.',
      },
      expiryNeeded: 'An expired agreement needs its expiry date.',
      endNeeded: 'A terminated agreement needs the date it ended.',
      endsBeforeEffect: 'The agreement cannot end before it takes effect.',
      notContactOf: 'This person is not a contact point of {{state}}.',
      keepersOnly: 'Only a focal point of a party, or the RSO, may record or change this agreement.',
      mouStates: 'An MOU needs two or more states.',
    },
    id: {
      unknownCategory: '“{{category}}” bukan kategori intelijen atau cakupan perjanjian.',
      unknownScope: '“{{scope}}” bukan cakupan perjanjian.',
      sameStates: 'Pilih dua negara yang berbeda.',
      partyTwice: '{{state}} tercantum dua kali.',
      expiresBeforeEffect: 'Perjanjian tidak dapat berakhir masa berlakunya ({{expires}}) sebelum mulai berlaku ({{effective}}).',
      effectBeforeSigned: 'Perjanjian tidak dapat mulai berlaku sebelum ditandatangani.',
      effectiveNeeded: {
        in_force: 'Perjanjian yang berlaku memerlukan tanggal mulai berlakunya.',
        expired: 'Perjanjian yang sudah berakhir memerlukan tanggal mulai berlakunya.',
        terminated: 'Perjanjian yang diakhiri memerlukan tanggal mulai berlakunya.',
      },
      signedNeeded: {
        signed: 'Perjanjian yang ditandatangani memerlukan tanggal penandatanganannya.',
        in_force: 'Perjanjian yang berlaku memerlukan tanggal penandatanganannya.',
        expired: 'Perjanjian yang sudah berakhir memerlukan tanggal penandatanganannya.',
        terminated: 'Perjanjian yang diakhiri memerlukan tanggal penandatanganannya.',
      },
      expiryNeeded: 'Perjanjian yang sudah berakhir memerlukan tanggal berakhirnya masa berlaku.',
      endNeeded: 'Perjanjian yang diakhiri memerlukan tanggal pengakhirannya.',
      endsBeforeEffect: 'Perjanjian tidak dapat diakhiri sebelum mulai berlaku.',
      notContactOf: 'Orang ini bukan narahubung {{state}}.',
      keepersOnly: 'Hanya titik fokus salah satu pihak, atau RSO, yang boleh mencatat atau mengubah perjanjian ini.',
      mouStates: 'Nota kesepahaman memerlukan dua negara atau lebih.',
    },
    th: {
      unknownCategory: '“{{category}}” ไม่ใช่หมวดข่าวกรองหรือขอบเขตของข้อตกลง',
      unknownScope: '“{{scope}}” ไม่ใช่ขอบเขตของข้อตกลง',
      sameStates: 'โปรดเลือกสองรัฐที่ต่างกัน',
      partyTwice: '{{state}} ถูกระบุซ้ำสองครั้ง',
      expiresBeforeEffect: 'ข้อตกลงจะหมดอายุ ({{expires}}) ก่อนมีผลบังคับใช้ ({{effective}}) ไม่ได้',
      effectBeforeSigned: 'ข้อตกลงจะมีผลบังคับใช้ก่อนลงนามไม่ได้',
      effectiveNeeded: {
        in_force: 'ข้อตกลงที่มีผลบังคับใช้ต้องระบุวันที่เริ่มมีผล',
        expired: 'ข้อตกลงที่หมดอายุแล้วต้องระบุวันที่เริ่มมีผล',
        terminated: 'ข้อตกลงที่ยกเลิกแล้วต้องระบุวันที่เริ่มมีผล',
      },
      signedNeeded: {
        signed: 'ข้อตกลงที่ลงนามแล้วต้องระบุวันที่ลงนาม',
        in_force: 'ข้อตกลงที่มีผลบังคับใช้ต้องระบุวันที่ลงนาม',
        expired: 'ข้อตกลงที่หมดอายุแล้วต้องระบุวันที่ลงนาม',
        terminated: 'ข้อตกลงที่ยกเลิกแล้วต้องระบุวันที่ลงนาม',
      },
      expiryNeeded: 'ข้อตกลงที่หมดอายุแล้วต้องระบุวันหมดอายุ',
      endNeeded: 'ข้อตกลงที่ยกเลิกแล้วต้องระบุวันที่สิ้นสุด',
      endsBeforeEffect: 'ข้อตกลงจะสิ้นสุดก่อนมีผลบังคับใช้ไม่ได้',
      notContactOf: 'บุคคลนี้ไม่ใช่ผู้ประสานงานของ {{state}}',
      keepersOnly: 'เฉพาะผู้ประสานงานหลักของภาคี หรือ RSO เท่านั้นที่บันทึกหรือแก้ไขข้อตกลงนี้ได้',
      mouStates: 'บันทึกความเข้าใจต้องมีรัฐตั้งแต่สองรัฐขึ้นไป',
    },
  }),
);
