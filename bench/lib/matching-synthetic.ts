// Seeded, labelled synthetic population for the cross-matching bench: people as reported by 45 states, with realistic noise.
import type { MatchRecord } from '../../src/server/modules/networks/matching/record';
import { seededRandom } from '../../src/server/seeded-random';

/** A name part: its spelling in the region's script (if any) and the Latin spellings states use for it. */
type Part = [script: string | null, ...latin: string[]];

interface Region {
  nationalities: string[];
  given: Part[];
  family: Part[];
  /** Given names per person (1..n), and whether the script writes the words of a name without spaces. */
  givenCount: [number, number];
  joinedScript?: boolean;
  familyFirst?: boolean;
}

const arabicGiven: Part[] = [
  ['محمد', 'Mohammed', 'Muhammad', 'Mohamad', 'Mohammad'],
  ['أحمد', 'Ahmed', 'Ahmad'],
  ['علي', 'Ali'],
  ['حسين', 'Hussein', 'Hussain', 'Husain'],
  ['حسن', 'Hassan', 'Hasan'],
  ['عبد الرحمن', 'Abdul Rahman', 'Abdurrahman', 'Abd al-Rahman'],
  ['عمر', 'Omar', 'Umar'],
  ['خالد', 'Khalid', 'Khaled'],
  ['يوسف', 'Yousef', 'Yusuf', 'Youssef'],
  ['إبراهيم', 'Ibrahim', 'Ebrahim'],
  ['مصطفى', 'Mustafa', 'Moustafa'],
  ['محمود', 'Mahmoud', 'Mahmud'],
  ['سعيد', 'Saeed', 'Said'],
  ['كريم', 'Karim', 'Kareem'],
  ['فاطمة', 'Fatima', 'Fatimah'],
  ['مريم', 'Maryam', 'Mariam'],
  ['زينب', 'Zainab', 'Zeinab'],
  ['عائشة', 'Aisha', 'Aysha'],
  ['طارق', 'Tariq', 'Tarek'],
  ['جمال', 'Jamal', 'Gamal'],
  ['نبيل', 'Nabil', 'Nabeel'],
  ['سليم', 'Salim', 'Saleem'],
];
const arabicFamily: Part[] = [
  ['حداد', 'Haddad'],
  ['ناصر', 'Nasser', 'Naser'],
  ['سليمان', 'Suleiman', 'Sulaiman'],
  ['الخطيب', 'Al-Khatib', 'Alkhatib', 'El Khatib'],
  ['العبيدي', 'Al-Obaidi', 'Al Ubaidi'],
  ['الجبوري', 'Al-Jubouri', 'Al Jaburi'],
  ['حمدان', 'Hamdan'],
  ['منصور', 'Mansour', 'Mansur'],
  ['شريف', 'Sharif', 'Shareef'],
  ['قاسم', 'Qasim', 'Kassem', 'Kasim'],
  ['عثمان', 'Othman', 'Uthman', 'Osman'],
  ['رشيد', 'Rashid', 'Rasheed'],
  ['الحسيني', 'Al-Husseini', 'Husseini'],
  ['زيدان', 'Zidan', 'Zeidan'],
  ['خليل', 'Khalil', 'Khaleel'],
  ['عيسى', 'Issa', 'Isa'],
];
const persianGiven: Part[] = [
  ['محمد', 'Mohammad', 'Mohamad', 'Muhammad'],
  ['رضا', 'Reza', 'Riza'],
  ['حسین', 'Hossein', 'Hosein', 'Husain'],
  ['علی', 'Ali'],
  ['مهدی', 'Mehdi', 'Mahdi'],
  ['امیر', 'Amir'],
  ['فاطمه', 'Fatemeh', 'Fatima'],
  ['زهرا', 'Zahra'],
  ['مریم', 'Maryam', 'Mariam'],
  ['غلام', 'Gholam', 'Ghulam'],
  ['جواد', 'Javad', 'Jawad'],
  ['سعید', 'Saeed', 'Saeid'],
  ['نرگس', 'Narges', 'Nargis'],
  ['احمد', 'Ahmad', 'Ahmed'],
  ['یوسف', 'Yousef', 'Yusuf'],
  ['شاه', 'Shah'],
  ['ناصر', 'Naser', 'Nasser'],
  ['کریم', 'Karim', 'Kareem'],
];
const persianFamily: Part[] = [
  ['رحیمی', 'Rahimi'],
  ['احمدی', 'Ahmadi'],
  ['حسینی', 'Hosseini', 'Husseini', 'Hussaini'],
  ['کریمی', 'Karimi'],
  ['نوری', 'Noori', 'Nouri', 'Nuri'],
  ['امیری', 'Amiri'],
  ['جعفری', 'Jafari', 'Jaafari'],
  ['محمدی', 'Mohammadi', 'Muhammadi'],
  ['رضایی', 'Rezaei', 'Rezaee'],
  ['صادقی', 'Sadeghi', 'Sadeqi'],
  ['احمدزی', 'Ahmadzai'],
  ['یوسفی', 'Yousefi', 'Yusufi'],
  ['هاشمی', 'Hashemi', 'Hashimi'],
  ['قربانی', 'Ghorbani', 'Qurbani'],
  ['نظری', 'Nazari'],
  ['عزیزی', 'Azizi'],
  ['سلطانی', 'Soltani', 'Sultani'],
  ['کاظمی', 'Kazemi', 'Kazimi'],
];
const urduGiven: Part[] = [
  ['محمد', 'Muhammad', 'Mohammad', 'Muhammed'],
  ['عمران', 'Imran'],
  ['عائشہ', 'Ayesha', 'Aisha'],
  ['علی', 'Ali'],
  ['رضوان', 'Rizwan'],
  ['نواز', 'Nawaz'],
  ['اقبال', 'Iqbal', 'Ikbal'],
  ['فیصل', 'Faisal', 'Faysal'],
  ['سلمان', 'Salman'],
  ['عثمان', 'Usman', 'Osman'],
  ['بلال', 'Bilal'],
  ['زبیر', 'Zubair', 'Zubayr'],
  ['شاہد', 'Shahid', 'Shahed'],
  ['کامران', 'Kamran'],
  ['ثنا', 'Sana'],
  ['حمزہ', 'Hamza', 'Hamzah'],
];
const urduFamily: Part[] = [
  ['خان', 'Khan'],
  ['بٹ', 'Butt', 'Bhatt'],
  ['چوہدری', 'Chaudhry', 'Chaudhary', 'Choudhury'],
  ['شاہ', 'Shah'],
  ['ملک', 'Malik'],
  ['قریشی', 'Qureshi', 'Kureshi'],
  ['اعوان', 'Awan'],
  ['رانا', 'Rana'],
  ['مرزا', 'Mirza'],
  ['شیخ', 'Sheikh', 'Shaikh'],
  ['ہاشمی', 'Hashmi', 'Hashemi'],
  ['جٹ', 'Jatt', 'Jat'],
  ['گل', 'Gul'],
  ['آفریدی', 'Afridi'],
  ['یوسفزئی', 'Yousafzai', 'Yusufzai'],
];
const tamilGiven: Part[] = [
  ['முருகன்', 'Murugan'],
  ['குமார்', 'Kumar'],
  ['ராஜா', 'Raja', 'Rajah'],
  ['செல்வம்', 'Selvam', 'Chelvam'],
  ['கிருஷ்ணன்', 'Krishnan', 'Kirushnan'],
  ['சிவா', 'Siva', 'Shiva'],
  ['லட்சுமி', 'Lakshmi', 'Latchumi'],
  ['பிரபாகரன்', 'Prabhakaran', 'Pirapaharan'],
  ['கண்ணன்', 'Kannan'],
  ['தமிழ்ச்செல்வன்', 'Thamilselvan', 'Tamilselvan'],
  ['ரவி', 'Ravi'],
  ['விஜய்', 'Vijay'],
  ['சுரேஷ்', 'Suresh'],
  ['கீதா', 'Geetha', 'Gita'],
];
const tamilFamily: Part[] = [
  ['சுப்பிரமணியம்', 'Subramaniam', 'Subramanian', 'Subramaniyam'],
  ['பிள்ளை', 'Pillai'],
  ['நடராஜா', 'Nadarajah', 'Natarajah'],
  ['சிவகுமார்', 'Sivakumar', 'Shivakumar'],
  ['இராமலிங்கம்', 'Ramalingam'],
  ['கந்தசாமி', 'Kandasamy', 'Kanthasamy'],
  ['தங்கராஜா', 'Thangarajah', 'Thangaraja'],
  ['வேலுப்பிள்ளை', 'Velupillai'],
  ['பாலசுப்பிரமணியம்', 'Balasubramaniam'],
  ['ஆறுமுகம்', 'Arumugam'],
];
const sinhalaGiven: Part[] = [
  ['නිමල්', 'Nimal'],
  ['සුනිල්', 'Sunil'],
  ['කමල්', 'Kamal'],
  ['චමින්ද', 'Chaminda', 'Chaminda'],
  ['ප්‍රියන්ත', 'Priyantha', 'Priyanta'],
  ['රුවන්', 'Ruwan', 'Ruvan'],
  ['දිලිනි', 'Dilini'],
  ['සඳුන්', 'Sandun', 'Sandhun'],
  ['අජිත්', 'Ajith', 'Ajit'],
  ['මහේෂ්', 'Mahesh'],
];
const sinhalaFamily: Part[] = [
  ['පෙරේරා', 'Perera'],
  ['සිල්වා', 'Silva', 'de Silva'],
  ['ප්‍රනාන්දු', 'Fernando'],
  ['බණ්ඩාර', 'Bandara'],
  ['ජයසූරිය', 'Jayasuriya', 'Jayasooriya'],
  ['කුමාර', 'Kumara'],
  ['දිසානායක', 'Dissanayake', 'Disanayaka'],
  ['රණසිංහ', 'Ranasinghe'],
  ['වීරසිංහ', 'Weerasinghe', 'Virasinghe'],
  ['ගුණවර්ධන', 'Gunawardena', 'Gunawardana'],
  ['රාජපක්ෂ', 'Rajapaksa', 'Rajapakse'],
  ['විජේසේකර', 'Wijesekara', 'Wijesekera'],
];
const burmese: Part[] = [
  ['အောင်', 'Aung'],
  ['ကျော်', 'Kyaw', 'Kyaw'],
  ['မောင်', 'Maung'],
  ['ဝင်း', 'Win', 'Winn'],
  ['ထွန်း', 'Tun', 'Htun'],
  ['မြင့်', 'Myint'],
  ['စိုး', 'Soe'],
  ['ဇော်', 'Zaw'],
  ['နိုင်', 'Naing'],
  ['လှ', 'Hla'],
  ['မင်း', 'Min'],
  ['သူ', 'Thu'],
  ['ခိုင်', 'Khine', 'Khaing'],
  ['သန်း', 'Than'],
  ['ဦး', 'Oo', 'U'],
  ['ဆန်း', 'San', 'Hsan'],
  ['မြ', 'Mya'],
  ['ကို', 'Ko'],
  ['ဖြိုး', 'Phyo'],
  ['ညီ', 'Nyi', 'Nyein'],
];
const thaiGiven: Part[] = [
  ['สมชาย', 'Somchai', 'Somchay'],
  ['ชัยวัฒน์', 'Chaiwat', 'Chaiwut', 'Chaiwatt'],
  ['ประเสริฐ', 'Prasert', 'Prasoet'],
  ['สมศักดิ์', 'Somsak'],
  ['วิชัย', 'Wichai', 'Vichai'],
  ['สุนทร', 'Sunthorn', 'Soonthorn', 'Suntorn'],
  ['มานพ', 'Manop'],
  ['นิพนธ์', 'Nipon', 'Niphon'],
  ['อนันต์', 'Anan', 'Anant'],
  ['กมล', 'Kamon', 'Kamol'],
  ['สุดา', 'Suda'],
  ['มาลี', 'Malee', 'Mali'],
  ['ธนา', 'Thana'],
  ['พงศ์', 'Phong', 'Pong'],
];
const thaiFamily: Part[] = [
  ['สมบูรณ์', 'Somboon', 'Somboun', 'Sombun'],
  ['วงศ์สวัสดิ์', 'Wongsawat', 'Wongsawad'],
  ['ศรีสุข', 'Srisuk', 'Sisuk'],
  ['มณี', 'Manee', 'Mani'],
  ['แก้วมณี', 'Kaewmanee', 'Kaeomani'],
  ['บุญมา', 'Boonma', 'Bunma'],
  ['ทองดี', 'Thongdee', 'Thongdi'],
  ['ใจดี', 'Jaidee', 'Chaidi'],
  ['สุขสวัสดิ์', 'Suksawat', 'Sooksawat'],
  ['พรหมมา', 'Phromma', 'Promma'],
  ['จันทร์แก้ว', 'Chankaew', 'Chankaeo'],
  ['รัตนา', 'Rattana', 'Ratana'],
];
const chineseFamily: Part[] = [
  ['王', 'Wang', 'Wong'],
  ['李', 'Li', 'Lee'],
  ['张', 'Zhang', 'Chang', 'Cheung'],
  ['刘', 'Liu', 'Lau'],
  ['陈', 'Chen', 'Chan', 'Tan'],
  ['杨', 'Yang', 'Yeung'],
  ['黄', 'Huang', 'Wong', 'Ng'],
  ['赵', 'Zhao', 'Chiu'],
  ['吴', 'Wu', 'Goh'],
  ['周', 'Zhou', 'Chow'],
  ['林', 'Lin', 'Lim', 'Lam'],
];
const chineseGiven: Part[] = [
  ['伟', 'Wei', 'Wai'],
  ['芳', 'Fang', 'Fong'],
  ['小明', 'Xiaoming', 'Hsiao-ming', 'Siu Ming'],
  ['建华', 'Jianhua', 'Chien-hua'],
  ['丽', 'Li', 'Lai'],
  ['强', 'Qiang', 'Keung'],
  ['秀英', 'Xiuying', 'Hsiu-ying'],
  ['志明', 'Zhiming', 'Chi-ming'],
  ['海涛', 'Haitao'],
  ['晓东', 'Xiaodong', 'Hsiao-tung'],
  ['国庆', 'Guoqing', 'Kuo-ching'],
  ['美玲', 'Meiling', 'Mei-ling'],
  ['俊杰', 'Junjie', 'Chun-chieh'],
];
const vietnameseFamily: Part[] = [
  [null, 'Nguyễn', 'Nguyen'],
  [null, 'Trần', 'Tran'],
  [null, 'Lê', 'Le'],
  [null, 'Phạm', 'Pham'],
  [null, 'Hoàng', 'Hoang'],
  [null, 'Võ', 'Vo'],
  [null, 'Đặng', 'Dang'],
  [null, 'Bùi', 'Bui'],
  [null, 'Đỗ', 'Do'],
  [null, 'Huỳnh', 'Huynh'],
];
const vietnameseGiven: Part[] = [
  [null, 'Văn', 'Van'],
  [null, 'Thị', 'Thi'],
  [null, 'An'],
  [null, 'Minh'],
  [null, 'Hùng', 'Hung'],
  [null, 'Dũng', 'Dung'],
  [null, 'Tuấn', 'Tuan'],
  [null, 'Hương', 'Huong'],
  [null, 'Lan'],
  [null, 'Quang'],
  [null, 'Thành', 'Thanh'],
  [null, 'Đức', 'Duc'],
];
const malayGiven: Part[] = [
  [null, 'Ahmad', 'Achmad'],
  [null, 'Yusuf', 'Jusuf', 'Yoesoef'],
  [null, 'Budi'],
  [null, 'Siti'],
  [null, 'Nur', 'Noor'],
  [null, 'Agus'],
  [null, 'Dewi'],
  [null, 'Eko'],
  [null, 'Hendra'],
  [null, 'Rizki', 'Rizky'],
  [null, 'Faisal', 'Faizal'],
  [null, 'Suharto', 'Soeharto'],
];
const malayFamily: Part[] = [
  [null, 'Santoso', 'Santosa'],
  [null, 'Wijaya', 'Widjaja'],
  [null, 'Sukarno', 'Soekarno'],
  [null, 'Hidayat'],
  [null, 'Saputra', 'Syahputra'],
  [null, 'bin Ismail'],
  [null, 'bin Abdullah', 'bin Abdulla'],
  [null, 'Setiawan'],
  [null, 'Kurniawan'],
  [null, 'Pratama'],
  [null, 'Nasution'],
];
const nepaliGiven: Part[] = [
  ['राम', 'Ram'],
  ['बहादुर', 'Bahadur'],
  ['सीता', 'Sita', 'Seeta'],
  ['कृष्ण', 'Krishna'],
  ['प्रकाश', 'Prakash'],
  ['सुनिता', 'Sunita'],
];
const nepaliFamily: Part[] = [
  ['श्रेष्ठ', 'Shrestha', 'Srestha'],
  ['गुरुङ', 'Gurung'],
  ['तामाङ', 'Tamang'],
  ['थापा', 'Thapa'],
  ['राई', 'Rai'],
  ['मगर', 'Magar'],
];

const regions: Region[] = [
  { nationalities: ['IRQ', 'SYR', 'JOR', 'ARE'], given: arabicGiven, family: arabicFamily, givenCount: [1, 2] },
  { nationalities: ['IRN', 'AFG'], given: persianGiven, family: persianFamily, givenCount: [1, 2] },
  { nationalities: ['PAK'], given: urduGiven, family: urduFamily, givenCount: [1, 2] },
  { nationalities: ['LKA', 'IND'], given: tamilGiven, family: tamilFamily, givenCount: [1, 2] },
  { nationalities: ['LKA'], given: sinhalaGiven, family: sinhalaFamily, givenCount: [1, 2] },
  { nationalities: ['MMR'], given: burmese, family: burmese, givenCount: [1, 2], joinedScript: true },
  { nationalities: ['THA'], given: thaiGiven, family: thaiFamily, givenCount: [1, 1] },
  { nationalities: ['CHN', 'HKG', 'MAC', 'SGP', 'MYS'], given: chineseGiven, family: chineseFamily, givenCount: [1, 1], joinedScript: true, familyFirst: true },
  { nationalities: ['VNM'], given: vietnameseGiven, family: vietnameseFamily, givenCount: [2, 2], familyFirst: true },
  { nationalities: ['IDN', 'MYS', 'BRN'], given: malayGiven, family: malayFamily, givenCount: [1, 2] },
  { nationalities: ['BGD'], given: urduGiven, family: urduFamily.slice(0, 8), givenCount: [1, 2] },
  { nationalities: ['NPL'], given: nepaliGiven, family: nepaliFamily, givenCount: [1, 2] },
];

/** The 43 member states and 2 member territories (ISO3), as in data/members.csv. */
export const reportingStates = [
  'AFG',
  'AUS',
  'BGD',
  'BTN',
  'BRN',
  'KHM',
  'CHN',
  'PRK',
  'FJI',
  'FRA',
  'HKG',
  'IND',
  'IDN',
  'IRN',
  'IRQ',
  'JPN',
  'JOR',
  'KIR',
  'LAO',
  'MAC',
  'MYS',
  'MDV',
  'MNG',
  'MMR',
  'NRU',
  'NPL',
  'NZL',
  'PAK',
  'PLW',
  'PNG',
  'PHL',
  'KOR',
  'WSM',
  'SGP',
  'SLB',
  'LKA',
  'SYR',
  'THA',
  'TLS',
  'TON',
  'TUR',
  'ARE',
  'USA',
  'VUT',
  'VNM',
];

export { seededRandom };

export interface LabelledRecord {
  record: MatchRecord;
  /** Ground truth: records of one base identity share a cluster id. */
  cluster: number;
}

export interface NoiseRates {
  script: number;
  order: number;
  typo: number;
  dobMissing: number;
  dobSwap: number;
  dobYearOnly: number;
  documentDropped: number;
  documentRenewed: number;
  phoneDropped: number;
  nationalityMissing: number;
}

export const defaultNoise: NoiseRates = {
  script: 0.35,
  order: 0.2,
  typo: 0.1,
  dobMissing: 0.15,
  dobSwap: 0.05,
  dobYearOnly: 0.05,
  documentDropped: 0.5,
  documentRenewed: 0.03,
  phoneDropped: 0.6,
  nationalityMissing: 0.15,
};

interface Identity {
  region: Region;
  nationality: string;
  given: Part[];
  family: Part;
  dob: [number, number, number];
  passport: string | null;
  nationalId: string | null;
  phone: string | null;
}

/** Generates `count` labelled person records: identities with 1 to 6 records each (mean about 1.8). */
export function* syntheticPopulation(count: number, seed = 20240601, noise: NoiseRates = defaultNoise): Generator<LabelledRecord> {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const digits = (n: number) => Array.from({ length: n }, () => Math.floor(random() * 10)).join('');
  let produced = 0;
  for (let cluster = 0; produced < count; cluster++) {
    const region = pick(regions);
    const [gMin, gMax] = region.givenCount;
    const givenCount = gMin + Math.floor(random() * (gMax - gMin + 1));
    const identity: Identity = {
      region,
      nationality: pick(region.nationalities),
      given: Array.from({ length: givenCount }, () => pick(region.given)),
      family: pick(region.family),
      dob: [1955 + Math.floor(random() * 50), 1 + Math.floor(random() * 12), 1 + Math.floor(random() * 28)],
      passport: random() < 0.7 ? `${String.fromCharCode(65 + Math.floor(random() * 26))}${digits(7)}` : null,
      nationalId: random() < 0.4 ? digits(10) : null,
      phone: random() < 0.5 ? `${1 + Math.floor(random() * 9)}${digits(8)}` : null,
    };
    let copies = 1;
    while (copies < 6 && random() < 0.45) copies++;
    for (let c = 0; c < copies && produced < count; c++, produced++) {
      yield { cluster, record: reportedRecord(identity, `r${produced}`, random, pick, noise) };
    }
  }
}

function reportedRecord(person: Identity, id: string, random: () => number, pick: <T>(items: readonly T[]) => T, noise: NoiseRates): MatchRecord {
  const state = random() < 0.3 ? person.nationality : pick(reportingStates);
  const parts = person.region.familyFirst ? [person.family, ...person.given] : [...person.given, person.family];
  let name: string;
  if (parts.every((p) => p[0] !== null) && random() < noise.script) {
    name = parts.map((p) => p[0]).join(person.region.joinedScript ? '' : ' ');
  } else {
    const words = parts.map((p) => (random() < 0.5 ? p[1] : pick(p.slice(1))) as string);
    if (random() < noise.order) words.push(words.shift() as string);
    if (random() < noise.typo) {
      const w = Math.floor(random() * words.length);
      words[w] = typo(words[w] as string, random);
    }
    name = words.join(random() < 0.1 ? ', ' : ' ');
  }
  const [y, m, d] = person.dob;
  const pad = (n: number) => String(n).padStart(2, '0');
  const r = random();
  const dob =
    r < noise.dobMissing
      ? undefined
      : r < noise.dobMissing + noise.dobYearOnly
        ? String(y)
        : r < noise.dobMissing + noise.dobYearOnly + noise.dobSwap && d <= 12
          ? `${y}-${pad(d)}-${pad(m)}`
          : `${y}-${pad(m)}-${pad(d)}`;
  const documents: MatchRecord['documents'] = [];
  if (person.passport && random() >= noise.documentDropped) {
    const renewed = random() < noise.documentRenewed;
    const number = renewed ? `${person.passport[0]}${person.passport.slice(1).split('').reverse().join('')}` : person.passport;
    documents.push({ type: 'passport', number: random() < 0.3 ? `${number.slice(0, 3)} ${number.slice(3)}` : number, country: person.nationality });
  }
  if (person.nationalId && random() >= noise.documentDropped) documents.push({ type: 'national-id', number: person.nationalId, country: person.nationality });
  const phones: string[] = [];
  if (person.phone && random() >= noise.phoneDropped) {
    phones.push(random() < 0.5 ? `0${person.phone}` : `+${callingCode(person.nationality)} ${person.phone}`);
  }
  const nationality = random() < noise.nationalityMissing ? undefined : person.nationality;
  return { id, type: 'person', state, names: [name], dob, nationality, documents, phones };
}

const codes: Record<string, string> = {
  IRQ: '964',
  SYR: '963',
  JOR: '962',
  ARE: '971',
  IRN: '98',
  AFG: '93',
  PAK: '92',
  LKA: '94',
  IND: '91',
  MMR: '95',
  THA: '66',
  CHN: '86',
  HKG: '852',
  MAC: '853',
  SGP: '65',
  MYS: '60',
  VNM: '84',
  IDN: '62',
  BRN: '673',
  BGD: '880',
  NPL: '977',
};
function callingCode(iso3: string): string {
  return codes[iso3] ?? '1';
}

/** One keyboard slip: a dropped, doubled, swapped or replaced letter. */
function typo(word: string, random: () => number): string {
  if (word.length < 4) return word;
  const at = 1 + Math.floor(random() * (word.length - 2));
  const kind = Math.floor(random() * 4);
  if (kind === 0) return word.slice(0, at) + word.slice(at + 1);
  if (kind === 1) return word.slice(0, at) + word[at] + word.slice(at);
  if (kind === 2) return word.slice(0, at - 1) + word[at] + word[at - 1] + word.slice(at + 1);
  return word.slice(0, at) + 'aeiourstnl'[Math.floor(random() * 10)] + word.slice(at + 1);
}
