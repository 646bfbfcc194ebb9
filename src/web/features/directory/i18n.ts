// Every string the directory pages show, in English, Bahasa Indonesia and Thai.
import { catalogue } from '../../i18n/catalogue';
export const directoryI18n = catalogue({
  en: {
    nav: 'Directory', title: 'Contact directory',
    intro: 'National committees, designated contact points and liaison officers posted abroad. Each state’s focal point keeps its entries; members only.',
    state: 'State', topic: 'Topic', any: 'Any', search: 'Search',
    committees: 'National committees', contactPoints: 'Contact points', liaisonOfficers: 'Liaison officers posted abroad', agencies: 'Agencies',
    name: 'Name', position: 'Position', agency: 'Agency', email: 'E-mail', phone: 'Phone', secureChannel: 'Secure channel',
    homeState: 'Home state', hostState: 'Host state', posted: 'Posted', until: 'until', confirmed: 'Last confirmed', stale: 'not confirmed for 12 months',
    none: 'None recorded.', add: 'Add a contact point', addButton: 'Add', added: 'Contact point added.',
    staleTitle: 'Entries to confirm', staleIntro: 'These entries you keep have not been confirmed for 12 months. Confirm those still correct, or edit them.',
    confirm: 'Still correct', confirmedDone: 'Confirmed.', noStale: 'Every entry you keep has been confirmed in the last 12 months.',
  },
  id: {
    nav: 'Direktori', title: 'Direktori kontak',
    intro: 'Komite nasional, narahubung yang ditunjuk dan perwira penghubung yang ditempatkan di luar negeri. Titik fokus setiap negara memelihara entrinya; hanya untuk anggota.',
    state: 'Negara', topic: 'Topik', any: 'Semua', search: 'Cari',
    committees: 'Komite nasional', contactPoints: 'Narahubung', liaisonOfficers: 'Perwira penghubung di luar negeri', agencies: 'Instansi',
    name: 'Nama', position: 'Jabatan', agency: 'Instansi', email: 'Surel', phone: 'Telepon', secureChannel: 'Saluran aman',
    homeState: 'Negara asal', hostState: 'Negara penempatan', posted: 'Ditempatkan', until: 'sampai', confirmed: 'Terakhir dikonfirmasi', stale: 'belum dikonfirmasi selama 12 bulan',
    none: 'Belum ada.', add: 'Tambah narahubung', addButton: 'Tambah', added: 'Narahubung ditambahkan.',
    staleTitle: 'Entri yang perlu dikonfirmasi', staleIntro: 'Entri yang Anda pelihara ini belum dikonfirmasi selama 12 bulan. Konfirmasikan yang masih benar, atau ubah.',
    confirm: 'Masih benar', confirmedDone: 'Dikonfirmasi.', noStale: 'Semua entri Anda telah dikonfirmasi dalam 12 bulan terakhir.',
  },
  th: {
    nav: 'ทำเนียบ', title: 'ทำเนียบผู้ติดต่อ',
    intro: 'คณะกรรมการระดับชาติ ผู้ประสานงานที่ได้รับแต่งตั้ง และเจ้าหน้าที่ประสานงานที่ประจำต่างประเทศ ผู้ประสานงานหลักของแต่ละรัฐดูแลข้อมูลของตน เฉพาะสมาชิกเท่านั้น',
    state: 'รัฐ', topic: 'หัวข้อ', any: 'ทั้งหมด', search: 'ค้นหา',
    committees: 'คณะกรรมการระดับชาติ', contactPoints: 'ผู้ประสานงาน', liaisonOfficers: 'เจ้าหน้าที่ประสานงานประจำต่างประเทศ', agencies: 'หน่วยงาน',
    name: 'ชื่อ', position: 'ตำแหน่ง', agency: 'หน่วยงาน', email: 'อีเมล', phone: 'โทรศัพท์', secureChannel: 'ช่องทางที่ปลอดภัย',
    homeState: 'รัฐต้นสังกัด', hostState: 'รัฐที่ประจำการ', posted: 'ประจำการ', until: 'ถึง', confirmed: 'ยืนยันล่าสุด', stale: 'ไม่ได้ยืนยันมา 12 เดือน',
    none: 'ยังไม่มีข้อมูล', add: 'เพิ่มผู้ประสานงาน', addButton: 'เพิ่ม', added: 'เพิ่มผู้ประสานงานแล้ว',
    staleTitle: 'รายการที่ต้องยืนยัน', staleIntro: 'รายการที่คุณดูแลเหล่านี้ไม่ได้รับการยืนยันมา 12 เดือน โปรดยืนยันรายการที่ยังถูกต้องหรือแก้ไข',
    confirm: 'ยังถูกต้อง', confirmedDone: 'ยืนยันแล้ว', noStale: 'ทุกรายการที่คุณดูแลได้รับการยืนยันภายใน 12 เดือนที่ผ่านมา',
  },
});
