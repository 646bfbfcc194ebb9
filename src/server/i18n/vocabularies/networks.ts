// The words of the network catalogue: kinds of entity and the roles of a link, as a sentence reads them
// ("A leads B", "A memimpin B", "A เป็นผู้นำ B").
import type { ENTITY_KINDS, LINK_ROLES } from '../../modules/networks/ftm.js';
import { catalogue } from '../catalogue.js';

type EntityKind = (typeof ENTITY_KINDS)[number] | 'sanction' | 'other';
type LinkRole = (typeof LINK_ROLES)[number] | 'family_of' | 'works_for' | 'sanctions' | 'located_at' | 'operates' | 'linked_to';

export const entityKind = catalogue({
  en: {
    person: 'Person', organisation: 'Organisation', vessel: 'Vessel', vehicle: 'Vehicle', document: 'Document', phone: 'Phone', email: 'E-mail address',
    bank_account: 'Bank account', place: 'Place', event: 'Event', route: 'Route', leg: 'Leg of a route', sanction: 'Sanction', other: 'Other record',
  } satisfies Record<EntityKind, string>,
  id: {
    person: 'Orang', organisation: 'Organisasi', vessel: 'Kapal', vehicle: 'Kendaraan', document: 'Dokumen', phone: 'Telepon', email: 'Alamat surel',
    bank_account: 'Rekening bank', place: 'Tempat', event: 'Peristiwa', route: 'Rute', leg: 'Bagian rute', sanction: 'Sanksi', other: 'Catatan lain',
  },
  th: {
    person: 'บุคคล', organisation: 'องค์กร', vessel: 'เรือ', vehicle: 'ยานพาหนะ', document: 'เอกสาร', phone: 'โทรศัพท์', email: 'ที่อยู่อีเมล',
    bank_account: 'บัญชีธนาคาร', place: 'สถานที่', event: 'เหตุการณ์', route: 'เส้นทาง', leg: 'ช่วงของเส้นทาง', sanction: 'มาตรการลงโทษ', other: 'บันทึกอื่น',
  },
});

export const linkRole = catalogue({
  en: {
    leads: 'leads', recruits: 'recruits', transports: 'transports', forges_documents_for: 'forges documents for', finances: 'finances', pays: 'pays',
    harbours: 'harbours', travels_with: 'travels with', communicates_with: 'communicates with', member_of: 'is a member of', holds: 'holds',
    uses: 'uses', owns: 'owns', involved_in: 'is involved in', associate_of: 'is an associate of',
    family_of: 'is family of', works_for: 'works for', sanctions: 'sanctions', located_at: 'is located at', operates: 'operates', linked_to: 'is linked to',
  } satisfies Record<LinkRole, string>,
  id: {
    leads: 'memimpin', recruits: 'merekrut', transports: 'mengangkut', forges_documents_for: 'memalsukan dokumen untuk', finances: 'membiayai', pays: 'membayar',
    harbours: 'menampung', travels_with: 'bepergian bersama', communicates_with: 'berkomunikasi dengan', member_of: 'menjadi anggota', holds: 'memegang',
    uses: 'menggunakan', owns: 'memiliki', involved_in: 'terlibat dalam', associate_of: 'berkawan dengan',
    family_of: 'berkerabat dengan', works_for: 'bekerja untuk', sanctions: 'menjatuhkan sanksi kepada', located_at: 'berlokasi di', operates: 'mengoperasikan', linked_to: 'terkait dengan',
  },
  th: {
    leads: 'เป็นผู้นำ', recruits: 'ชักชวนจัดหา', transports: 'ขนส่ง', forges_documents_for: 'ปลอมเอกสารให้', finances: 'ให้เงินทุน', pays: 'จ่ายเงินให้',
    harbours: 'ให้ที่พักพิง', travels_with: 'เดินทางไปกับ', communicates_with: 'ติดต่อสื่อสารกับ', member_of: 'เป็นสมาชิกของ', holds: 'ถือครอง',
    uses: 'ใช้', owns: 'เป็นเจ้าของ', involved_in: 'เกี่ยวข้องกับ', associate_of: 'เป็นผู้ร่วมขบวนการของ',
    family_of: 'เป็นญาติของ', works_for: 'ทำงานให้', sanctions: 'ลงโทษ', located_at: 'ตั้งอยู่ที่', operates: 'ดำเนินการ', linked_to: 'เชื่อมโยงกับ',
  },
});
