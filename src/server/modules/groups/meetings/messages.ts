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
    },
    id: {
      agendaItems_other: 'Agenda ini memiliki {{count}} butir: pilih salah satunya, atau tidak sama sekali.',
      arrangedByCoChairs: 'Pertemuan diatur oleh para ketua bersama kelompok kerja dengan dukungan sekretariat.',
      noActiveAccount: 'Tidak ada akun aktif seperti itu.',
      notesByAttendee: 'Catatan pertemuan dibuat oleh peserta yang menghadirinya.',
      notGroupStates: 'Bukan negara anggota kelompok ini: {{states}}.',
      dueBeforeMeeting: 'Tanggal tenggat jatuh sebelum pertemuan.',
    },
    th: {
      agendaItems_other: 'วาระการประชุมมี {{count}} หัวข้อ โปรดเลือกหนึ่งหัวข้อ หรือไม่เลือกเลย',
      arrangedByCoChairs: 'การประชุมจัดโดยประธานร่วมของคณะทำงานโดยได้รับการสนับสนุนจากสำนักเลขาธิการ',
      noActiveAccount: 'ไม่มีบัญชีที่ใช้งานอยู่ดังกล่าว',
      notesByAttendee: 'บันทึกการประชุมจัดทำโดยผู้เข้าร่วมที่ได้เข้าประชุม',
      notGroupStates: 'ไม่ใช่รัฐสมาชิกของคณะทำงาน: {{states}}',
      dueBeforeMeeting: 'วันครบกำหนดอยู่ก่อนวันประชุม',
    },
  }),
);
