// Why the legislation module refuses what a state records (laws, provisions, assessments, cooperation treaties): coded
// sentences said beside the field in the reader's language.
import { catalogue } from '../../i18n/catalogue.js';
import { messages } from '../../i18n/text.js';

export const say = messages(
  'legislation',
  catalogue({
    en: {
      notAStandard: '{{standard}} is not a standard of this catalogue.',
      headsSubStandards: '{{standard}} is assessed through its sub-standards: choose one of them.',
      futureDate: 'An assessment describes the law as it is: choose today or an earlier date.',
      noProvision: 'This provision is not recorded.',
      provisionOfOtherState: 'This provision is a law of {{other}}, not of {{state}}.',
      provisionNotLinked: 'This provision does not implement {{standard}}: link it to the standard first.',
      provisionOtherVersion: 'This provision cites {{standard}} of catalogue version {{cited}}, not of version {{version}}.',
      notMembers: 'Not a Bali Process member state: {{codes}}.',
      unknownStandards: 'Not standards of the catalogue: {{codes}}.',
      twoParties: 'Name at least one other state.',
      endsBeforeStart: 'The end date must be after the date it came into force.',
    },
    id: {
      notAStandard: '{{standard}} bukan standar dalam katalog ini.',
      headsSubStandards: '{{standard}} dinilai melalui sub-standarnya: pilih salah satunya.',
      futureDate: 'Penilaian menggambarkan hukum sebagaimana adanya: pilih hari ini atau tanggal sebelumnya.',
      noProvision: 'Ketentuan ini tidak tercatat.',
      provisionOfOtherState: 'Ketentuan ini adalah hukum {{other}}, bukan {{state}}.',
      provisionNotLinked: 'Ketentuan ini tidak melaksanakan {{standard}}: kaitkan dulu dengan standar itu.',
      provisionOtherVersion: 'Ketentuan ini mengutip {{standard}} dari katalog versi {{cited}}, bukan versi {{version}}.',
      notMembers: 'Bukan negara anggota Proses Bali: {{codes}}.',
      unknownStandards: 'Bukan standar dalam katalog: {{codes}}.',
      twoParties: 'Sebutkan paling sedikit satu negara lain.',
      endsBeforeStart: 'Tanggal berakhir harus sesudah tanggal mulai berlaku.',
    },
    th: {
      notAStandard: '{{standard}} ไม่ใช่มาตรฐานในแคตตาล็อกนี้',
      headsSubStandards: '{{standard}} ประเมินผ่านมาตรฐานย่อย โปรดเลือกมาตรฐานย่อยหนึ่งข้อ',
      futureDate: 'การประเมินอธิบายกฎหมายตามที่เป็นอยู่ โปรดเลือกวันนี้หรือวันก่อนหน้า',
      noProvision: 'ไม่มีบทบัญญัตินี้ในระบบ',
      provisionOfOtherState: 'บทบัญญัตินี้เป็นกฎหมายของ {{other}} ไม่ใช่ของ {{state}}',
      provisionNotLinked: 'บทบัญญัตินี้ไม่ได้อนุวัติ {{standard}} โปรดเชื่อมโยงกับมาตรฐานนั้นก่อน',
      provisionOtherVersion: 'บทบัญญัตินี้อ้างถึง {{standard}} ของแคตตาล็อกฉบับที่ {{cited}} ไม่ใช่ฉบับที่ {{version}}',
      notMembers: 'ไม่ใช่รัฐสมาชิกกระบวนการบาหลี: {{codes}}',
      unknownStandards: 'ไม่ใช่มาตรฐานในแคตตาล็อก: {{codes}}',
      twoParties: 'ระบุรัฐอื่นอย่างน้อยหนึ่งรัฐ',
      endsBeforeStart: 'วันสิ้นสุดต้องอยู่หลังวันที่มีผลใช้บังคับ',
    },
  }),
);
