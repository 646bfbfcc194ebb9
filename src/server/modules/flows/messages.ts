// What the flows module writes for a person: the quarter's briefing sentences and what reciprocity lets them see.
import { catalogue } from '../../i18n/catalogue.js';
import type { Lang } from '../../i18n/languages.js';
import { stateName } from '../../i18n/states.js';
import { localeOf, messages, type Text } from '../../i18n/text.js';
import type { MEANS } from './schemas.js';

export const say = messages(
  'flows',
  catalogue({
    en: {
      quarter: 'Q{{n}} {{year}}',
      summary: {
        nothingToPublish_one: 'For {{quarter}}, {{count}} state submitted returns; no regional figure is large enough to publish.',
        nothingToPublish_other: 'For {{quarter}}, {{count}} states submitted returns; no regional figure is large enough to publish.',
        reported_one:
          'In {{quarter}}, {{count}} state submitted returns, reporting {{incidents}} smuggling incidents involving {{migrants}} smuggled migrants{{trend}}.',
        reported_other:
          'In {{quarter}}, {{count}} states submitted returns, reporting {{incidents}} smuggling incidents involving {{migrants}} smuggled migrants{{trend}}.',
        up: ', up {{percent}}% on the quarter before',
        down: ', down {{percent}}% on the quarter before',
        busiest: 'The busiest route was {{route}} ({{incidents}} incidents, {{migrants}} migrants).',
        busiestWithFee: 'The busiest route was {{route}} ({{incidents}} incidents, {{migrants}} migrants, mean fee {{fee}}).',
        byMeans: 'Of the incidents, {{shares}}.',
        meansShare: '{{percent}}% {{means}}',
        deaths_one: '{{count}} death was reported in the figures shown.',
        deaths_other: '{{count}} deaths were reported in the figures shown.',
        rising: 'The fastest-growing route was {{route}} (+{{change}} incidents on the quarter before).',
        leftOut: 'These figures leave out {{parts}} counting fewer than {{min}}, so that no individual can be singled out.',
        incidentsOf_one: 'the incidents of {{count}} route-month',
        incidentsOf_other: 'the incidents of {{count}} route-months',
        migrantsOf: 'the migrants of {{count}}',
        deathsOf: 'the deaths of {{count}}',
        injuriesOf: 'the injuries of {{count}}',
      },
      means: { sea: 'by sea', air: 'by air', land: 'by land' } satisfies Record<(typeof MEANS)[number], string>,
      reciprocity: {
        regionalOnly:
          "Regional aggregates only: figures under {{min}} are withheld and left out of every total. Other states' contributions are shared with reporting officers, analysts and focal points of states that contribute.",
        contributions:
          "{{state}} submitted its returns for every month of the range: other states' contributions are shown, except counts of persons under {{min}}, which are withheld and left out of every total.",
        partial:
          "Other states' contributions are shown only for the months {{state}} submitted its own returns; elsewhere, your own figures and the other states' together, when they reach {{min}}.",
        none: "{{state}} has not submitted its own returns for this range: you see your own figures and the other states' together, when they reach {{min}}. Submit your returns to see other states' contributions.",
      },
      refuse: {
        contributorsOnly: 'Only officers, analysts and focal points of a member state report flows.',
        submitters: 'The focal point or an officer submits the return; analysts add to the draft.',
        periodFuture: '{{period}} is in the future.',
        periodOpenDraft: '{{period}} has not ended yet: save a draft and submit when it has.',
        periodOpen: '{{period}} has not ended yet.',
        overlaps: '{{state}} already has a return for {{other}}, which overlaps {{period}}.',
        closed: '{{state}} already submitted its return for {{period}}; the period is closed.',
        unreadableFile: 'This is not a readable {{format}} file ({{reason}}).',
        notMonth: '“{{text}}” is not a month: use YYYY-MM.',
        notPeriod: '“{{text}}” is not a period: use YYYY-MM for a month or YYYY-Qn for a quarter.',
        toBeforeFrom: 'The end month must not be before the start month ({{from}}).',
        rangeTooLong: 'A range covers at most 20 years.',
        headerColumn: 'Line {{line}}: the header has no “{{column}}” column; download the template.',
        lineIssue: 'Line {{line}}: {{issue}}',
        nothingImported: '{{issue}} Nothing was imported.',
        moreNothingImported: '{{issue}} And {{more}} more problems; nothing was imported.',
      },
      outlier: {
        fee: 'fee (USD) on {{route}}',
        groupSize: 'group size on {{route}}',
        periodMigrants: 'smuggled migrants in the period',
        expectedFee: 'about {{amount}} (regional median of the two years before)',
        expectedGroupSize: 'at most {{n}} in one incident',
        expectedPeriodMigrants: 'about {{n}} (the state’s mean of the year before)',
      },
      issue: {
        casualties: 'Deaths ({{deaths}}) and injuries ({{injuries}}) add up to more than the group size ({{groupSize}}).',
        sameEnds: 'The destination must differ from the origin.',
        stopTwice: 'A route passes through each state once.',
        vesselBySea: 'A vessel type is given only for travel by sea.',
        totalMismatch: 'The declared total ({{declared}}) does not match the sum of the lines ({{found}}).',
        unknownCurrency: 'Unknown currency {{currency}}: the rates table has no rate for it (the RSO administrator adds rates).',
        noRate: 'No rate for {{currency}} in or before this period.',
        recordKind: 'The record must be crossing, incident or profile (got “{{got}}”).',
        noLines: 'The file has no lines to import.',
      },
    },
    id: {
      quarter: 'Triwulan {{n}} {{year}}',
      summary: {
        nothingToPublish_other: 'Untuk {{quarter}}, {{count}} negara menyampaikan laporan; tidak ada angka kawasan yang cukup besar untuk diterbitkan.',
        reported_other:
          'Pada {{quarter}}, {{count}} negara menyampaikan laporan, mencatat {{incidents}} kejadian penyelundupan yang melibatkan {{migrants}} migran yang diselundupkan{{trend}}.',
        up: ', naik {{percent}}% dibanding triwulan sebelumnya',
        down: ', turun {{percent}}% dibanding triwulan sebelumnya',
        busiest: 'Rute tersibuk adalah {{route}} ({{incidents}} kejadian, {{migrants}} migran).',
        busiestWithFee: 'Rute tersibuk adalah {{route}} ({{incidents}} kejadian, {{migrants}} migran, biaya rata-rata {{fee}}).',
        byMeans: 'Dari seluruh kejadian, {{shares}}.',
        meansShare: '{{percent}}% {{means}}',
        deaths_other: '{{count}} kematian dilaporkan dalam angka yang ditampilkan.',
        rising: 'Rute dengan pertumbuhan tercepat adalah {{route}} (+{{change}} kejadian dibanding triwulan sebelumnya).',
        leftOut: 'Angka ini tidak mencakup {{parts}} yang berjumlah kurang dari {{min}}, agar tidak ada orang yang dapat dikenali.',
        incidentsOf_other: 'kejadian dari {{count}} rute-bulan',
        migrantsOf: 'migran dari {{count}}',
        deathsOf: 'kematian dari {{count}}',
        injuriesOf: 'cedera dari {{count}}',
      },
      means: { sea: 'melalui laut', air: 'melalui udara', land: 'melalui darat' },
      reciprocity: {
        regionalOnly:
          'Hanya agregat kawasan: angka di bawah {{min}} tidak ditampilkan dan tidak dihitung dalam total mana pun. Kontribusi negara lain dibagikan kepada petugas pelapor, analis, dan titik fokus dari negara yang berkontribusi.',
        contributions:
          '{{state}} telah menyampaikan laporannya untuk setiap bulan dalam rentang ini: kontribusi negara lain ditampilkan, kecuali jumlah orang di bawah {{min}}, yang tidak ditampilkan dan tidak dihitung dalam total mana pun.',
        partial:
          'Kontribusi negara lain hanya ditampilkan untuk bulan-bulan ketika {{state}} menyampaikan laporannya sendiri; selebihnya, angka Anda sendiri digabung dengan angka negara lain, bila mencapai {{min}}.',
        none: '{{state}} belum menyampaikan laporannya sendiri untuk rentang ini: Anda melihat angka Anda sendiri digabung dengan angka negara lain, bila mencapai {{min}}. Sampaikan laporan Anda untuk melihat kontribusi negara lain.',
      },
      refuse: {
        contributorsOnly: 'Hanya petugas, analis, dan titik fokus negara anggota yang melaporkan arus migrasi.',
        submitters: 'Titik fokus atau petugas yang menyampaikan laporan; analis menambahkan data ke draf.',
        periodFuture: '{{period}} berada di masa depan.',
        periodOpenDraft: '{{period}} belum berakhir: simpan sebagai draf dan sampaikan setelah periode berakhir.',
        periodOpen: '{{period}} belum berakhir.',
        overlaps: '{{state}} sudah memiliki laporan untuk {{other}}, yang tumpang tindih dengan {{period}}.',
        closed: '{{state}} sudah menyampaikan laporannya untuk {{period}}; periode ini sudah ditutup.',
        unreadableFile: 'Ini bukan berkas {{format}} yang dapat dibaca ({{reason}}).',
        notMonth: '“{{text}}” bukan bulan: gunakan TTTT-BB.',
        notPeriod: '“{{text}}” bukan periode: gunakan TTTT-BB untuk bulan atau TTTT-Qn untuk triwulan.',
        toBeforeFrom: 'Bulan akhir tidak boleh sebelum bulan awal ({{from}}).',
        rangeTooLong: 'Rentang waktu paling lama 20 tahun.',
        headerColumn: 'Baris {{line}}: tajuk tidak memiliki kolom “{{column}}”; unduh templatnya.',
        lineIssue: 'Baris {{line}}: {{issue}}',
        nothingImported: '{{issue}} Tidak ada yang diimpor.',
        moreNothingImported: '{{issue}} Ada {{more}} masalah lain; tidak ada yang diimpor.',
      },
      outlier: {
        fee: 'biaya (USD) pada {{route}}',
        groupSize: 'besar kelompok pada {{route}}',
        periodMigrants: 'migran yang diselundupkan dalam periode ini',
        expectedFee: 'sekitar {{amount}} (median kawasan dua tahun sebelumnya)',
        expectedGroupSize: 'paling banyak {{n}} dalam satu insiden',
        expectedPeriodMigrants: 'sekitar {{n}} (rata-rata negara ini pada tahun sebelumnya)',
      },
      issue: {
        casualties: 'Jumlah korban meninggal ({{deaths}}) dan luka-luka ({{injuries}}) melebihi besar kelompok ({{groupSize}}).',
        sameEnds: 'Tujuan harus berbeda dari asal.',
        stopTwice: 'Suatu rute melewati setiap negara hanya sekali.',
        vesselBySea: 'Jenis kapal hanya diisi untuk perjalanan lewat laut.',
        totalMismatch: 'Total yang dinyatakan ({{declared}}) tidak sama dengan jumlah baris ({{found}}).',
        unknownCurrency: 'Mata uang {{currency}} tidak dikenal: tabel kurs tidak memiliki kursnya (administrator RSO yang menambahkan kurs).',
        noRate: 'Tidak ada kurs untuk {{currency}} pada atau sebelum periode ini.',
        recordKind: 'Jenis catatan harus crossing, incident, atau profile (tertulis “{{got}}”).',
        noLines: 'Berkas ini tidak memiliki baris untuk diimpor.',
      },
    },
    th: {
      quarter: 'ไตรมาส {{n}} ปี {{year}}',
      summary: {
        nothingToPublish_other: 'สำหรับ{{quarter}} มี {{count}} รัฐส่งรายงาน ไม่มีตัวเลขระดับภูมิภาคใดมากพอที่จะเผยแพร่ได้',
        reported_other: 'ใน{{quarter}} มี {{count}} รัฐส่งรายงาน ระบุเหตุการณ์ลักลอบขนผู้ย้ายถิ่น {{incidents}} ครั้ง เกี่ยวข้องกับผู้ย้ายถิ่นที่ถูกลักลอบขน {{migrants}} คน{{trend}}',
        up: ' เพิ่มขึ้นร้อยละ {{percent}} จากไตรมาสก่อน',
        down: ' ลดลงร้อยละ {{percent}} จากไตรมาสก่อน',
        busiest: 'เส้นทางที่มีการใช้มากที่สุดคือ {{route}} ({{incidents}} เหตุการณ์ ผู้ย้ายถิ่น {{migrants}} คน)',
        busiestWithFee: 'เส้นทางที่มีการใช้มากที่สุดคือ {{route}} ({{incidents}} เหตุการณ์ ผู้ย้ายถิ่น {{migrants}} คน ค่าดำเนินการเฉลี่ย {{fee}})',
        byMeans: 'ในบรรดาเหตุการณ์ทั้งหมด {{shares}}',
        meansShare: '{{means}} ร้อยละ {{percent}}',
        deaths_other: 'มีรายงานผู้เสียชีวิต {{count}} คนในตัวเลขที่แสดง',
        rising: 'เส้นทางที่เพิ่มขึ้นเร็วที่สุดคือ {{route}} (+{{change}} เหตุการณ์จากไตรมาสก่อน)',
        leftOut: 'ตัวเลขเหล่านี้ไม่รวม{{parts}} ที่มีจำนวนน้อยกว่า {{min}} เพื่อมิให้ระบุตัวบุคคลได้',
        incidentsOf_other: 'เหตุการณ์ของ {{count}} เส้นทาง-เดือน',
        migrantsOf: 'ผู้ย้ายถิ่นของ {{count}} รายการ',
        deathsOf: 'ผู้เสียชีวิตของ {{count}} รายการ',
        injuriesOf: 'ผู้บาดเจ็บของ {{count}} รายการ',
      },
      means: { sea: 'ทางทะเล', air: 'ทางอากาศ', land: 'ทางบก' },
      reciprocity: {
        regionalOnly:
          'เฉพาะตัวเลขรวมระดับภูมิภาค: ตัวเลขที่ต่ำกว่า {{min}} ไม่ถูกเปิดเผยและไม่นับรวมในยอดรวมใด ๆ ข้อมูลที่รัฐอื่นส่งมาจะแบ่งปันให้เจ้าหน้าที่ผู้รายงาน นักวิเคราะห์ และผู้ประสานงานหลักของรัฐที่ส่งข้อมูลเท่านั้น',
        contributions: '{{state}} ส่งรายงานครบทุกเดือนในช่วงนี้ จึงแสดงข้อมูลที่รัฐอื่นส่งมา ยกเว้นจำนวนบุคคลที่ต่ำกว่า {{min}} ซึ่งไม่ถูกเปิดเผยและไม่นับรวมในยอดรวมใด ๆ',
        partial: 'แสดงข้อมูลที่รัฐอื่นส่งมาเฉพาะเดือนที่ {{state}} ส่งรายงานของตนเอง เดือนอื่นแสดงตัวเลขของท่านรวมกับของรัฐอื่นเมื่อถึง {{min}}',
        none: '{{state}} ยังไม่ได้ส่งรายงานของตนเองสำหรับช่วงนี้ ท่านจะเห็นตัวเลขของท่านรวมกับของรัฐอื่นเมื่อถึง {{min}} ส่งรายงานของท่านเพื่อดูข้อมูลที่รัฐอื่นส่งมา',
      },
      refuse: {
        contributorsOnly: 'เฉพาะเจ้าหน้าที่ นักวิเคราะห์ และผู้ประสานงานหลักของรัฐสมาชิกเท่านั้นที่รายงานการเคลื่อนย้าย',
        submitters: 'ผู้ประสานงานหลักหรือเจ้าหน้าที่เป็นผู้ยื่นรายงาน นักวิเคราะห์เพิ่มข้อมูลในร่างได้',
        periodFuture: '{{period}} อยู่ในอนาคต',
        periodOpenDraft: '{{period}} ยังไม่สิ้นสุด โปรดบันทึกเป็นร่างและยื่นเมื่อสิ้นสุดแล้ว',
        periodOpen: '{{period}} ยังไม่สิ้นสุด',
        overlaps: '{{state}} มีรายงานสำหรับ {{other}} อยู่แล้ว ซึ่งซ้อนทับกับ {{period}}',
        closed: '{{state}} ยื่นรายงานสำหรับ {{period}} แล้ว ช่วงเวลานี้ปิดแล้ว',
        unreadableFile: 'ไฟล์นี้ไม่ใช่ไฟล์ {{format}} ที่อ่านได้ ({{reason}})',
        notMonth: '“{{text}}” ไม่ใช่เดือน โปรดใช้รูปแบบ YYYY-MM',
        notPeriod: '“{{text}}” ไม่ใช่ช่วงเวลา โปรดใช้ YYYY-MM สำหรับเดือน หรือ YYYY-Qn สำหรับไตรมาส',
        toBeforeFrom: 'เดือนสิ้นสุดต้องไม่อยู่ก่อนเดือนเริ่มต้น ({{from}})',
        rangeTooLong: 'ช่วงเวลาครอบคลุมได้ไม่เกิน 20 ปี',
        headerColumn: 'บรรทัดที่ {{line}}: ส่วนหัวไม่มีคอลัมน์ “{{column}}” โปรดดาวน์โหลดแม่แบบ',
        lineIssue: 'บรรทัดที่ {{line}}: {{issue}}',
        nothingImported: '{{issue}} ไม่มีการนำเข้าข้อมูลใด ๆ',
        moreNothingImported: '{{issue}} และยังมีปัญหาอีก {{more}} รายการ ไม่มีการนำเข้าข้อมูลใด ๆ',
      },
      outlier: {
        fee: 'ค่าบริการ (USD) บนเส้นทาง {{route}}',
        groupSize: 'ขนาดกลุ่มบนเส้นทาง {{route}}',
        periodMigrants: 'ผู้ย้ายถิ่นที่ถูกลักลอบขนในช่วงเวลานี้',
        expectedFee: 'ประมาณ {{amount}} (ค่ามัธยฐานระดับภูมิภาคของสองปีก่อนหน้า)',
        expectedGroupSize: 'ไม่เกิน {{n}} คนต่อเหตุการณ์',
        expectedPeriodMigrants: 'ประมาณ {{n}} (ค่าเฉลี่ยของรัฐนี้ในปีก่อนหน้า)',
      },
      issue: {
        casualties: 'ผู้เสียชีวิต ({{deaths}}) และผู้บาดเจ็บ ({{injuries}}) รวมกันมากกว่าขนาดกลุ่ม ({{groupSize}})',
        sameEnds: 'ปลายทางต้องต่างจากต้นทาง',
        stopTwice: 'เส้นทางหนึ่งผ่านแต่ละรัฐได้เพียงครั้งเดียว',
        vesselBySea: 'ระบุประเภทเรือได้เฉพาะการเดินทางทางทะเลเท่านั้น',
        totalMismatch: 'ยอดรวมที่แจ้ง ({{declared}}) ไม่ตรงกับผลรวมของรายการ ({{found}})',
        unknownCurrency: 'ไม่รู้จักสกุลเงิน {{currency}} ตารางอัตราแลกเปลี่ยนไม่มีอัตราของสกุลเงินนี้ (ผู้ดูแลระบบของ RSO เป็นผู้เพิ่มอัตรา)',
        noRate: 'ไม่มีอัตราแลกเปลี่ยนของ {{currency}} ในหรือก่อนช่วงเวลานี้',
        recordKind: 'ประเภทรายการต้องเป็น crossing, incident หรือ profile (ได้รับ “{{got}}”)',
        noLines: 'ไฟล์นี้ไม่มีรายการให้นำเข้า',
      },
    },
  }),
);

/** A quarter ("2023-Q4") as the reader says it: "Q4 2023", "Triwulan 4 2023", "ไตรมาส 4 ปี 2023". */
export function quarterName(quarter: string): Text {
  const [year, q] = quarter.split('-Q');
  return say('quarter', { n: q, year });
}

/** A route ("LKA>MYS>IDN>AUS") with each state by its name in the reader's language, joined by arrows. */
export function routeName(route: string): Text {
  const states = route.split('>').map(stateName);
  return { key: 'flows.route', params: { route }, render: (lang) => states.map((s) => s.render(lang)).join(' → ') };
}

/** An amount in US dollars as the reader writes money ("US$4,000", "US$4.000"). */
export function usd(amount: number): Text {
  return {
    key: 'flows.usd',
    params: { amount },
    render: (lang) => new Intl.NumberFormat(localeOf(lang), { style: 'currency', currency: 'USD', maximumFractionDigits: 0 }).format(amount),
  };
}

/** Items joined as the reader lists them ("a, b and c"; "a, b, dan c"; "a b และ c"). */
export function listOf(items: Text[]): Text {
  return {
    key: 'flows.list',
    params: {},
    render: (lang: Lang) => new Intl.ListFormat(localeOf(lang), { type: 'conjunction' }).format(items.map((i) => i.render(lang))),
  };
}

/** A return's period ("2024-03", "2023-Q4") as the reader says it: "March 2024", "Maret 2024", "Q4 2023". */
export function periodName(period: string): Text {
  if (period.includes('-Q')) return quarterName(period);
  const [year, month] = period.split('-').map(Number);
  if (!year || !month) return { key: 'flows.period', params: { period }, render: () => period };
  return {
    key: 'flows.period',
    params: { period },
    render: (lang) =>
      new Intl.DateTimeFormat(localeOf(lang), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, 1))),
  };
}
