// What an import job says about itself (why it stopped, how many more lines a remark concerns), in en/id/th.
import { catalogue } from '../i18n/catalogue.js';
import { messages } from '../i18n/text.js';

export const say = messages(
  'imports',
  catalogue({
    en: {
      uploadStopped: 'the upload stopped before the end of the file; nothing of it was kept. Send the whole file again.',
      serverStopped: 'the server stopped before the import finished; nothing of it was kept. Run the same file again.',
      notCompleted: 'the import could not be completed ({{reason}}); nothing of it was kept',
      andMore_one: '{{remark}} (and {{count}} more line)',
      andMore_other: '{{remark}} (and {{count}} more lines)',
    },
    id: {
      uploadStopped: 'unggahan terhenti sebelum akhir berkas; tidak ada bagiannya yang disimpan. Kirim seluruh berkas lagi.',
      serverStopped: 'server berhenti sebelum impor selesai; tidak ada bagiannya yang disimpan. Jalankan berkas yang sama lagi.',
      notCompleted: 'impor tidak dapat diselesaikan ({{reason}}); tidak ada bagiannya yang disimpan',
      andMore_other: '{{remark}} (dan {{count}} baris lainnya)',
    },
    th: {
      uploadStopped: 'การอัปโหลดหยุดก่อนถึงท้ายไฟล์ และไม่มีส่วนใดถูกเก็บไว้ โปรดส่งไฟล์ทั้งไฟล์อีกครั้ง',
      serverStopped: 'เซิร์ฟเวอร์หยุดก่อนการนำเข้าเสร็จ และไม่มีส่วนใดถูกเก็บไว้ โปรดนำเข้าไฟล์เดิมอีกครั้ง',
      notCompleted: 'ไม่สามารถนำเข้าให้เสร็จได้ ({{reason}}) และไม่มีส่วนใดถูกเก็บไว้',
      andMore_other: '{{remark}} (และอีก {{count}} บรรทัด)',
    },
  }),
);
