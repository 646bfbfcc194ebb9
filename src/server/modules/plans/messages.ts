// Why a plan, an action or a progress report is refused as sent: coded sentences beside the field, in the reader's
// language (the audit keeps the English).
import { catalogue } from '../../i18n/catalogue.js';
import { messages } from '../../i18n/text.js';

export const say = messages(
  'plans',
  catalogue({
    en: {
      planExists: 'A plan with the id {{id}} already exists.',
      noStrategy: 'This plan has no such strategy.',
      dueBeforeStart: 'An action cannot be due before it starts.',
      addActions: 'Only a coordinator or the RSO may add actions.',
      notActing: '{{state}} is not an acting state of this action, so it cannot report progress on it.',
      rsoNotActing: 'The RSO is not an acting state of this action, so it cannot report progress on it.',
      unknownKind: '“{{kind}}” is not a kind of capacity help.',
    },
    id: {
      planExists: 'Rencana dengan ID {{id}} sudah ada.',
      noStrategy: 'Rencana ini tidak memiliki strategi tersebut.',
      dueBeforeStart: 'Tenggat suatu tindakan tidak boleh sebelum tindakan itu dimulai.',
      addActions: 'Hanya koordinator atau RSO yang boleh menambahkan tindakan.',
      notActing: '{{state}} bukan negara pelaksana tindakan ini, sehingga tidak dapat melaporkan kemajuannya.',
      rsoNotActing: 'RSO bukan negara pelaksana tindakan ini, sehingga tidak dapat melaporkan kemajuannya.',
      unknownKind: '“{{kind}}” bukan jenis bantuan peningkatan kapasitas.',
    },
    th: {
      planExists: 'มีแผนที่ใช้รหัส {{id}} อยู่แล้ว',
      noStrategy: 'แผนนี้ไม่มียุทธศาสตร์ดังกล่าว',
      dueBeforeStart: 'กำหนดเสร็จของการดำเนินการต้องไม่อยู่ก่อนวันเริ่ม',
      addActions: 'เฉพาะผู้ประสานงานหรือ RSO เท่านั้นที่เพิ่มการดำเนินการได้',
      notActing: '{{state}} ไม่ใช่รัฐผู้ดำเนินการของการดำเนินการนี้ จึงรายงานความคืบหน้าไม่ได้',
      rsoNotActing: 'RSO ไม่ใช่รัฐผู้ดำเนินการของการดำเนินการนี้ จึงรายงานความคืบหน้าไม่ได้',
      unknownKind: '“{{kind}}” ไม่ใช่ประเภทของความช่วยเหลือด้านการเสริมสร้างขีดความสามารถ',
    },
  }),
);
