// Strings of the public site in English, Bahasa Indonesia and Thai.
export const publicI18n = {
  en: {
    nav: 'Public site', title: 'The Bali Process Members Portal',
    purpose: 'The Bali Process brings together the states of the Asia-Pacific and four international organisations to combat people smuggling, trafficking in persons and related transnational crime. This page shows what member states have agreed to make public.',
    statements: 'Published statements', noStatements: 'No statement has been published yet.',
    surveys: 'Published survey results', noSurveys: 'No survey results have been published yet.',
    state: 'State', publication: 'Publication', published: 'published', not_published: 'not published', no_answer: 'no answer',
    question: 'Question', answered: 'answered', coverage: 'Regional legislation coverage', indicator: 'Indicator', count: 'States',
    notComputable: 'not yet known', coverageUnavailable: 'Coverage figures are not available yet.', mapTitle: 'Member states of the Bali Process',
    committees: 'National committees', noCommittees: 'No national committee is listed yet.', signIn: 'Members sign in', asOf: 'as of {{date}}',
  },
  id: {
    nav: 'Situs publik', title: 'Portal Anggota Proses Bali',
    purpose: 'Proses Bali mempertemukan negara-negara Asia-Pasifik dan empat organisasi internasional untuk memberantas penyelundupan manusia, perdagangan orang, dan kejahatan transnasional terkait. Halaman ini menampilkan apa yang telah disetujui negara anggota untuk dipublikasikan.',
    statements: 'Pernyataan yang diterbitkan', noStatements: 'Belum ada pernyataan yang diterbitkan.',
    surveys: 'Hasil survei yang diterbitkan', noSurveys: 'Belum ada hasil survei yang diterbitkan.',
    state: 'Negara', publication: 'Publikasi', published: 'diterbitkan', not_published: 'tidak diterbitkan', no_answer: 'tidak menjawab',
    question: 'Pertanyaan', answered: 'dijawab', coverage: 'Cakupan legislasi regional', indicator: 'Indikator', count: 'Negara',
    notComputable: 'belum diketahui', coverageUnavailable: 'Angka cakupan belum tersedia.', mapTitle: 'Negara anggota Proses Bali',
    committees: 'Komite nasional', noCommittees: 'Belum ada komite nasional yang terdaftar.', signIn: 'Masuk untuk anggota', asOf: 'per {{date}}',
  },
  th: {
    nav: 'เว็บไซต์สาธารณะ', title: 'พอร์ทัลสมาชิกกระบวนการบาหลี',
    purpose: 'กระบวนการบาหลีรวบรวมรัฐในภูมิภาคเอเชียแปซิฟิกและองค์การระหว่างประเทศสี่แห่งเพื่อต่อต้านการลักลอบขนคนเข้าเมือง การค้ามนุษย์ และอาชญากรรมข้ามชาติที่เกี่ยวข้อง หน้านี้แสดงข้อมูลที่รัฐสมาชิกตกลงให้เผยแพร่ต่อสาธารณะ',
    statements: 'แถลงการณ์ที่เผยแพร่', noStatements: 'ยังไม่มีแถลงการณ์ที่เผยแพร่',
    surveys: 'ผลการสำรวจที่เผยแพร่', noSurveys: 'ยังไม่มีผลการสำรวจที่เผยแพร่',
    state: 'รัฐ', publication: 'การเผยแพร่', published: 'เผยแพร่แล้ว', not_published: 'ไม่เผยแพร่', no_answer: 'ไม่ได้ตอบ',
    question: 'คำถาม', answered: 'ตอบแล้ว', coverage: 'ความครอบคลุมของกฎหมายในภูมิภาค', indicator: 'ตัวชี้วัด', count: 'จำนวนรัฐ',
    notComputable: 'ยังไม่ทราบ', coverageUnavailable: 'ยังไม่มีตัวเลขความครอบคลุม', mapTitle: 'รัฐสมาชิกของกระบวนการบาหลี',
    committees: 'คณะกรรมการระดับชาติ', noCommittees: 'ยังไม่มีคณะกรรมการระดับชาติในรายการ', signIn: 'เข้าสู่ระบบสำหรับสมาชิก', asOf: 'ณ วันที่ {{date}}',
  },
};
