// Why the networks module refuses a record, a link, a merge decision or an import mapping: coded sentences in the
// reader's language (the audit keeps the English).
import { catalogue } from '../../i18n/catalogue.js';
import { messages } from '../../i18n/text.js';

export const say = messages(
  'networks',
  catalogue({
    en: {
      aboveClearance: '{{classification}} is above your clearance.',
      notTheModel: 'This record does not fit the FollowTheMoney model: {{reason}}',
      anotherStatesRecord: 'That id belongs to a record of another state.',
      noReadableEntity: 'There is no record {{id}} that you may read.',
      proposalAlready: 'This proposal is already {{status}}.',
      proposalNotMerge: 'This proposal is {{status}}, not a merge.',
      mergedElsewhere: 'One of the two records is already merged into another: unmerge it first.',
      mapping: 'The mapping must be a JSON object of FollowTheMoney property to CSV column.',
      status: { proposed: 'proposed', confirmed: 'confirmed as the same', rejected: 'rejected', unmerged: 'unmerged' },
    },
    id: {
      aboveClearance: '{{classification}} berada di atas izin keamanan Anda.',
      notTheModel: 'Catatan ini tidak sesuai dengan model FollowTheMoney: {{reason}}',
      anotherStatesRecord: 'ID itu milik catatan negara lain.',
      noReadableEntity: 'Tidak ada catatan {{id}} yang boleh Anda baca.',
      proposalAlready: 'Usulan ini sudah {{status}}.',
      proposalNotMerge: 'Usulan ini {{status}}, bukan penggabungan.',
      mergedElsewhere: 'Salah satu dari kedua catatan sudah digabungkan ke catatan lain: batalkan penggabungannya dahulu.',
      mapping: 'Pemetaan harus berupa objek JSON dari properti FollowTheMoney ke kolom CSV.',
      status: {
        proposed: 'diusulkan',
        confirmed: 'dikonfirmasi sebagai orang atau hal yang sama',
        rejected: 'ditolak',
        unmerged: 'dibatalkan penggabungannya',
      },
    },
    th: {
      aboveClearance: '{{classification}} สูงกว่าสิทธิ์เข้าถึงชั้นความลับของคุณ',
      notTheModel: 'บันทึกนี้ไม่สอดคล้องกับแบบจำลอง FollowTheMoney: {{reason}}',
      anotherStatesRecord: 'รหัสนั้นเป็นของบันทึกของรัฐอื่น',
      noReadableEntity: 'ไม่มีบันทึก {{id}} ที่คุณอ่านได้',
      proposalAlready: 'ข้อเสนอนี้{{status}}แล้ว',
      proposalNotMerge: 'ข้อเสนอนี้{{status}} ไม่ใช่การรวมบันทึก',
      mergedElsewhere: 'บันทึกหนึ่งในสองรายการถูกรวมเข้ากับบันทึกอื่นแล้ว โปรดยกเลิกการรวมก่อน',
      mapping: 'การจับคู่ต้องเป็นออบเจ็กต์ JSON จากคุณสมบัติ FollowTheMoney ไปยังคอลัมน์ CSV',
      status: { proposed: 'ถูกเสนอ', confirmed: 'ได้รับการยืนยันว่าเป็นรายเดียวกัน', rejected: 'ถูกปฏิเสธ', unmerged: 'ถูกยกเลิกการรวม' },
    },
  }),
);

/** A merge proposal's state as a word inside the sentences above. */
export function matchStatus(status: string) {
  return say(`status.${status as 'proposed' | 'confirmed' | 'rejected' | 'unmerged'}`);
}
