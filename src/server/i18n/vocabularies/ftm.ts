// The FollowTheMoney words the networks module shows: schema names and the entity fields officers read on a record
// ("birthDate" is "Date of birth", "Tanggal lahir", "วันเกิด"). Fields outside this list are said in words, never
// as their camelCase name (see label()).
import { catalogue } from '../catalogue.js';

/** Every schema networks/ftm.ts reads or writes, and Sanction (watch-list imports). */
export const ftmSchema = catalogue({
  en: {
    Person: 'Person', Organization: 'Organisation', Company: 'Company', LegalEntity: 'Legal entity', PublicBody: 'Public body', Vessel: 'Vessel',
    Vehicle: 'Vehicle', Airplane: 'Aircraft', Passport: 'Passport', Identification: 'Identity document', UserAccount: 'Account (phone, e-mail)',
    BankAccount: 'Bank account', Address: 'Address', Event: 'Event', UnknownLink: 'Other link', Membership: 'Membership', Payment: 'Payment',
    Associate: 'Associate', Family: 'Family', Ownership: 'Ownership', Directorship: 'Directorship', Employment: 'Employment', Sanction: 'Sanction',
  },
  id: {
    Person: 'Orang', Organization: 'Organisasi', Company: 'Perusahaan', LegalEntity: 'Badan hukum', PublicBody: 'Badan publik', Vessel: 'Kapal',
    Vehicle: 'Kendaraan', Airplane: 'Pesawat udara', Passport: 'Paspor', Identification: 'Dokumen identitas', UserAccount: 'Akun (telepon, surel)',
    BankAccount: 'Rekening bank', Address: 'Alamat', Event: 'Peristiwa', UnknownLink: 'Hubungan lain', Membership: 'Keanggotaan', Payment: 'Pembayaran',
    Associate: 'Rekanan', Family: 'Keluarga', Ownership: 'Kepemilikan', Directorship: 'Jabatan direksi', Employment: 'Hubungan kerja', Sanction: 'Sanksi',
  },
  th: {
    Person: 'บุคคล', Organization: 'องค์กร', Company: 'บริษัท', LegalEntity: 'นิติบุคคล', PublicBody: 'หน่วยงานของรัฐ', Vessel: 'เรือ',
    Vehicle: 'ยานพาหนะ', Airplane: 'อากาศยาน', Passport: 'หนังสือเดินทาง', Identification: 'เอกสารแสดงตน', UserAccount: 'บัญชี (โทรศัพท์ อีเมล)',
    BankAccount: 'บัญชีธนาคาร', Address: 'ที่อยู่', Event: 'เหตุการณ์', UnknownLink: 'ความเชื่อมโยงอื่น', Membership: 'การเป็นสมาชิก', Payment: 'การชำระเงิน',
    Associate: 'ผู้ร่วมขบวนการ', Family: 'ครอบครัว', Ownership: 'การเป็นเจ้าของ', Directorship: 'การเป็นกรรมการ', Employment: 'การจ้างงาน', Sanction: 'มาตรการลงโทษ',
  },
});

/** Entity fields: those the portal writes, the matcher reads, and the common ones of FtM imports. */
export const entityField = catalogue({
  en: {
    name: 'Name', alias: 'Also known as', weakAlias: 'Nickname', previousName: 'Former name', firstName: 'Given name', middleName: 'Middle name',
    lastName: 'Family name', fatherName: "Father's name", motherName: "Mother's name", title: 'Title', gender: 'Sex', birthDate: 'Date of birth',
    birthPlace: 'Place of birth', deathDate: 'Date of death', nationality: 'Nationality', citizenship: 'Citizenship', country: 'Country',
    jurisdiction: 'Jurisdiction', position: 'Position', idNumber: 'Identity number', passportNumber: 'Passport number', number: 'Number',
    type: 'Type', issueDate: 'Date of issue', expiryDate: 'Date of expiry', authority: 'Issuing authority', holder: 'Holder', email: 'E-mail address',
    phone: 'Telephone', service: 'Service', username: 'User name', address: 'Address', full: 'Full address', street: 'Street', city: 'City',
    region: 'Region', postalCode: 'Postal code', latitude: 'Latitude', longitude: 'Longitude', registrationNumber: 'Registration number',
    incorporationDate: 'Date of incorporation', dissolutionDate: 'Date of dissolution', legalForm: 'Legal form', sector: 'Sector', imoNumber: 'IMO number',
    mmsi: 'MMSI', callSign: 'Call sign', flag: 'Flag', pastFlags: 'Former flags', tonnage: 'Tonnage', buildDate: 'Year built', model: 'Model',
    owner: 'Owner', operator: 'Operator', bankName: 'Bank', accountNumber: 'Account number', iban: 'IBAN', bic: 'BIC / SWIFT code', currency: 'Currency',
    amount: 'Amount', purpose: 'Purpose', date: 'Date', startDate: 'From', endDate: 'Until', location: 'Place', involved: 'Involved',
    organizer: 'Organiser', summary: 'Summary', description: 'Description', notes: 'Notes', role: 'Role', relationship: 'Relationship',
    status: 'Status', reason: 'Reason', program: 'Sanctions programme', sourceUrl: 'Source address', topics: 'Topics', keywords: 'Keywords',
    modusOperandi: 'Modus operandi', peopleMoved: 'People moved', mode: 'Means of transport',
  },
  id: {
    name: 'Nama', alias: 'Dikenal juga sebagai', weakAlias: 'Nama panggilan', previousName: 'Nama sebelumnya', firstName: 'Nama depan', middleName: 'Nama tengah',
    lastName: 'Nama keluarga', fatherName: 'Nama ayah', motherName: 'Nama ibu', title: 'Gelar', gender: 'Jenis kelamin', birthDate: 'Tanggal lahir',
    birthPlace: 'Tempat lahir', deathDate: 'Tanggal meninggal', nationality: 'Kewarganegaraan', citizenship: 'Status kewarganegaraan', country: 'Negara',
    jurisdiction: 'Yurisdiksi', position: 'Jabatan', idNumber: 'Nomor identitas', passportNumber: 'Nomor paspor', number: 'Nomor',
    type: 'Jenis', issueDate: 'Tanggal penerbitan', expiryDate: 'Tanggal habis berlaku', authority: 'Instansi penerbit', holder: 'Pemegang', email: 'Alamat surel',
    phone: 'Telepon', service: 'Layanan', username: 'Nama pengguna', address: 'Alamat', full: 'Alamat lengkap', street: 'Jalan', city: 'Kota',
    region: 'Wilayah', postalCode: 'Kode pos', latitude: 'Lintang', longitude: 'Bujur', registrationNumber: 'Nomor registrasi',
    incorporationDate: 'Tanggal pendirian', dissolutionDate: 'Tanggal pembubaran', legalForm: 'Bentuk badan hukum', sector: 'Sektor', imoNumber: 'Nomor IMO',
    mmsi: 'Nomor MMSI', callSign: 'Tanda panggil', flag: 'Bendera', pastFlags: 'Bendera sebelumnya', tonnage: 'Tonase', buildDate: 'Tahun pembuatan', model: 'Model',
    owner: 'Pemilik', operator: 'Pengelola', bankName: 'Nama bank', accountNumber: 'Nomor rekening', iban: 'Nomor IBAN', bic: 'Kode BIC / SWIFT', currency: 'Mata uang',
    amount: 'Jumlah', purpose: 'Tujuan', date: 'Tanggal', startDate: 'Sejak', endDate: 'Sampai', location: 'Tempat', involved: 'Pihak yang terlibat',
    organizer: 'Penyelenggara', summary: 'Ringkasan', description: 'Uraian', notes: 'Catatan', role: 'Peran', relationship: 'Hubungan',
    status: 'Status', reason: 'Alasan', program: 'Program sanksi', sourceUrl: 'Alamat sumber', topics: 'Topik', keywords: 'Kata kunci',
    modusOperandi: 'Modus operandi', peopleMoved: 'Orang yang diangkut', mode: 'Sarana angkutan',
  },
  th: {
    name: 'ชื่อ', alias: 'ชื่ออื่นที่รู้จัก', weakAlias: 'ชื่อเล่น', previousName: 'ชื่อเดิม', firstName: 'ชื่อตัว', middleName: 'ชื่อกลาง',
    lastName: 'ชื่อสกุล', fatherName: 'ชื่อบิดา', motherName: 'ชื่อมารดา', title: 'คำนำหน้าชื่อ', gender: 'เพศ', birthDate: 'วันเกิด',
    birthPlace: 'สถานที่เกิด', deathDate: 'วันถึงแก่กรรม', nationality: 'สัญชาติ', citizenship: 'ความเป็นพลเมือง', country: 'ประเทศ',
    jurisdiction: 'เขตอำนาจ', position: 'ตำแหน่ง', idNumber: 'เลขประจำตัว', passportNumber: 'เลขที่หนังสือเดินทาง', number: 'หมายเลข',
    type: 'ประเภท', issueDate: 'วันที่ออก', expiryDate: 'วันหมดอายุ', authority: 'หน่วยงานที่ออก', holder: 'ผู้ถือ', email: 'ที่อยู่อีเมล',
    phone: 'โทรศัพท์', service: 'บริการ', username: 'ชื่อผู้ใช้', address: 'ที่อยู่', full: 'ที่อยู่เต็ม', street: 'ถนน', city: 'เมือง',
    region: 'ภูมิภาค', postalCode: 'รหัสไปรษณีย์', latitude: 'ละติจูด', longitude: 'ลองจิจูด', registrationNumber: 'เลขทะเบียน',
    incorporationDate: 'วันจดทะเบียนจัดตั้ง', dissolutionDate: 'วันเลิกกิจการ', legalForm: 'รูปแบบนิติบุคคล', sector: 'ภาคธุรกิจ', imoNumber: 'หมายเลข IMO',
    mmsi: 'หมายเลข MMSI', callSign: 'สัญญาณเรียกขาน', flag: 'ธง', pastFlags: 'ธงเดิม', tonnage: 'ระวางบรรทุก', buildDate: 'ปีที่สร้าง', model: 'รุ่น',
    owner: 'เจ้าของ', operator: 'ผู้ดำเนินการ', bankName: 'ธนาคาร', accountNumber: 'เลขที่บัญชี', iban: 'เลข IBAN', bic: 'รหัส BIC / SWIFT', currency: 'สกุลเงิน',
    amount: 'จำนวนเงิน', purpose: 'วัตถุประสงค์', date: 'วันที่', startDate: 'ตั้งแต่', endDate: 'จนถึง', location: 'สถานที่', involved: 'ผู้เกี่ยวข้อง',
    organizer: 'ผู้จัด', summary: 'สรุป', description: 'รายละเอียด', notes: 'หมายเหตุ', role: 'บทบาท', relationship: 'ความสัมพันธ์',
    status: 'สถานะ', reason: 'เหตุผล', program: 'โครงการมาตรการลงโทษ', sourceUrl: 'ที่อยู่แหล่งที่มา', topics: 'หัวข้อ', keywords: 'คำสำคัญ',
    modusOperandi: 'รูปแบบการกระทำความผิด', peopleMoved: 'จำนวนคนที่ถูกขนย้าย', mode: 'วิธีการเดินทาง',
  },
});
