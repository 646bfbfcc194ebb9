// What signing in, the authenticator and the password change say to a person: coded sentences in the reader's language.
import { catalogue } from '../i18n/catalogue.js';
import { messages } from '../i18n/text.js';

export const say = messages(
  'auth',
  catalogue({
    en: {
      wrongCredentials: 'The e-mail address or the password is wrong.',
      accountDisabled: 'This account is disabled. Ask your administrator.',
      enterCode: 'Enter the 6-digit code from your authenticator app.',
      wrongCode: 'This code is wrong. Enter the code your authenticator app shows now.',
      codeUsed: 'This code was already used. Wait for the next one.',
      tooManyForAccount: 'Too many failed sign-ins for this account. Try again later.',
      tooManyFromAddress: 'Too many failed sign-ins from this address. Try again later.',
      sessionExpired: 'Your session has expired. Please sign in again.',
      enrolFirst: 'Start setting up the authenticator first.',
      codeMismatch: 'The code does not match. Check the time on your device and try again.',
      currentPasswordWrong: 'The current password is wrong.',
    },
    id: {
      wrongCredentials: 'Alamat surel atau kata sandi salah.',
      accountDisabled: 'Akun ini dinonaktifkan. Hubungi administrator Anda.',
      enterCode: 'Masukkan kode 6 digit dari aplikasi autentikator Anda.',
      wrongCode: 'Kode ini salah. Masukkan kode yang sekarang ditampilkan aplikasi autentikator Anda.',
      codeUsed: 'Kode ini sudah dipakai. Tunggu kode berikutnya.',
      tooManyForAccount: 'Terlalu banyak percobaan masuk yang gagal untuk akun ini. Coba lagi nanti.',
      tooManyFromAddress: 'Terlalu banyak percobaan masuk yang gagal dari alamat ini. Coba lagi nanti.',
      sessionExpired: 'Sesi Anda telah berakhir. Silakan masuk lagi.',
      enrolFirst: 'Mulai penyiapan autentikator terlebih dahulu.',
      codeMismatch: 'Kode tidak cocok. Periksa jam perangkat Anda lalu coba lagi.',
      currentPasswordWrong: 'Kata sandi saat ini salah.',
    },
    th: {
      wrongCredentials: 'ที่อยู่อีเมลหรือรหัสผ่านไม่ถูกต้อง',
      accountDisabled: 'บัญชีนี้ถูกระงับ โปรดติดต่อผู้ดูแลระบบ',
      enterCode: 'กรอกรหัส 6 หลักจากแอปยืนยันตัวตนของคุณ',
      wrongCode: 'รหัสนี้ไม่ถูกต้อง กรอกรหัสที่แอปยืนยันตัวตนแสดงอยู่ตอนนี้',
      codeUsed: 'รหัสนี้ถูกใช้ไปแล้ว โปรดรอรหัสถัดไป',
      tooManyForAccount: 'เข้าสู่ระบบไม่สำเร็จหลายครั้งเกินไปสำหรับบัญชีนี้ โปรดลองใหม่ภายหลัง',
      tooManyFromAddress: 'เข้าสู่ระบบไม่สำเร็จหลายครั้งเกินไปจากที่อยู่นี้ โปรดลองใหม่ภายหลัง',
      sessionExpired: 'เซสชันของคุณหมดอายุแล้ว โปรดเข้าสู่ระบบอีกครั้ง',
      enrolFirst: 'เริ่มตั้งค่าแอปยืนยันตัวตนก่อน',
      codeMismatch: 'รหัสไม่ตรงกัน ตรวจสอบเวลาบนอุปกรณ์ของคุณแล้วลองอีกครั้ง',
      currentPasswordWrong: 'รหัสผ่านปัจจุบันไม่ถูกต้อง',
    },
  }),
);
