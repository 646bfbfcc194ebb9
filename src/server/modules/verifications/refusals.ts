// Why a verification request cannot be made, answered or moved on as asked, said in the reader's language (the audit
// and the logs keep the English). States through stateName; statuses and file kinds in the app's words.
import { catalogue } from '../../i18n/catalogue.js';
import { messages, type Text } from '../../i18n/text.js';

export const refuse = messages(
  'verifications.refusals',
  catalogue({
    en: {
      status: { open: 'open', more_information_needed: 'waiting for more information', answered: 'answered', withdrawn: 'withdrawn' },
      answer: {
        confirmed: 'confirmed',
        not_confirmed: 'not confirmed',
        more_information_needed: 'more information needed',
        cannot_determine: 'cannot determine',
      },
      kind: { photograph: 'A photograph', fingerprints: 'A fingerprints file', document: 'A document', evidence: 'An evidence file' },
      notAMember: '{{code}} is not a Bali Process member.',
      organisationNotState: '{{member}} is an organisation; identity and nationality are verified by states.',
      madeByOfficers: 'Verification requests are made by officers of a member state.',
      notItself: 'A state does not ask itself to verify.',
      deadlinePassed: 'The deadline has already passed.',
      deadlineWithinYear: 'A deadline is at most a year ahead.',
      aboveClearance: '“{{classification}}” is above your clearance.',
      answeredByDesignated: 'Only the officers of {{state}} designated for verification answer this request.',
      requestIs: 'The request is {{status}}.',
      requestWithdrawn: 'The request was withdrawn.',
      withdrawnByAsker: 'Only {{state}}, which asked, withdraws the request.',
      returnByAsker: 'Only {{state}}, which asked, starts a return.',
      returnFromConfirmed: 'A return starts from a confirmed answer; this request is {{status}}.',
      returnStarted: 'A return was already started from this request.',
      notBase64: 'The file is not base64-encoded.',
      fileEmpty: 'The file is empty.',
      fileTooLarge: 'The file is larger than {{size}} MB.',
      fileType: 'This kind of file is not accepted here ({{types}}).',
      kindType: '{{kind}} cannot be {{type}} (accepted: {{types}}).',
      rangeReversed: 'The range starts after it ends.',
    },
    id: {
      status: { open: 'masih terbuka', more_information_needed: 'menunggu informasi tambahan', answered: 'sudah dijawab', withdrawn: 'sudah ditarik' },
      answer: {
        confirmed: 'dikonfirmasi',
        not_confirmed: 'tidak dikonfirmasi',
        more_information_needed: 'perlu informasi tambahan',
        cannot_determine: 'tidak dapat dipastikan',
      },
      kind: { photograph: 'Foto', fingerprints: 'Berkas sidik jari', document: 'Dokumen', evidence: 'Berkas bukti' },
      notAMember: '{{code}} bukan anggota Bali Process.',
      organisationNotState: '{{member}} adalah organisasi; identitas dan kewarganegaraan diverifikasi oleh negara.',
      madeByOfficers: 'Permintaan verifikasi diajukan oleh petugas negara anggota.',
      notItself: 'Suatu negara tidak meminta verifikasi kepada dirinya sendiri.',
      deadlinePassed: 'Tenggat sudah terlewati.',
      deadlineWithinYear: 'Tenggat paling lama satu tahun dari sekarang.',
      aboveClearance: '“{{classification}}” melebihi izin keamanan Anda.',
      answeredByDesignated: 'Hanya petugas {{state}} yang ditunjuk untuk verifikasi yang menjawab permintaan ini.',
      requestIs: 'Permintaan ini {{status}}.',
      requestWithdrawn: 'Permintaan ini sudah ditarik.',
      withdrawnByAsker: 'Hanya {{state}}, sebagai pihak yang meminta, yang dapat menarik permintaan ini.',
      returnByAsker: 'Hanya {{state}}, sebagai pihak yang meminta, yang dapat memulai pemulangan.',
      returnFromConfirmed: 'Pemulangan dimulai dari jawaban yang dikonfirmasi; permintaan ini {{status}}.',
      returnStarted: 'Pemulangan sudah dimulai dari permintaan ini.',
      notBase64: 'Berkas ini tidak dikodekan dalam base64.',
      fileEmpty: 'Berkas ini kosong.',
      fileTooLarge: 'Berkas ini lebih besar dari {{size}} MB.',
      fileType: 'Jenis berkas ini tidak diterima di sini ({{types}}).',
      kindType: '{{kind}} tidak boleh berupa {{type}} (yang diterima: {{types}}).',
      rangeReversed: 'Rentang waktu dimulai setelah berakhir.',
    },
    th: {
      status: { open: 'เปิดอยู่', more_information_needed: 'รอข้อมูลเพิ่มเติม', answered: 'ตอบแล้ว', withdrawn: 'ถอนแล้ว' },
      answer: { confirmed: 'ยืนยัน', not_confirmed: 'ไม่ยืนยัน', more_information_needed: 'ต้องการข้อมูลเพิ่มเติม', cannot_determine: 'ไม่สามารถระบุได้' },
      kind: { photograph: 'ภาพถ่าย', fingerprints: 'ไฟล์ลายนิ้วมือ', document: 'เอกสาร', evidence: 'ไฟล์หลักฐาน' },
      notAMember: '{{code}} ไม่ใช่สมาชิกกระบวนการบาหลี',
      organisationNotState: '{{member}} เป็นองค์กร การพิสูจน์ตัวตนและสัญชาติทำโดยรัฐ',
      madeByOfficers: 'คำขอพิสูจน์สัญชาติยื่นโดยเจ้าหน้าที่ของรัฐสมาชิก',
      notItself: 'รัฐไม่ยื่นคำขอพิสูจน์สัญชาติต่อตนเอง',
      deadlinePassed: 'เลยกำหนดแล้ว',
      deadlineWithinYear: 'กำหนดตอบต้องไม่เกินหนึ่งปีนับจากวันนี้',
      aboveClearance: '“{{classification}}” สูงกว่าสิทธิ์เข้าถึงชั้นความลับของคุณ',
      answeredByDesignated: 'เฉพาะเจ้าหน้าที่ของ{{state}}ที่ได้รับมอบหมายให้พิสูจน์สัญชาติเท่านั้นที่ตอบคำขอนี้',
      requestIs: 'คำขอนี้{{status}}',
      requestWithdrawn: 'คำขอนี้ถูกถอนแล้ว',
      withdrawnByAsker: 'เฉพาะ{{state}}ซึ่งเป็นผู้ยื่นคำขอเท่านั้นที่ถอนคำขอได้',
      returnByAsker: 'เฉพาะ{{state}}ซึ่งเป็นผู้ยื่นคำขอเท่านั้นที่เริ่มการส่งกลับได้',
      returnFromConfirmed: 'การส่งกลับเริ่มจากคำตอบที่ยืนยันแล้ว คำขอนี้{{status}}',
      returnStarted: 'ได้เริ่มการส่งกลับจากคำขอนี้แล้ว',
      notBase64: 'ไฟล์นี้ไม่ได้เข้ารหัสแบบ base64',
      fileEmpty: 'ไฟล์นี้ว่างเปล่า',
      fileTooLarge: 'ไฟล์นี้มีขนาดใหญ่กว่า {{size}} MB',
      fileType: 'ไม่รับไฟล์ประเภทนี้ที่นี่ ({{types}})',
      kindType: '{{kind}}ต้องไม่เป็น {{type}} (ที่รับได้: {{types}})',
      rangeReversed: 'ช่วงเวลาเริ่มหลังวันสิ้นสุด',
    },
  }),
);

/** A request's status (or its answer, once answered) in the words a refusal uses. */
export function requestStatus(status: string, answer?: string | null): Text {
  return answer ? refuse(`answer.${answer}` as 'answer.confirmed') : refuse(`status.${status}` as 'status.open');
}

/** A file kind as the subject of a sentence ("A photograph cannot be application/pdf"). */
export function fileKind(kind: string): Text {
  return refuse(`kind.${kind}` as 'kind.photograph');
}
