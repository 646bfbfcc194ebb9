// Every string the intelligence exchange pages show, in English, Bahasa Indonesia and Thai.
import { catalogue } from '../../i18n/catalogue';
export const intelI18n = catalogue({
  en: {
    circulation: 'Where this report went', releases: 'Released to', notReleased: 'Not released to anyone yet.', recipient: 'Recipient', releasedAt: 'Released', acknowledgedAt: 'Acknowledged', notYet: 'not yet', noReaders: 'Nobody has read it yet.', readerState: 'State', reader: 'Reader', readAt: 'Read',
    nav: 'Intelligence', title: 'Intelligence exchange', intro: 'Reports shared under agreements. Every read is recorded; the originator sees who read their report.',
    search: 'Search', searchLabel: 'Search reports', inbox: 'Inbox', file: 'File a report', reportTitle: 'Title', body: 'Report', category: 'Category',
    reliability: 'Source reliability', credibility: 'Information credibility', classification: 'Classification', originatorControl: 'Originator control of onward sharing',
    submit: 'File the report', filed: 'Report filed.', release: 'Release', releaseStates: 'Release to states (codes, comma separated)', released: 'Released.',
    acknowledge: 'Acknowledge', acknowledged: 'Acknowledged', rfi: 'Request for information', question: 'Question', deadline: 'Deadline', send: 'Send',
    reply: 'Reply', answer: 'Your reply', readers: 'Who read it', grading: 'Grading', fourByFour: '4x4 equivalent', open: 'Open', none: 'Nothing here yet.',
    reference: 'Reference', originator: 'Originator', results: 'Results', back: 'Back', rfis: 'Requests for information', due: 'due', missingAgreements: 'Nothing was released. No agreement covers:',
  },
  id: {
    circulation: 'Ke mana laporan ini dikirim', releases: 'Dirilis kepada', notReleased: 'Belum dirilis kepada siapa pun.', recipient: 'Penerima', releasedAt: 'Dirilis', acknowledgedAt: 'Dikonfirmasi', notYet: 'belum', noReaders: 'Belum ada yang membacanya.', readerState: 'Negara', reader: 'Pembaca', readAt: 'Dibaca',
    nav: 'Intelijen', title: 'Pertukaran intelijen', intro: 'Laporan yang dibagikan berdasarkan perjanjian. Setiap pembacaan dicatat; pembuat laporan melihat siapa yang membacanya.',
    search: 'Cari', searchLabel: 'Cari laporan', inbox: 'Kotak masuk', file: 'Buat laporan', reportTitle: 'Judul', body: 'Laporan', category: 'Kategori',
    reliability: 'Keandalan sumber', credibility: 'Kredibilitas informasi', classification: 'Klasifikasi', originatorControl: 'Kendali pembuat atas pembagian lanjutan',
    submit: 'Kirim laporan', filed: 'Laporan dibuat.', release: 'Sebarkan', releaseStates: 'Sebarkan ke negara (kode, dipisah koma)', released: 'Disebarkan.',
    acknowledge: 'Konfirmasi terima', acknowledged: 'Sudah dikonfirmasi', rfi: 'Permintaan informasi', question: 'Pertanyaan', deadline: 'Tenggat', send: 'Kirim',
    reply: 'Balas', answer: 'Balasan Anda', readers: 'Siapa yang membaca', grading: 'Penilaian', fourByFour: 'Setara 4x4', open: 'Buka', none: 'Belum ada apa pun.',
    reference: 'Referensi', originator: 'Pembuat', results: 'Hasil', back: 'Kembali', rfis: 'Permintaan informasi', due: 'tenggat', missingAgreements: 'Tidak ada yang disebarkan. Tidak ada perjanjian yang mencakup:',
  },
  th: {
    circulation: 'รายงานนี้ส่งไปที่ใด', releases: 'เผยแพร่ให้', notReleased: 'ยังไม่ได้เผยแพร่ให้ผู้ใด', recipient: 'ผู้รับ', releasedAt: 'เผยแพร่เมื่อ', acknowledgedAt: 'ยืนยันการรับเมื่อ', notYet: 'ยังไม่ได้', noReaders: 'ยังไม่มีผู้ใดอ่าน', readerState: 'รัฐ', reader: 'ผู้อ่าน', readAt: 'อ่านเมื่อ',
    nav: 'ข่าวกรอง', title: 'การแลกเปลี่ยนข่าวกรอง', intro: 'รายงานที่แบ่งปันภายใต้ความตกลง ทุกการอ่านถูกบันทึก ผู้จัดทำเห็นว่าใครอ่านรายงานของตน',
    search: 'ค้นหา', searchLabel: 'ค้นหารายงาน', inbox: 'กล่องรับ', file: 'จัดทำรายงาน', reportTitle: 'ชื่อเรื่อง', body: 'รายงาน', category: 'หมวดหมู่',
    reliability: 'ความน่าเชื่อถือของแหล่งข่าว', credibility: 'ความน่าเชื่อของข้อมูล', classification: 'ชั้นความลับ', originatorControl: 'ผู้จัดทำควบคุมการส่งต่อ',
    submit: 'ส่งรายงาน', filed: 'จัดทำรายงานแล้ว', release: 'เผยแพร่', releaseStates: 'เผยแพร่ให้รัฐ (รหัส คั่นด้วยจุลภาค)', released: 'เผยแพร่แล้ว',
    acknowledge: 'ยืนยันการรับ', acknowledged: 'ยืนยันแล้ว', rfi: 'คำขอข้อมูล', question: 'คำถาม', deadline: 'กำหนดเวลา', send: 'ส่ง',
    reply: 'ตอบ', answer: 'คำตอบของคุณ', readers: 'ผู้ที่อ่าน', grading: 'การประเมิน', fourByFour: 'เทียบเท่า 4x4', open: 'เปิด', none: 'ยังไม่มีรายการ',
    reference: 'เลขอ้างอิง', originator: 'ผู้จัดทำ', results: 'ผลลัพธ์', back: 'กลับ', rfis: 'คำขอข้อมูล', due: 'ครบกำหนด', missingAgreements: 'ไม่ได้เผยแพร่สิ่งใด ไม่มีความตกลงที่ครอบคลุม:',
  },
});
