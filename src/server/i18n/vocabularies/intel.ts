// The grading and protection words of intelligence: the Admiralty scale, its 4x4 equivalent, classifications and
// handling codes, as officers of each language say them.

import type { HANDLING_CODES } from '../../access/records.js';
import type { CLASSIFICATIONS } from '../../access/subject.js';
import type { Credibility, Reliability } from '../../modules/intel/grading.js';
import { catalogue } from '../catalogue.js';

type Classification = (typeof CLASSIFICATIONS)[number];
type HandlingCode = (typeof HANDLING_CODES)[number];

export const reliability = catalogue({
  en: {
    A: 'Completely reliable',
    B: 'Usually reliable',
    C: 'Fairly reliable',
    D: 'Not usually reliable',
    E: 'Unreliable',
    F: 'Reliability cannot be judged',
  } satisfies Record<Reliability, string>,
  id: { A: 'Sepenuhnya andal', B: 'Biasanya andal', C: 'Cukup andal', D: 'Biasanya tidak andal', E: 'Tidak andal', F: 'Keandalan tidak dapat dinilai' },
  th: { A: 'เชื่อถือได้ทั้งหมด', B: 'โดยปกติเชื่อถือได้', C: 'ค่อนข้างเชื่อถือได้', D: 'โดยปกติเชื่อถือไม่ได้', E: 'เชื่อถือไม่ได้', F: 'ไม่สามารถประเมินความน่าเชื่อถือได้' },
});

export const credibility = catalogue({
  en: {
    '1': 'Confirmed by other sources',
    '2': 'Probably true',
    '3': 'Possibly true',
    '4': 'Doubtful',
    '5': 'Improbable',
    '6': 'Truth cannot be judged',
  } satisfies Record<Credibility, string>,
  id: {
    '1': 'Dikonfirmasi sumber lain',
    '2': 'Kemungkinan besar benar',
    '3': 'Mungkin benar',
    '4': 'Diragukan',
    '5': 'Kecil kemungkinan benar',
    '6': 'Kebenaran tidak dapat dinilai',
  },
  th: { '1': 'ได้รับการยืนยันจากแหล่งอื่น', '2': 'น่าจะเป็นจริง', '3': 'อาจเป็นจริง', '4': 'น่าสงสัย', '5': 'ไม่น่าเป็นไปได้', '6': 'ไม่สามารถประเมินความจริงได้' },
});

export const fourByFourSource = catalogue({
  en: {
    A: 'No doubt of authenticity, trustworthiness and competence',
    B: 'Information from this source has in most instances proved reliable',
    C: 'Information from this source has in most instances proved unreliable',
    X: 'Reliability cannot be assessed',
  },
  id: {
    A: 'Keaslian, kepercayaan, dan kompetensinya tidak diragukan',
    B: 'Informasi dari sumber ini umumnya terbukti andal',
    C: 'Informasi dari sumber ini umumnya terbukti tidak andal',
    X: 'Keandalan tidak dapat dinilai',
  },
  th: {
    A: 'ไม่มีข้อสงสัยในความแท้จริง ความน่าไว้วางใจ และความสามารถ',
    B: 'ข้อมูลจากแหล่งนี้ส่วนใหญ่พิสูจน์แล้วว่าเชื่อถือได้',
    C: 'ข้อมูลจากแหล่งนี้ส่วนใหญ่พิสูจน์แล้วว่าเชื่อถือไม่ได้',
    X: 'ไม่สามารถประเมินความน่าเชื่อถือได้',
  },
});

export const fourByFourInformation = catalogue({
  en: {
    '1': 'Known to be true without reservation',
    '2': 'Known personally to the source but not to the officer passing it on',
    '3': 'Not known personally to the source but corroborated',
    '4': 'Cannot be judged or corroborated',
  },
  id: {
    '1': 'Diketahui benar tanpa keraguan',
    '2': 'Diketahui langsung oleh sumber, tetapi tidak oleh petugas yang meneruskannya',
    '3': 'Tidak diketahui langsung oleh sumber, tetapi didukung bukti lain',
    '4': 'Tidak dapat dinilai atau dikuatkan',
  },
  th: {
    '1': 'ทราบว่าเป็นจริงโดยไม่มีข้อสงวน',
    '2': 'แหล่งข่าวรู้เห็นเอง แต่เจ้าหน้าที่ผู้ส่งต่อไม่ได้รู้เห็น',
    '3': 'แหล่งข่าวไม่ได้รู้เห็นเอง แต่มีข้อมูลอื่นยืนยัน',
    '4': 'ไม่สามารถประเมินหรือยืนยันได้',
  },
});

/** Indonesia's and Thailand's own grades of official secrets (Biasa/Terbatas/Rahasia/Sangat Rahasia; ปกปิด/ลับ/ลับมาก). */
export const classification = catalogue({
  en: { public: 'Public', members: 'Members only', restricted: 'Restricted', confidential: 'Confidential', secret: 'Secret' } satisfies Record<
    Classification,
    string
  >,
  id: { public: 'Terbuka untuk umum', members: 'Khusus anggota', restricted: 'Terbatas', confidential: 'Rahasia', secret: 'Sangat rahasia' },
  th: { public: 'เปิดเผยต่อสาธารณะ', members: 'เฉพาะสมาชิก', restricted: 'ปกปิด', confidential: 'ลับ', secret: 'ลับมาก' },
});

export const handlingCode = catalogue({
  en: {
    originator_control: 'Originator controls onward sharing',
    not_evidential: 'Not for use as evidence',
    releasable_only: 'Releasable only to those named',
  } satisfies Record<HandlingCode, string>,
  id: {
    originator_control: 'Pembagian lanjutan dikendalikan pembuat',
    not_evidential: 'Tidak untuk digunakan sebagai alat bukti',
    releasable_only: 'Hanya boleh diteruskan kepada yang disebutkan',
  },
  th: { originator_control: 'ผู้จัดทำเป็นผู้ควบคุมการส่งต่อ', not_evidential: 'ห้ามใช้เป็นพยานหลักฐาน', releasable_only: 'เปิดเผยได้เฉพาะผู้ที่ระบุไว้เท่านั้น' },
});
