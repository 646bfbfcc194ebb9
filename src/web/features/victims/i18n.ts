// Every string the referral and return pages show, in English, Bahasa Indonesia and Thai.
import { catalogue } from '../../i18n/catalogue';
export const victimsI18n = catalogue({
  en: {
    nav: 'Referral and return', title: 'Victim referral and return',
    intro: 'Protect victims of trafficking and return them home safely through the home state’s mission, with their informed consent. Only the designated officers of the two states and of a referred organisation see a case; a withdrawn consent stops the sharing at once.',
    tabs: { cases: 'Cases', new: 'Open a case', officers: 'Designated officers' },
    status: 'Status', anyStatus: 'Any status', side: 'My side', anySide: 'Any side', none: 'No cases here.', previous: 'Previous page', next: 'Next page', back: 'Back to cases',
    statuses: { identified: 'Identified', referred: 'Referred', documents_issued: 'Travel documents issued', return_scheduled: 'Return scheduled', returned: 'Returned', closed: 'Closed' },
    sides: { host: 'Identifying state', home: 'Home state', organisation: 'Referred organisation' },
    reference: 'Reference', kind: 'Kind', kinds: { victim: 'Victim of trafficking', migrant: 'Return of a verified national' }, person: 'Person', parties: 'Parties',
    partiesText: '{{host}} → {{home}}', returnOn: 'Return date', homeState: 'Home state', birthDate: 'Date of birth', sex: 'Sex',
    sexes: { female: 'Female', male: 'Male', other: 'Other', unknown: 'Unknown' }, minor: 'A child (under 18)', identifiedOn: 'Identified on', classification: 'Classification',
    protection: 'Protection measures', informedIn: 'Informed in (language)', informedInHelp: 'The language the person was told in what will be shared, with whom, and that they may withdraw.', yes: 'Yes', no: 'No',
    measures: {
      shelter: 'Shelter', medical_care: 'Medical care', psychosocial_support: 'Psychosocial support', legal_assistance: 'Legal assistance', interpreter: 'Interpreter',
      guardian: 'Guardian appointed', reflection_period: 'Reflection and recovery period', protection_order: 'Protection order', witness_protection: 'Witness protection',
      temporary_residence: 'Temporary residence', risk_assessment: 'Return risk assessment',
    },
    new: {
      title: 'Open a case', intro: 'Record only what the return needs. The case stays with your state until the person consents to share it.',
      homeStateHelp: 'ISO code of the state of nationality, e.g. LKA', name: 'Name', nameHelp: 'As the person writes it, in any script', birthDateHelp: 'YYYY, YYYY-MM or YYYY-MM-DD',
      notKnown: 'Not known', consent: 'Consent', consentHelp: 'Share the case with the home state only with the person’s informed consent (a guardian’s for a child). It can be withdrawn at any time.',
      consentHome: 'The person consents to sharing the case with the home state', submit: 'Open the case',
    },
    case: {
      title: 'Case {{reference}}', referredTo: 'referred to {{org}}', sharing: 'Shared with', sharedHome: '{{state}} (consent in force)', notSharedHome: 'not {{state}}',
      sharedOrg: '{{org}} (consent in force)', notSharedOrg: 'not {{org}} (consent withdrawn)', retention: 'Kept until', retentionText: '{{date}} ({{months}} months after the last step), then erased',
      verification: 'The verification this return started from', noProtection: 'No measures recorded.', close: 'Close the case', closed: 'The case is closed.', closedNote: 'Closed',
    },
    protectionSaved: 'Protection measures saved.', protectionEdit: 'Measures in place', protectionNotes: 'Notes on protection', protectionSave: 'Save the measures',
    referral: {
      title: 'Referral', done: 'Referred to {{org}} on {{date}}.', none: 'Not referred to an organisation.', needsConsent: 'Record the person’s consent to a referral first.',
      saved: 'The case was referred.', refer: 'Refer the case', organisation: 'Organisation', on: 'Referred on',
    },
    travel: {
      title: 'Travel documents', done: '{{type}} {{number}} issued by {{mission}} on {{date}}.', none: 'Not issued yet by {{state}}’s mission.',
      types: { passport: 'Passport', emergency_travel_document: 'Emergency travel document', laissez_passer: 'Laissez-passer', certificate_of_identity: 'Certificate of identity' },
      saved: 'Travel document recorded.', issue: 'Record the travel document', type: 'Document', number: 'Number', issuedOn: 'Issued on', validUntil: 'Valid until', mission: 'Issuing mission', missionHelp: 'e.g. Embassy of Sri Lanka, Jakarta',
    },
    return: {
      title: 'Return and reception', escort: 'Escort', reception: 'Reception', returnedOn: 'Left on', receivedOn: 'Received on', plan: 'Return plan', savePlan: 'Save the return plan',
      saved: 'Return plan saved.', markReturned: 'Record the departure', departed: 'The departure was recorded.', waitingDocuments: 'The return can be recorded once {{state}}’s mission has issued travel documents.',
      confirmReception: 'Confirm reception', received: 'Reception confirmed.',
    },
    consent: {
      title: 'Informed consent', intro: 'Each consent allows one kind of sharing. Withdrawing it stops that sharing at once.', scope: 'Consent to', givenOn: 'Given on', givenBy: 'Given by', state: 'In force',
      scopes: { home_state: 'sharing with the home state', organisation: 'referral to an organisation' }, by: { person: 'The person', guardian: 'A guardian' },
      inForce: 'In force', withdrawnOn: 'Withdrawn on {{date}}', withdraw: 'Withdraw consent to {{scope}}', withdrawn: 'Consent withdrawn: the sharing it allowed has stopped.', record: 'Record consent', recorded: 'Consent recorded.',
    },
    timeline: {
      title: 'Timeline', added: 'Note added.', add: 'Add the note', note: 'Note',
      kinds: {
        identified: 'Identified', consent: 'Consent recorded', consent_withdrawn: 'Consent withdrawn', protection: 'Protection updated', referral: 'Referred', travel_document: 'Travel document issued',
        return_plan: 'Return plan updated', returned: 'Departed', received: 'Received at home', close: 'Closed', note: 'Note',
      },
    },
  },
  id: {
    nav: 'Rujukan dan pemulangan', title: 'Rujukan dan pemulangan korban',
    intro: 'Lindungi korban perdagangan orang dan pulangkan mereka dengan aman melalui perwakilan negara asal, dengan persetujuan mereka. Hanya petugas yang ditunjuk dari kedua negara dan organisasi rujukan yang melihat kasus; persetujuan yang ditarik langsung menghentikan berbagi.',
    tabs: { cases: 'Kasus', new: 'Buka kasus', officers: 'Petugas yang ditunjuk' },
    status: 'Status', anyStatus: 'Semua status', side: 'Posisi saya', anySide: 'Semua posisi', none: 'Tidak ada kasus.', previous: 'Halaman sebelumnya', next: 'Halaman berikutnya', back: 'Kembali ke kasus',
    statuses: { identified: 'Teridentifikasi', referred: 'Dirujuk', documents_issued: 'Dokumen perjalanan diterbitkan', return_scheduled: 'Pemulangan dijadwalkan', returned: 'Dipulangkan', closed: 'Ditutup' },
    sides: { host: 'Negara yang mengidentifikasi', home: 'Negara asal', organisation: 'Organisasi rujukan' },
    reference: 'Referensi', kind: 'Jenis', kinds: { victim: 'Korban perdagangan orang', migrant: 'Pemulangan warga yang terverifikasi' }, person: 'Orang', parties: 'Pihak',
    partiesText: '{{host}} → {{home}}', returnOn: 'Tanggal pemulangan', homeState: 'Negara asal', birthDate: 'Tanggal lahir', sex: 'Jenis kelamin',
    sexes: { female: 'Perempuan', male: 'Laki-laki', other: 'Lainnya', unknown: 'Tidak diketahui' }, minor: 'Anak (di bawah 18 tahun)', identifiedOn: 'Diidentifikasi pada', classification: 'Klasifikasi',
    protection: 'Langkah perlindungan', informedIn: 'Diberi tahu dalam (bahasa)', informedInHelp: 'Bahasa yang digunakan untuk memberi tahu orang itu apa yang akan dibagikan, kepada siapa, dan bahwa ia dapat menarik persetujuan.', yes: 'Ya', no: 'Tidak',
    measures: {
      shelter: 'Tempat penampungan', medical_care: 'Perawatan medis', psychosocial_support: 'Dukungan psikososial', legal_assistance: 'Bantuan hukum', interpreter: 'Penerjemah',
      guardian: 'Wali ditunjuk', reflection_period: 'Masa refleksi dan pemulihan', protection_order: 'Perintah perlindungan', witness_protection: 'Perlindungan saksi',
      temporary_residence: 'Izin tinggal sementara', risk_assessment: 'Penilaian risiko pemulangan',
    },
    new: {
      title: 'Buka kasus', intro: 'Catat hanya yang diperlukan untuk pemulangan. Kasus tetap di negara Anda sampai orang itu setuju untuk dibagikan.',
      homeStateHelp: 'Kode ISO negara kewarganegaraan, mis. LKA', name: 'Nama', nameHelp: 'Sebagaimana ditulis oleh orang itu, dalam aksara apa pun', birthDateHelp: 'YYYY, YYYY-MM atau YYYY-MM-DD',
      notKnown: 'Tidak diketahui', consent: 'Persetujuan', consentHelp: 'Bagikan kasus dengan negara asal hanya dengan persetujuan orang itu (atau wali untuk anak). Persetujuan dapat ditarik kapan saja.',
      consentHome: 'Orang itu setuju kasus dibagikan dengan negara asal', submit: 'Buka kasus',
    },
    case: {
      title: 'Kasus {{reference}}', referredTo: 'dirujuk ke {{org}}', sharing: 'Dibagikan dengan', sharedHome: '{{state}} (persetujuan berlaku)', notSharedHome: 'tidak dengan {{state}}',
      sharedOrg: '{{org}} (persetujuan berlaku)', notSharedOrg: 'tidak dengan {{org}} (persetujuan ditarik)', retention: 'Disimpan sampai', retentionText: '{{date}} ({{months}} bulan setelah langkah terakhir), lalu dihapus',
      verification: 'Verifikasi yang menjadi awal pemulangan ini', noProtection: 'Belum ada langkah yang dicatat.', close: 'Tutup kasus', closed: 'Kasus ditutup.', closedNote: 'Ditutup',
    },
    protectionSaved: 'Langkah perlindungan disimpan.', protectionEdit: 'Langkah yang berlaku', protectionNotes: 'Catatan perlindungan', protectionSave: 'Simpan langkah',
    referral: {
      title: 'Rujukan', done: 'Dirujuk ke {{org}} pada {{date}}.', none: 'Tidak dirujuk ke organisasi.', needsConsent: 'Catat dulu persetujuan orang itu untuk dirujuk.',
      saved: 'Kasus telah dirujuk.', refer: 'Rujuk kasus', organisation: 'Organisasi', on: 'Dirujuk pada',
    },
    travel: {
      title: 'Dokumen perjalanan', done: '{{type}} {{number}} diterbitkan oleh {{mission}} pada {{date}}.', none: 'Belum diterbitkan oleh perwakilan {{state}}.',
      types: { passport: 'Paspor', emergency_travel_document: 'Surat perjalanan darurat', laissez_passer: 'Surat jalan (laissez-passer)', certificate_of_identity: 'Surat keterangan identitas' },
      saved: 'Dokumen perjalanan dicatat.', issue: 'Catat dokumen perjalanan', type: 'Dokumen', number: 'Nomor', issuedOn: 'Diterbitkan', validUntil: 'Berlaku sampai', mission: 'Perwakilan penerbit', missionHelp: 'mis. Kedutaan Besar Sri Lanka, Jakarta',
    },
    return: {
      title: 'Pemulangan dan penerimaan', escort: 'Pendamping', reception: 'Penerimaan', returnedOn: 'Berangkat pada', receivedOn: 'Diterima pada', plan: 'Rencana pemulangan', savePlan: 'Simpan rencana pemulangan',
      saved: 'Rencana pemulangan disimpan.', markReturned: 'Catat keberangkatan', departed: 'Keberangkatan dicatat.', waitingDocuments: 'Pemulangan dapat dicatat setelah perwakilan {{state}} menerbitkan dokumen perjalanan.',
      confirmReception: 'Konfirmasi penerimaan', received: 'Penerimaan dikonfirmasi.',
    },
    consent: {
      title: 'Persetujuan berdasarkan informasi', intro: 'Setiap persetujuan mengizinkan satu jenis berbagi. Menariknya langsung menghentikan berbagi itu.', scope: 'Persetujuan untuk', givenOn: 'Diberikan pada', givenBy: 'Diberikan oleh', state: 'Berlaku',
      scopes: { home_state: 'berbagi dengan negara asal', organisation: 'rujukan ke organisasi' }, by: { person: 'Orang itu', guardian: 'Wali' },
      inForce: 'Berlaku', withdrawnOn: 'Ditarik pada {{date}}', withdraw: 'Tarik persetujuan untuk {{scope}}', withdrawn: 'Persetujuan ditarik: berbagi yang diizinkannya telah berhenti.', record: 'Catat persetujuan', recorded: 'Persetujuan dicatat.',
    },
    timeline: {
      title: 'Linimasa', added: 'Catatan ditambahkan.', add: 'Tambahkan catatan', note: 'Catatan',
      kinds: {
        identified: 'Teridentifikasi', consent: 'Persetujuan dicatat', consent_withdrawn: 'Persetujuan ditarik', protection: 'Perlindungan diperbarui', referral: 'Dirujuk', travel_document: 'Dokumen perjalanan diterbitkan',
        return_plan: 'Rencana pemulangan diperbarui', returned: 'Berangkat', received: 'Diterima di negara asal', close: 'Ditutup', note: 'Catatan',
      },
    },
  },
  th: {
    nav: 'การส่งต่อและการส่งกลับ', title: 'การส่งต่อและการส่งกลับผู้เสียหาย',
    intro: 'คุ้มครองผู้เสียหายจากการค้ามนุษย์และส่งกลับบ้านอย่างปลอดภัยผ่านคณะผู้แทนของรัฐต้นทาง โดยได้รับความยินยอมจากผู้เสียหาย เฉพาะเจ้าหน้าที่ที่ได้รับมอบหมายของสองรัฐและองค์กรที่รับการส่งต่อเท่านั้นที่เห็นกรณี การถอนความยินยอมจะหยุดการแบ่งปันทันที',
    tabs: { cases: 'กรณี', new: 'เปิดกรณี', officers: 'เจ้าหน้าที่ที่ได้รับมอบหมาย' },
    status: 'สถานะ', anyStatus: 'ทุกสถานะ', side: 'ฝ่ายของฉัน', anySide: 'ทุกฝ่าย', none: 'ไม่มีกรณี', previous: 'หน้าก่อนหน้า', next: 'หน้าถัดไป', back: 'กลับไปที่กรณี',
    statuses: { identified: 'คัดแยกแล้ว', referred: 'ส่งต่อแล้ว', documents_issued: 'ออกเอกสารการเดินทางแล้ว', return_scheduled: 'กำหนดวันส่งกลับแล้ว', returned: 'ส่งกลับแล้ว', closed: 'ปิดแล้ว' },
    sides: { host: 'รัฐที่คัดแยก', home: 'รัฐต้นทาง', organisation: 'องค์กรที่รับการส่งต่อ' },
    reference: 'เลขอ้างอิง', kind: 'ชนิด', kinds: { victim: 'ผู้เสียหายจากการค้ามนุษย์', migrant: 'การส่งกลับคนชาติที่พิสูจน์แล้ว' }, person: 'บุคคล', parties: 'คู่กรณี',
    partiesText: '{{host}} → {{home}}', returnOn: 'วันส่งกลับ', homeState: 'รัฐต้นทาง', birthDate: 'วันเกิด', sex: 'เพศ',
    sexes: { female: 'หญิง', male: 'ชาย', other: 'อื่น ๆ', unknown: 'ไม่ทราบ' }, minor: 'เด็ก (อายุต่ำกว่า 18 ปี)', identifiedOn: 'วันที่คัดแยก', classification: 'ชั้นความลับ',
    protection: 'มาตรการคุ้มครอง', informedIn: 'แจ้งเป็นภาษา', informedInHelp: 'ภาษาที่ใช้แจ้งบุคคลว่าจะแบ่งปันข้อมูลใด กับใคร และสามารถถอนความยินยอมได้', yes: 'ใช่', no: 'ไม่ใช่',
    measures: {
      shelter: 'ที่พักพิง', medical_care: 'การรักษาพยาบาล', psychosocial_support: 'การช่วยเหลือด้านจิตสังคม', legal_assistance: 'ความช่วยเหลือทางกฎหมาย', interpreter: 'ล่าม',
      guardian: 'แต่งตั้งผู้ปกครอง', reflection_period: 'ระยะเวลาพักฟื้นและทบทวน', protection_order: 'คำสั่งคุ้มครอง', witness_protection: 'การคุ้มครองพยาน',
      temporary_residence: 'การอนุญาตให้พำนักชั่วคราว', risk_assessment: 'การประเมินความเสี่ยงก่อนส่งกลับ',
    },
    new: {
      title: 'เปิดกรณี', intro: 'บันทึกเฉพาะสิ่งที่จำเป็นต่อการส่งกลับ กรณีจะอยู่กับรัฐของคุณจนกว่าบุคคลจะยินยอมให้แบ่งปัน',
      homeStateHelp: 'รหัส ISO ของรัฐสัญชาติ เช่น LKA', name: 'ชื่อ', nameHelp: 'ตามที่บุคคลเขียน ด้วยอักษรใดก็ได้', birthDateHelp: 'YYYY, YYYY-MM หรือ YYYY-MM-DD',
      notKnown: 'ไม่ทราบ', consent: 'ความยินยอม', consentHelp: 'แบ่งปันกรณีกับรัฐต้นทางเฉพาะเมื่อบุคคลให้ความยินยอมโดยได้รับข้อมูล (หรือผู้ปกครองสำหรับเด็ก) และถอนความยินยอมได้ทุกเมื่อ',
      consentHome: 'บุคคลยินยอมให้แบ่งปันกรณีกับรัฐต้นทาง', submit: 'เปิดกรณี',
    },
    case: {
      title: 'กรณี {{reference}}', referredTo: 'ส่งต่อให้ {{org}}', sharing: 'แบ่งปันกับ', sharedHome: '{{state}} (ความยินยอมมีผล)', notSharedHome: 'ไม่แบ่งปันกับ {{state}}',
      sharedOrg: '{{org}} (ความยินยอมมีผล)', notSharedOrg: 'ไม่แบ่งปันกับ {{org}} (ถอนความยินยอมแล้ว)', retention: 'เก็บไว้ถึง', retentionText: '{{date}} ({{months}} เดือนหลังขั้นตอนล่าสุด) จากนั้นลบทิ้ง',
      verification: 'การพิสูจน์ตัวตนที่เป็นจุดเริ่มของการส่งกลับนี้', noProtection: 'ยังไม่มีมาตรการที่บันทึกไว้', close: 'ปิดกรณี', closed: 'ปิดกรณีแล้ว', closedNote: 'ปิดแล้ว',
    },
    protectionSaved: 'บันทึกมาตรการคุ้มครองแล้ว', protectionEdit: 'มาตรการที่ดำเนินการอยู่', protectionNotes: 'หมายเหตุเรื่องการคุ้มครอง', protectionSave: 'บันทึกมาตรการ',
    referral: {
      title: 'การส่งต่อ', done: 'ส่งต่อให้ {{org}} เมื่อ {{date}}', none: 'ยังไม่ได้ส่งต่อให้องค์กรใด', needsConsent: 'โปรดบันทึกความยินยอมของบุคคลในการส่งต่อก่อน',
      saved: 'ส่งต่อกรณีแล้ว', refer: 'ส่งต่อกรณี', organisation: 'องค์กร', on: 'วันที่ส่งต่อ',
    },
    travel: {
      title: 'เอกสารการเดินทาง', done: '{{type}} เลขที่ {{number}} ออกโดย {{mission}} เมื่อ {{date}}', none: 'คณะผู้แทนของ {{state}} ยังไม่ได้ออกเอกสาร',
      types: { passport: 'หนังสือเดินทาง', emergency_travel_document: 'เอกสารเดินทางฉุกเฉิน', laissez_passer: 'ใบผ่านทาง', certificate_of_identity: 'หนังสือรับรองตัวบุคคล' },
      saved: 'บันทึกเอกสารการเดินทางแล้ว', issue: 'บันทึกเอกสารการเดินทาง', type: 'เอกสาร', number: 'เลขที่', issuedOn: 'วันที่ออก', validUntil: 'ใช้ได้ถึง', mission: 'คณะผู้แทนที่ออก', missionHelp: 'เช่น สถานเอกอัครราชทูตศรีลังกา กรุงจาการ์ตา',
    },
    return: {
      title: 'การส่งกลับและการรับตัว', escort: 'ผู้คุ้มกัน', reception: 'การรับตัว', returnedOn: 'ออกเดินทางเมื่อ', receivedOn: 'รับตัวเมื่อ', plan: 'แผนการส่งกลับ', savePlan: 'บันทึกแผนการส่งกลับ',
      saved: 'บันทึกแผนการส่งกลับแล้ว', markReturned: 'บันทึกการออกเดินทาง', departed: 'บันทึกการออกเดินทางแล้ว', waitingDocuments: 'บันทึกการส่งกลับได้เมื่อคณะผู้แทนของ {{state}} ออกเอกสารการเดินทางแล้ว',
      confirmReception: 'ยืนยันการรับตัว', received: 'ยืนยันการรับตัวแล้ว',
    },
    consent: {
      title: 'ความยินยอมโดยได้รับข้อมูล', intro: 'ความยินยอมแต่ละรายการอนุญาตการแบ่งปันหนึ่งแบบ การถอนจะหยุดการแบ่งปันนั้นทันที', scope: 'ยินยอมให้', givenOn: 'ให้เมื่อ', givenBy: 'ผู้ให้', state: 'มีผล',
      scopes: { home_state: 'แบ่งปันกับรัฐต้นทาง', organisation: 'ส่งต่อให้องค์กร' }, by: { person: 'บุคคลนั้นเอง', guardian: 'ผู้ปกครอง' },
      inForce: 'มีผล', withdrawnOn: 'ถอนเมื่อ {{date}}', withdraw: 'ถอนความยินยอม: {{scope}}', withdrawn: 'ถอนความยินยอมแล้ว การแบ่งปันที่อนุญาตไว้หยุดแล้ว', record: 'บันทึกความยินยอม', recorded: 'บันทึกความยินยอมแล้ว',
    },
    timeline: {
      title: 'ลำดับเหตุการณ์', added: 'เพิ่มบันทึกแล้ว', add: 'เพิ่มบันทึก', note: 'บันทึก',
      kinds: {
        identified: 'คัดแยกแล้ว', consent: 'บันทึกความยินยอม', consent_withdrawn: 'ถอนความยินยอม', protection: 'ปรับปรุงการคุ้มครอง', referral: 'ส่งต่อแล้ว', travel_document: 'ออกเอกสารการเดินทาง',
        return_plan: 'ปรับปรุงแผนการส่งกลับ', returned: 'ออกเดินทาง', received: 'รับตัวที่บ้านเกิด', close: 'ปิดกรณี', note: 'บันทึก',
      },
    },
  },
});
