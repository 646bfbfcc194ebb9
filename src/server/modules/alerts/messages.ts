// Why an alert or a watch list is refused as sent: coded sentences beside the field, in the reader's language (the
// audit keeps the English).
import { catalogue } from '../../i18n/catalogue.js';
import { messages } from '../../i18n/text.js';

export const say = messages(
  'alerts',
  catalogue({
    en: {
      issuers: 'Alerts are issued by an officer, analyst or focal point of a member state.',
      aboveClearance: '{{classification}} is above your clearance.',
      alreadyExpired: 'The alert would already have expired: choose today or a later date.',
      nameStates: 'Name the states the alert is for.',
      nameGroups: 'Name the groups the alert is for.',
      unknownGroups: 'Not a working group: {{groups}}.',
      recipientsAcknowledge: 'Only a recipient state acknowledges an alert.',
      issuerFollows: 'Only the issuing state follows acknowledgements.',
      unusable: {
        vessel: 'This is not a valid IMO number (seven digits whose last is the check digit).',
        name: 'This name cannot be matched: write at least one word of letters.',
        document: 'This document number cannot be matched: write its letters and digits.',
        phone: 'This phone number cannot be matched: write its digits, with the country code.',
      },
    },
    id: {
      issuers: 'Peringatan diterbitkan oleh petugas, analis, atau titik fokus negara anggota.',
      aboveClearance: '{{classification}} berada di atas izin keamanan Anda.',
      alreadyExpired: 'Peringatan ini sudah kedaluwarsa: pilih hari ini atau tanggal sesudahnya.',
      nameStates: 'Sebutkan negara tujuan peringatan ini.',
      nameGroups: 'Sebutkan kelompok tujuan peringatan ini.',
      unknownGroups: 'Bukan kelompok kerja: {{groups}}.',
      recipientsAcknowledge: 'Hanya negara penerima yang menyatakan telah menerima peringatan.',
      issuerFollows: 'Hanya negara penerbit yang memantau pernyataan penerimaan.',
      unusable: {
        vessel: 'Ini bukan nomor IMO yang sah (tujuh angka, angka terakhir adalah angka pemeriksa).',
        name: 'Nama ini tidak dapat dicocokkan: tulis paling sedikit satu kata berupa huruf.',
        document: 'Nomor dokumen ini tidak dapat dicocokkan: tulis huruf dan angkanya.',
        phone: 'Nomor telepon ini tidak dapat dicocokkan: tulis angkanya, beserta kode negara.',
      },
    },
    th: {
      issuers: 'เจ้าหน้าที่ นักวิเคราะห์ หรือผู้ประสานงานหลักของรัฐสมาชิกเป็นผู้ออกการแจ้งเตือน',
      aboveClearance: '{{classification}} สูงกว่าสิทธิ์เข้าถึงชั้นความลับของคุณ',
      alreadyExpired: 'การแจ้งเตือนนี้จะหมดอายุไปแล้ว โปรดเลือกวันนี้หรือวันหลังจากนี้',
      nameStates: 'ระบุรัฐที่การแจ้งเตือนนี้ส่งถึง',
      nameGroups: 'ระบุกลุ่มที่การแจ้งเตือนนี้ส่งถึง',
      unknownGroups: 'ไม่ใช่คณะทำงาน: {{groups}}',
      recipientsAcknowledge: 'เฉพาะรัฐผู้รับเท่านั้นที่ยืนยันการรับการแจ้งเตือน',
      issuerFollows: 'เฉพาะรัฐผู้ออกการแจ้งเตือนเท่านั้นที่ติดตามการยืนยันการรับ',
      unusable: {
        vessel: 'ไม่ใช่หมายเลข IMO ที่ถูกต้อง (ตัวเลขเจ็ดหลัก หลักสุดท้ายเป็นเลขตรวจสอบ)',
        name: 'จับคู่ชื่อนี้ไม่ได้ โปรดเขียนอย่างน้อยหนึ่งคำที่เป็นตัวอักษร',
        document: 'จับคู่เลขที่เอกสารนี้ไม่ได้ โปรดเขียนตัวอักษรและตัวเลขของเอกสาร',
        phone: 'จับคู่หมายเลขโทรศัพท์นี้ไม่ได้ โปรดเขียนตัวเลขพร้อมรหัสประเทศ',
      },
    },
  }),
);
