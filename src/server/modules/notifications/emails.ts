// What a notification e-mail says, in the recipient's saved language: what kind of thing happened, its reference and
// where to read it. Never the notice's own title: that may name classified content, and an e-mail leaves the portal.
import { catalogue } from '../../i18n/catalogue.js';
import type { Lang } from '../../i18n/languages.js';
import { messages, type Text } from '../../i18n/text.js';

const WORDS = catalogue({
  en: {
    subject: '[Bali Portal] {{event}}',
    subjectWithReference: '[Bali Portal] {{event}}: {{reference}}',
    body: '{{event}}.\n\nSign in to the Bali Portal to read it.\nThis message carries no classified content.',
    bodyWithReference: '{{event}}: {{reference}}.\n\nSign in to the Bali Portal to read it.\nThis message carries no classified content.',
    bodyWithLink: '{{event}}.\n\nSign in to the Bali Portal to read it: {{link}}\nThis message carries no classified content.',
    bodyWithReferenceAndLink: '{{event}}: {{reference}}.\n\nSign in to the Bali Portal to read it: {{link}}\nThis message carries no classified content.',
    event: {
      other: 'A new notification',
      intel: {
        released: 'An intelligence report was released to your state',
        consent_requested: 'Consent to share an intelligence report onward is asked',
        consent_decided: 'Consent to share an intelligence report onward was decided',
        acknowledged: 'An intelligence report was acknowledged',
        rfi: 'A request for information',
        rfi_reply: 'A reply to a request for information',
      },
      alert: { issued: 'A regional alert was issued', expired: 'An alert expired' },
      watchlist: { match: 'A watch-list match' },
      documents: { hit: 'A document check matched a record of your state' },
      verification: {
        requested: 'A verification request',
        answered: 'A verification request was answered',
        message: 'A new message on a verification request',
        withdrawn: 'A verification request was withdrawn',
        due_soon: 'A verification request is due soon',
        overdue: 'A verification request is overdue',
      },
      victims: {
        shared: 'A case was shared',
        unshared: 'A case is no longer shared',
        referred: 'A case was referred',
        travel_document: 'Travel documents were issued for a case',
        return_scheduled: 'A return was set',
        returned: 'A person left on return',
        received: 'A reception was confirmed',
      },
      plans: { overdue: 'An action of a plan is overdue' },
      directory: { stale: 'Directory entries wait for confirmation' },
      clearance: { expiring: 'A clearance ends soon' },
    },
  },
  id: {
    subject: '[Bali Portal] {{event}}',
    subjectWithReference: '[Bali Portal] {{event}}: {{reference}}',
    body: '{{event}}.\n\nMasuk ke Bali Portal untuk membacanya.\nPesan ini tidak memuat isi berklasifikasi.',
    bodyWithReference: '{{event}}: {{reference}}.\n\nMasuk ke Bali Portal untuk membacanya.\nPesan ini tidak memuat isi berklasifikasi.',
    bodyWithLink: '{{event}}.\n\nMasuk ke Bali Portal untuk membacanya: {{link}}\nPesan ini tidak memuat isi berklasifikasi.',
    bodyWithReferenceAndLink: '{{event}}: {{reference}}.\n\nMasuk ke Bali Portal untuk membacanya: {{link}}\nPesan ini tidak memuat isi berklasifikasi.',
    event: {
      other: 'Pemberitahuan baru',
      intel: {
        released: 'Sebuah laporan intelijen dibagikan kepada negara Anda',
        consent_requested: 'Persetujuan untuk membagikan laporan intelijen lebih lanjut diminta',
        consent_decided: 'Permintaan persetujuan untuk membagikan laporan intelijen lebih lanjut telah diputuskan',
        acknowledged: 'Sebuah laporan intelijen telah diterima',
        rfi: 'Permintaan informasi',
        rfi_reply: 'Balasan atas permintaan informasi',
      },
      alert: { issued: 'Peringatan regional diterbitkan', expired: 'Sebuah peringatan telah berakhir' },
      watchlist: { match: 'Kecocokan daftar pantauan' },
      documents: { hit: 'Pemeriksaan dokumen cocok dengan catatan negara Anda' },
      verification: {
        requested: 'Permintaan verifikasi',
        answered: 'Permintaan verifikasi telah dijawab',
        message: 'Pesan baru tentang permintaan verifikasi',
        withdrawn: 'Permintaan verifikasi telah ditarik',
        due_soon: 'Permintaan verifikasi segera jatuh tempo',
        overdue: 'Permintaan verifikasi terlambat',
      },
      victims: {
        shared: 'Sebuah kasus dibagikan',
        unshared: 'Sebuah kasus tidak lagi dibagikan',
        referred: 'Sebuah kasus dirujuk',
        travel_document: 'Dokumen perjalanan diterbitkan untuk sebuah kasus',
        return_scheduled: 'Pemulangan telah ditetapkan',
        returned: 'Seseorang telah dipulangkan',
        received: 'Penerimaan telah dikonfirmasi',
      },
      plans: { overdue: 'Sebuah tindakan dari rencana terlambat' },
      directory: { stale: 'Entri direktori menunggu konfirmasi' },
      clearance: { expiring: 'Sebuah izin akses segera berakhir' },
    },
  },
  th: {
    subject: '[Bali Portal] {{event}}',
    subjectWithReference: '[Bali Portal] {{event}}: {{reference}}',
    body: '{{event}}\n\nโปรดเข้าสู่ระบบ Bali Portal เพื่ออ่าน\nข้อความนี้ไม่มีเนื้อหาลับ',
    bodyWithReference: '{{event}}: {{reference}}\n\nโปรดเข้าสู่ระบบ Bali Portal เพื่ออ่าน\nข้อความนี้ไม่มีเนื้อหาลับ',
    bodyWithLink: '{{event}}\n\nโปรดเข้าสู่ระบบ Bali Portal เพื่ออ่าน: {{link}}\nข้อความนี้ไม่มีเนื้อหาลับ',
    bodyWithReferenceAndLink: '{{event}}: {{reference}}\n\nโปรดเข้าสู่ระบบ Bali Portal เพื่ออ่าน: {{link}}\nข้อความนี้ไม่มีเนื้อหาลับ',
    event: {
      other: 'การแจ้งเตือนใหม่',
      intel: {
        released: 'มีรายงานข่าวกรองเผยแพร่ให้รัฐของคุณ',
        consent_requested: 'มีการขอความยินยอมเพื่อส่งต่อรายงานข่าวกรอง',
        consent_decided: 'มีการตัดสินคำขอความยินยอมเพื่อส่งต่อรายงานข่าวกรอง',
        acknowledged: 'มีการรับทราบรายงานข่าวกรอง',
        rfi: 'คำขอข้อมูล',
        rfi_reply: 'คำตอบต่อคำขอข้อมูล',
      },
      alert: { issued: 'มีการออกการแจ้งเตือนระดับภูมิภาค', expired: 'การแจ้งเตือนหมดอายุ' },
      watchlist: { match: 'พบรายการที่ตรงกับรายการเฝ้าระวัง' },
      documents: { hit: 'การตรวจสอบเอกสารตรงกับบันทึกของรัฐของคุณ' },
      verification: {
        requested: 'คำขอตรวจสอบ',
        answered: 'คำขอตรวจสอบได้รับคำตอบแล้ว',
        message: 'ข้อความใหม่เกี่ยวกับคำขอตรวจสอบ',
        withdrawn: 'คำขอตรวจสอบถูกถอนแล้ว',
        due_soon: 'คำขอตรวจสอบใกล้ครบกำหนด',
        overdue: 'คำขอตรวจสอบเลยกำหนดแล้ว',
      },
      victims: {
        shared: 'มีการแบ่งปันกรณี',
        unshared: 'กรณีไม่ได้แบ่งปันอีกต่อไป',
        referred: 'มีการส่งต่อกรณี',
        travel_document: 'มีการออกเอกสารเดินทางสำหรับกรณี',
        return_scheduled: 'มีการกำหนดการส่งกลับ',
        returned: 'บุคคลออกเดินทางกลับแล้ว',
        received: 'ยืนยันการรับตัวแล้ว',
      },
      plans: { overdue: 'กิจกรรมของแผนเลยกำหนด' },
      directory: { stale: 'รายการในสมุดรายชื่อรอการยืนยัน' },
      clearance: { expiring: 'ระดับการเข้าถึงใกล้สิ้นสุด' },
    },
  },
});

const say = messages('notificationEmails', WORDS);

type Events = typeof WORDS.en.event;
type Kind = { [G in Exclude<keyof Events, 'other'>]: `${G}.${keyof Events[G] & string}` }[Exclude<keyof Events, 'other'>];

function isKind(kind: string): kind is Kind {
  const [group, name, ...rest] = kind.split('.');
  const words = (WORDS.en.event as Record<string, unknown>)[group];
  return rest.length === 0 && typeof words === 'object' && words !== null && typeof (words as Record<string, unknown>)[name] === 'string';
}

/** What happened, by the notice's kind ('intel.released'), in words; a kind this file does not know is "a new notification". */
export function eventText(kind: string): Text {
  return isKind(kind) ? say(`event.${kind}`) : say('event.other');
}

export interface EmailWords {
  subject: string;
  text: string;
}

/** The subject and text of a notification e-mail, rendered once per language however many recipients read it. */
export function notificationEmail(m: { kind: string; reference?: string; link?: string | null }): (lang: Lang) => EmailWords {
  const event = eventText(m.kind);
  const { reference, link } = m;
  const subject = reference ? say('subjectWithReference', { event, reference }) : say('subject', { event });
  const text = reference
    ? link
      ? say('bodyWithReferenceAndLink', { event, reference, link })
      : say('bodyWithReference', { event, reference })
    : link
      ? say('bodyWithLink', { event, link })
      : say('body', { event });
  const byLanguage = new Map<Lang, EmailWords>();
  return (lang) => {
    let words = byLanguage.get(lang);
    if (!words) byLanguage.set(lang, (words = { subject: subject.render(lang), text: text.render(lang) }));
    return words;
  };
}
