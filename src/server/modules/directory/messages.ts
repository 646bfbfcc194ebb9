// Why a directory entry (contact point, committee member, liaison officer) is refused as sent: coded sentences beside
// the field, in the reader's language (the audit keeps the English).
import { catalogue } from '../../i18n/catalogue.js';
import { messages } from '../../i18n/text.js';

export const say = messages(
  'directory',
  catalogue({
    en: {
      keepers: 'Only the focal point of {{state}} or the RSO may keep the directory entries of {{state}}.',
      noCommittee: '{{state}} has no national committee with this id.',
      unknownTopic: '“{{topic}}” is not a contact point topic.',
      postedAbroad: 'A liaison officer is posted to a state other than their own.',
      postingEndsBeforeStart: 'The posting cannot end before it starts.',
    },
    id: {
      keepers: 'Hanya titik fokus {{state}} atau RSO yang boleh mengelola entri direktori {{state}}.',
      noCommittee: '{{state}} tidak memiliki komite nasional dengan ID ini.',
      unknownTopic: '“{{topic}}” bukan topik narahubung.',
      postedAbroad: 'Petugas penghubung ditempatkan di negara selain negaranya sendiri.',
      postingEndsBeforeStart: 'Penempatan tidak dapat berakhir sebelum dimulai.',
    },
    th: {
      keepers: 'เฉพาะผู้ประสานงานหลักของ {{state}} หรือ RSO เท่านั้นที่ดูแลรายการในทำเนียบของ {{state}} ได้',
      noCommittee: '{{state}} ไม่มีคณะกรรมการระดับชาติที่มีรหัสนี้',
      unknownTopic: '“{{topic}}” ไม่ใช่หัวข้อของผู้ประสานงาน',
      postedAbroad: 'เจ้าหน้าที่ประสานงานต้องประจำการในรัฐอื่นที่ไม่ใช่รัฐของตน',
      postingEndsBeforeStart: 'การประจำการจะสิ้นสุดก่อนเริ่มไม่ได้',
    },
  }),
);
