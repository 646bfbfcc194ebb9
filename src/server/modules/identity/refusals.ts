// Why officers cannot be designated for identity verification or victim return duties as asked, said in the reader's
// language (the audit and the logs keep the English).
import { catalogue } from '../../i18n/catalogue.js';
import { messages } from '../../i18n/text.js';

export const refuse = messages(
  'identity.refusals',
  catalogue({
    en: {
      perMember: 'Designations are kept per member state or organisation.',
      focalDesignates: 'Only the focal point designates officers for identity and return duties.',
      noAccount: 'No active account of {{member}} has this id.',
      verificationRoles: 'Only officers, analysts and focal points of a state agency answer verification requests.',
      caseRoles: 'Only officers, analysts and focal points work cases.',
      focalWithdraws: 'Only the focal point withdraws designations.',
    },
    id: {
      perMember: 'Penunjukan disimpan per negara anggota atau organisasi.',
      focalDesignates: 'Hanya titik fokus yang menunjuk petugas untuk tugas verifikasi identitas dan pemulangan.',
      noAccount: 'Tidak ada akun aktif {{member}} dengan ID ini.',
      verificationRoles: 'Hanya petugas, analis, dan titik fokus instansi negara yang menjawab permintaan verifikasi.',
      caseRoles: 'Hanya petugas, analis, dan titik fokus yang menangani kasus.',
      focalWithdraws: 'Hanya titik fokus yang mencabut penunjukan.',
    },
    th: {
      perMember: 'การมอบหมายจัดเก็บแยกตามรัฐสมาชิกหรือองค์กร',
      focalDesignates: 'เฉพาะผู้ประสานงานหลักเท่านั้นที่มอบหมายเจ้าหน้าที่สำหรับงานพิสูจน์ตัวตนและการส่งกลับ',
      noAccount: 'ไม่มีบัญชีที่ใช้งานอยู่ของ{{member}}ที่มีรหัสนี้',
      verificationRoles: 'เฉพาะเจ้าหน้าที่ นักวิเคราะห์ และผู้ประสานงานหลักของหน่วยงานรัฐเท่านั้นที่ตอบคำขอพิสูจน์สัญชาติ',
      caseRoles: 'เฉพาะเจ้าหน้าที่ นักวิเคราะห์ และผู้ประสานงานหลักเท่านั้นที่ดูแลกรณี',
      focalWithdraws: 'เฉพาะผู้ประสานงานหลักเท่านั้นที่ยกเลิกการมอบหมาย',
    },
  }),
);
