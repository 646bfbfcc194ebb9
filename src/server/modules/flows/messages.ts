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
