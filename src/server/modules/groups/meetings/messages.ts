// Why a meeting's note, action or participant cannot be recorded as sent, in the reader's language (the audit keeps
// the English).
import { catalogue } from '../../../i18n/catalogue.js';
import { messages } from '../../../i18n/text.js';

export const say = messages(
  'groups.meetings',
  catalogue({
    en: {
      agendaItems_one: 'The agenda has one item: choose it, or none.',
      agendaItems_other: 'The agenda has {{count}} items: choose one of them, or none.',
      arrangedByCoChairs: 'Meetings are arranged by the co-chairs of the working group with the support of the secretariat.',
      noActiveAccount: 'There is no such active account.',
      notesByAttendee: 'Notes of a meeting are recorded by a participant who attended it.',
      notGroupStates: 'Not member states of the group: {{states}}.',
      dueBeforeMeeting: 'The due date is before the meeting.',
      materialRefused: 'This working group’s material is open only to its participants holding a national security clearance in force.',
      clearanceRequired: 'Participants of this group must hold a national security clearance in force ({{clearance}} or above).',
      notGroupMember: '{{state}} is not a member of the group: invite this person instead.',
      accountNotGroupMember: 'This account is not of a member of the group: invite this person instead.',
    },
    id: {
      agendaItems_other: 'Agenda ini memiliki {{count}} butir: pilih salah satunya, atau tidak sama sekali.',
      arrangedByCoChairs: 'Pertemuan diatur oleh para ketua bersama kelompok kerja dengan dukungan sekretariat.',
      noActiveAccount: 'Tidak ada akun aktif seperti itu.',
      notesByAttendee: 'Catatan pertemuan dibuat oleh peserta yang menghadirinya.',
      notGroupStates: 'Bukan negara anggota kelompok ini: {{states}}.',
      dueBeforeMeeting: 'Tanggal tenggat jatuh sebelum pertemuan.',
      materialRefused: 'Bahan kelompok kerja ini hanya terbuka bagi pesertanya yang memegang izin keamanan nasional yang masih berlaku.',
      clearanceRequired: 'Peserta kelompok ini harus memegang izin keamanan nasional yang masih berlaku ({{clearance}} atau lebih tinggi).',
      notGroupMember: '{{state}} bukan anggota kelompok ini: undang orang ini sebagai gantinya.',
      accountNotGroupMember: 'Akun ini bukan milik anggota kelompok: undang orang ini sebagai gantinya.',
    },
    th: {
      agendaItems_other: 'วาระการประชุมมี {{count}} หัวข้อ โปรดเลือกหนึ่งหัวข้อ หรือไม่เลือกเลย',
      arrangedByCoChairs: 'การประชุมจัดโดยประธานร่วมของคณะทำงานโดยได้รับการสนับสนุนจากสำนักเลขาธิการ',
      noActiveAccount: 'ไม่มีบัญชีที่ใช้งานอยู่ดังกล่าว',
      notesByAttendee: 'บันทึกการประชุมจัดทำโดยผู้เข้าร่วมที่ได้เข้าประชุม',
      notGroupStates: 'ไม่ใช่รัฐสมาชิกของคณะทำงาน: {{states}}',
      dueBeforeMeeting: 'วันครบกำหนดอยู่ก่อนวันประชุม',
      materialRefused: 'เอกสารของคณะทำงานนี้เปิดให้เฉพาะผู้เข้าร่วมที่มีสิทธิ์เข้าถึงชั้นความลับระดับชาติที่ยังมีผลเท่านั้น',
      clearanceRequired: 'ผู้เข้าร่วมของกลุ่มนี้ต้องมีสิทธิ์เข้าถึงชั้นความลับระดับชาติที่ยังมีผล (ระดับ{{clearance}}ขึ้นไป)',
      notGroupMember: '{{state}} ไม่ได้เป็นสมาชิกของกลุ่ม โปรดเชิญบุคคลนี้แทน',
      accountNotGroupMember: 'บัญชีนี้ไม่ได้เป็นของสมาชิกกลุ่ม โปรดเชิญบุคคลนี้แทน',
    },
  }),
);
