// Strings of cross-matching (proposals, decisions, and every reason code the scorer gives), in English, Bahasa Indonesia and Thai.
import { catalogue } from '../../i18n/catalogue';
export const matchingI18n = catalogue({
  en: {
    matching: {
      filter: 'Show proposals', statuses: { all: 'All', proposed: 'Proposed', confirmed: 'Confirmed', rejected: 'Rejected', unmerged: 'Merge undone' },
      select: 'Select', selectAll: 'Select all shown', recordA: 'Record', recordB: 'Possible same record', actions: 'Actions',
      confirmSelected: 'Confirm selected ({{count}})', rejectSelected: 'Reject selected ({{count}})',
      decided: '{{count}} decisions recorded', born: 'Born', nationality: 'Nationality', numbers: 'Numbers', aliases: 'Names',
      reportedBy: 'Reported by {{state}}',
      reason: {
        name: { same: 'Same name: {{a}}', transliterated: 'Names match after transliteration: {{a}} ~ {{b}} ({{similarity}})', variant: 'Names match as spelling variants: {{a}} ~ {{b}} ({{similarity}})', partial: 'Names match in part ({{missing}} name part(s) missing on one side): {{a}} ~ {{b}} ({{similarity}})', differs: 'Names differ: {{a}} / {{b}} ({{similarity}})' },
        legalForm: { same: 'Same kind of legal form ({{family}})', differs: 'Different legal forms ({{a}} / {{b}})' },
        document: { same: 'Same {{type}} number {{number}}', differs: 'Different {{type}} numbers' },
        phone: { same: 'Same phone number {{number}}' },
        birthDate: { same: 'Same date of birth {{date}}', swapped: 'Date of birth with day and month swapped: {{a}} / {{b}}', sameYear: 'Same birth year {{year}}', sameYearDifferentDay: 'Same birth year, different dates: {{a}} / {{b}}', differs: 'Different dates of birth: {{a}} / {{b}}' },
        nationality: { same: 'Same nationality {{country}}', differs: 'Different nationalities: {{a}} / {{b}}' },
        flag: { same: 'Same flag {{country}}', differs: 'Different flags: {{a}} / {{b}}' },
        schema: { incompatible: 'Different kinds of record ({{a}} / {{b}})' },
      },
    },
  },
  id: {
    matching: {
      filter: 'Tampilkan usulan', statuses: { all: 'Semua', proposed: 'Diusulkan', confirmed: 'Dikonfirmasi', rejected: 'Ditolak', unmerged: 'Penggabungan dibatalkan' },
      select: 'Pilih', selectAll: 'Pilih semua yang tampil', recordA: 'Catatan', recordB: 'Kemungkinan catatan yang sama', actions: 'Tindakan',
      confirmSelected: 'Konfirmasi yang dipilih ({{count}})', rejectSelected: 'Tolak yang dipilih ({{count}})',
      decided: '{{count}} keputusan dicatat', born: 'Lahir', nationality: 'Kewarganegaraan', numbers: 'Nomor', aliases: 'Nama',
      reportedBy: 'Dilaporkan oleh {{state}}',
      reason: {
        name: { same: 'Nama sama: {{a}}', transliterated: 'Nama cocok setelah alih aksara: {{a}} ~ {{b}} ({{similarity}})', variant: 'Nama cocok sebagai variasi ejaan: {{a}} ~ {{b}} ({{similarity}})', partial: 'Nama cocok sebagian ({{missing}} bagian nama tidak ada di satu sisi): {{a}} ~ {{b}} ({{similarity}})', differs: 'Nama berbeda: {{a}} / {{b}} ({{similarity}})' },
        legalForm: { same: 'Jenis bentuk badan hukum sama ({{family}})', differs: 'Bentuk badan hukum berbeda ({{a}} / {{b}})' },
        document: { same: 'Nomor {{type}} sama {{number}}', differs: 'Nomor {{type}} berbeda' },
        phone: { same: 'Nomor telepon sama {{number}}' },
        birthDate: { same: 'Tanggal lahir sama {{date}}', swapped: 'Tanggal lahir dengan hari dan bulan tertukar: {{a}} / {{b}}', sameYear: 'Tahun lahir sama {{year}}', sameYearDifferentDay: 'Tahun lahir sama, tanggal berbeda: {{a}} / {{b}}', differs: 'Tanggal lahir berbeda: {{a}} / {{b}}' },
        nationality: { same: 'Kewarganegaraan sama {{country}}', differs: 'Kewarganegaraan berbeda: {{a}} / {{b}}' },
        flag: { same: 'Bendera sama {{country}}', differs: 'Bendera berbeda: {{a}} / {{b}}' },
        schema: { incompatible: 'Jenis catatan berbeda ({{a}} / {{b}})' },
      },
    },
  },
  th: {
    matching: {
      filter: 'แสดงข้อเสนอ', statuses: { all: 'ทั้งหมด', proposed: 'เสนอแล้ว', confirmed: 'ยืนยันแล้ว', rejected: 'ปฏิเสธแล้ว', unmerged: 'ยกเลิกการรวมแล้ว' },
      select: 'เลือก', selectAll: 'เลือกทั้งหมดที่แสดง', recordA: 'บันทึก', recordB: 'บันทึกที่อาจเป็นรายเดียวกัน', actions: 'การดำเนินการ',
      confirmSelected: 'ยืนยันรายการที่เลือก ({{count}})', rejectSelected: 'ปฏิเสธรายการที่เลือก ({{count}})',
      decided: 'บันทึกการตัดสินใจ {{count}} รายการ', born: 'เกิด', nationality: 'สัญชาติ', numbers: 'หมายเลข', aliases: 'ชื่อ',
      reportedBy: 'รายงานโดย {{state}}',
      reason: {
        name: { same: 'ชื่อเดียวกัน: {{a}}', transliterated: 'ชื่อตรงกันหลังการถอดอักษร: {{a}} ~ {{b}} ({{similarity}})', variant: 'ชื่อตรงกันโดยเป็นการสะกดต่างกัน: {{a}} ~ {{b}} ({{similarity}})', partial: 'ชื่อตรงกันบางส่วน (ขาดส่วนของชื่อ {{missing}} ส่วนในฝั่งหนึ่ง): {{a}} ~ {{b}} ({{similarity}})', differs: 'ชื่อต่างกัน: {{a}} / {{b}} ({{similarity}})' },
        legalForm: { same: 'รูปแบบนิติบุคคลประเภทเดียวกัน ({{family}})', differs: 'รูปแบบนิติบุคคลต่างกัน ({{a}} / {{b}})' },
        document: { same: 'หมายเลข {{type}} เดียวกัน {{number}}', differs: 'หมายเลข {{type}} ต่างกัน' },
        phone: { same: 'หมายเลขโทรศัพท์เดียวกัน {{number}}' },
        birthDate: { same: 'วันเกิดเดียวกัน {{date}}', swapped: 'วันเกิดที่วันและเดือนสลับกัน: {{a}} / {{b}}', sameYear: 'ปีเกิดเดียวกัน {{year}}', sameYearDifferentDay: 'ปีเกิดเดียวกัน แต่วันที่ต่างกัน: {{a}} / {{b}}', differs: 'วันเกิดต่างกัน: {{a}} / {{b}}' },
        nationality: { same: 'สัญชาติเดียวกัน {{country}}', differs: 'สัญชาติต่างกัน: {{a}} / {{b}}' },
        flag: { same: 'ธงเรือเดียวกัน {{country}}', differs: 'ธงเรือต่างกัน: {{a}} / {{b}}' },
        schema: { incompatible: 'บันทึกต่างประเภทกัน ({{a}} / {{b}})' },
      },
    },
  },
});
