// Validation errors in plain words and in the reader's language. A schema's own message is one of `check` below
// (`.regex(re, check.stateCode)`), so that it has its Indonesian and Thai; anything else a schema refuses gets a
// plain sentence from the kind of problem (too short, not a number, not one of the choices...).
import { catalogue } from './catalogue.js';
import type { Lang } from './languages.js';
import { interpolate, type Params, renderFrom, type Text } from './text.js';

const CHECKS = catalogue({
  en: {
    stateCode: 'Enter a three-letter state code (ISO 3166-1 alpha-3, e.g. IDN).',
    memberCode: 'Enter a member code (e.g. IDN, or IOM for an organisation).',
    memberCodes: 'Enter two or more member codes separated by commas.',
    notStateCodes: 'These are not three-letter state codes: {{codes}}.',
    countryCode: 'Enter a country code (e.g. ID or IDN).',
    currencyCode: 'Enter a three-letter currency code (ISO 4217, e.g. USD).',
    languageCode: 'Enter a language code (e.g. en, id, th).',
    groupCode: 'Use lower-case letters, digits and dashes only.',
    shortId: 'Use lower-case letters, digits, _ or - only (at most 40).',
    standardId: 'Enter a standard code such as PS-2.',
    routeCodes: 'Enter a route of state codes such as LKA>MYS>IDN.',
    jobName: 'A job name reads module.duty.',
    id: 'This is not a valid identifier.',
    date: 'Enter a date as YYYY-MM-DD.',
    realDate: 'This date does not exist.',
    partialDate: 'Enter a year, a month or a date (YYYY, YYYY-MM or YYYY-MM-DD).',
    treatyDate: 'Enter the date (YYYY-MM-DD), or only the month (YYYY-MM) or the year (YYYY) when that is all that is known.',
    month: 'Enter a month as YYYY-MM.',
    quarter: 'Enter a quarter as YYYY-Qn (e.g. 2026-Q1).',
    period: 'Enter a month (YYYY-MM) or a quarter (YYYY-Qn).',
    wholeNumber: 'Enter a whole number.',
    notNegative: 'Cannot be negative.',
    atLeastOne: 'Must be at least 1.',
    implausiblyLarge: 'This number is implausibly large.',
    sixDigits: 'Enter the 6 digits of the code.',
    hexDigest: 'Must be 64 hexadecimal characters (an HMAC-SHA256 value).',
    fileName: 'Give a file name without folders.',
    writeQuestion: 'Write the question.',
    sectionTitle: 'Give the section a title.',
    sectionQuestions: 'A section needs at least one question.',
    surveyTitle: 'Give the survey a title.',
    surveySections: 'A survey needs at least one section.',
    instrumentName: 'Name the instrument.',
    whatToChange: 'Say what the state should change.',
    whyRight: 'Say why the value is right.',
    whatNeeded: 'Say what is needed.',
    whatOffered: 'Say what is offered.',
    whatHappened: 'Say what happened.',
    kindOfHelp: 'Choose at least one kind of help.',
    source: 'Name the source (a web address or a document).',
    returnReason: 'Give the reason it is returned.',
    fileContent: 'Paste or choose the file.',
    oneManifest: 'Give the documents one way only: a list, MRZ lines, pasted text or a file.',
  },
  id: {
    stateCode: 'Masukkan kode negara tiga huruf (ISO 3166-1 alpha-3, mis. IDN).',
    memberCode: 'Masukkan kode anggota (mis. IDN, atau IOM untuk organisasi).',
    memberCodes: 'Masukkan dua kode anggota atau lebih, dipisahkan koma.',
    notStateCodes: 'Ini bukan kode negara tiga huruf: {{codes}}.',
    countryCode: 'Masukkan kode negara (mis. ID atau IDN).',
    currencyCode: 'Masukkan kode mata uang tiga huruf (ISO 4217, mis. USD).',
    languageCode: 'Masukkan kode bahasa (mis. en, id, th).',
    groupCode: 'Gunakan hanya huruf kecil, angka, dan tanda hubung.',
    shortId: 'Gunakan hanya huruf kecil, angka, _ atau - (paling banyak 40).',
    standardId: 'Masukkan kode standar seperti PS-2.',
    routeCodes: 'Masukkan rute berupa kode negara seperti LKA>MYS>IDN.',
    jobName: 'Nama tugas ditulis modul.tugas.',
    id: 'Ini bukan pengenal yang sah.',
    date: 'Masukkan tanggal dengan format YYYY-MM-DD.',
    realDate: 'Tanggal ini tidak ada.',
    partialDate: 'Masukkan tahun, bulan, atau tanggal (YYYY, YYYY-MM, atau YYYY-MM-DD).',
    treatyDate: 'Masukkan tanggal (YYYY-MM-DD), atau hanya bulan (YYYY-MM) atau tahun (YYYY) bila hanya itu yang diketahui.',
    month: 'Masukkan bulan dengan format YYYY-MM.',
    quarter: 'Masukkan triwulan dengan format YYYY-Qn (mis. 2026-Q1).',
    period: 'Masukkan bulan (YYYY-MM) atau triwulan (YYYY-Qn).',
    wholeNumber: 'Masukkan bilangan bulat.',
    notNegative: 'Tidak boleh negatif.',
    atLeastOne: 'Paling sedikit 1.',
    implausiblyLarge: 'Angka ini terlalu besar untuk masuk akal.',
    sixDigits: 'Masukkan 6 digit kode.',
    hexDigest: 'Harus 64 karakter heksadesimal (nilai HMAC-SHA256).',
    fileName: 'Berikan nama berkas tanpa folder.',
    writeQuestion: 'Tulis pertanyaannya.',
    sectionTitle: 'Beri judul bagian ini.',
    sectionQuestions: 'Setiap bagian memerlukan paling sedikit satu pertanyaan.',
    surveyTitle: 'Beri judul survei ini.',
    surveySections: 'Survei memerlukan paling sedikit satu bagian.',
    instrumentName: 'Sebutkan nama instrumen hukumnya.',
    whatToChange: 'Jelaskan apa yang perlu diubah oleh negara tersebut.',
    whyRight: 'Jelaskan mengapa nilai ini benar.',
    whatNeeded: 'Jelaskan apa yang dibutuhkan.',
    whatOffered: 'Jelaskan apa yang ditawarkan.',
    whatHappened: 'Jelaskan apa yang terjadi.',
    kindOfHelp: 'Pilih paling sedikit satu jenis bantuan.',
    source: 'Sebutkan sumbernya (alamat web atau dokumen).',
    returnReason: 'Berikan alasan pengembaliannya.',
    fileContent: 'Tempel atau pilih berkasnya.',
    oneManifest: 'Berikan dokumen dengan satu cara saja: daftar, baris MRZ, teks yang ditempel, atau berkas.',
  },
  th: {
    stateCode: 'กรอกรหัสประเทศสามตัวอักษร (ISO 3166-1 alpha-3 เช่น IDN)',
    memberCode: 'กรอกรหัสสมาชิก (เช่น IDN หรือ IOM สำหรับองค์กร)',
    memberCodes: 'กรอกรหัสสมาชิกตั้งแต่สองรหัสขึ้นไป คั่นด้วยจุลภาค',
    notStateCodes: 'รหัสต่อไปนี้ไม่ใช่รหัสประเทศสามตัวอักษร: {{codes}}',
    countryCode: 'กรอกรหัสประเทศ (เช่น ID หรือ IDN)',
    currencyCode: 'กรอกรหัสสกุลเงินสามตัวอักษร (ISO 4217 เช่น USD)',
    languageCode: 'กรอกรหัสภาษา (เช่น en, id, th)',
    groupCode: 'ใช้ได้เฉพาะตัวพิมพ์เล็ก ตัวเลข และขีดกลาง',
    shortId: 'ใช้ได้เฉพาะตัวพิมพ์เล็ก ตัวเลข _ หรือ - (ไม่เกิน 40 ตัว)',
    standardId: 'กรอกรหัสมาตรฐาน เช่น PS-2',
    routeCodes: 'กรอกเส้นทางเป็นรหัสประเทศ เช่น LKA>MYS>IDN',
    jobName: 'ชื่องานเขียนในรูป module.duty',
    id: 'ตัวระบุนี้ไม่ถูกต้อง',
    date: 'กรอกวันที่ในรูป YYYY-MM-DD',
    realDate: 'ไม่มีวันที่นี้อยู่จริง',
    partialDate: 'กรอกปี เดือน หรือวันที่ (YYYY, YYYY-MM หรือ YYYY-MM-DD)',
    treatyDate: 'กรอกวันที่ (YYYY-MM-DD) หรือเฉพาะเดือน (YYYY-MM) หรือปี (YYYY) หากทราบเพียงเท่านั้น',
    month: 'กรอกเดือนในรูป YYYY-MM',
    quarter: 'กรอกไตรมาสในรูป YYYY-Qn (เช่น 2026-Q1)',
    period: 'กรอกเดือน (YYYY-MM) หรือไตรมาส (YYYY-Qn)',
    wholeNumber: 'กรอกจำนวนเต็ม',
    notNegative: 'ต้องไม่ติดลบ',
    atLeastOne: 'ต้องมีค่าอย่างน้อย 1',
    implausiblyLarge: 'ตัวเลขนี้มากเกินกว่าจะเป็นไปได้',
    sixDigits: 'กรอกรหัส 6 หลัก',
    hexDigest: 'ต้องเป็นอักขระเลขฐานสิบหก 64 ตัว (ค่า HMAC-SHA256)',
    fileName: 'ระบุชื่อไฟล์โดยไม่มีโฟลเดอร์',
    writeQuestion: 'เขียนคำถาม',
    sectionTitle: 'ตั้งชื่อส่วนนี้',
    sectionQuestions: 'แต่ละส่วนต้องมีคำถามอย่างน้อยหนึ่งข้อ',
    surveyTitle: 'ตั้งชื่อแบบสำรวจ',
    surveySections: 'แบบสำรวจต้องมีอย่างน้อยหนึ่งส่วน',
    instrumentName: 'ระบุชื่อกฎหมาย',
    whatToChange: 'ระบุสิ่งที่รัฐนั้นควรแก้ไข',
    whyRight: 'ระบุเหตุผลที่ค่านี้ถูกต้อง',
    whatNeeded: 'ระบุสิ่งที่ต้องการ',
    whatOffered: 'ระบุสิ่งที่เสนอให้',
    whatHappened: 'ระบุสิ่งที่เกิดขึ้น',
    kindOfHelp: 'เลือกประเภทความช่วยเหลืออย่างน้อยหนึ่งประเภท',
    source: 'ระบุแหล่งที่มา (ที่อยู่เว็บหรือเอกสาร)',
    returnReason: 'ระบุเหตุผลที่ส่งคืน',
    fileContent: 'วางหรือเลือกไฟล์',
    oneManifest: 'ระบุเอกสารด้วยวิธีเดียวเท่านั้น: รายการ บรรทัด MRZ ข้อความที่วาง หรือไฟล์',
  },
});

/** The English messages schemas give (`.regex(re, check.stateCode)`); the error mapping finds their translation. */
export const check = CHECKS.en;
const checkKeyOf = new Map(Object.entries(check).map(([key, text]) => [text as string, key as keyof typeof check]));

const PROBLEMS = catalogue({
  en: {
    required: 'This is required.',
    chooseAtLeast_one: 'Choose at least one.',
    chooseAtLeast_other: 'Choose at least {{count}}.',
    chooseAtMost_one: 'Choose at most one.',
    chooseAtMost_other: 'Choose at most {{count}}.',
    writeAtLeast_one: 'Write at least one character.',
    writeAtLeast_other: 'Write at least {{count}} characters.',
    writeAtMost_one: 'Write at most one character.',
    writeAtMost_other: 'Write at most {{count}} characters.',
    atLeast: 'Must be at least {{min}}.',
    above: 'Must be more than {{min}}.',
    atMost: 'Must be at most {{max}}.',
    below: 'Must be less than {{max}}.',
    notNegative: 'Cannot be negative.',
    number: 'Enter a number.',
    wholeNumber: 'Enter a whole number.',
    text: 'Enter text.',
    yesNo: 'Choose yes or no.',
    list: 'Give a list.',
    date: 'Enter a date.',
    object: 'This value has the wrong shape.',
    choice: 'Choose one of the options.',
    email: 'Enter an e-mail address.',
    url: 'Enter a web address (https://…).',
    id: 'This is not a valid identifier.',
    isoDate: 'Enter a date as YYYY-MM-DD.',
    isoDateTime: 'Enter a date and time.',
    format: 'This is not in the expected form.',
    unknownFields: 'Unknown field: {{keys}}.',
    invalid: 'This value is not valid.',
  },
  id: {
    required: 'Wajib diisi.',
    chooseAtLeast_other: 'Pilih paling sedikit {{count}}.',
    chooseAtMost_other: 'Pilih paling banyak {{count}}.',
    writeAtLeast_other: 'Tulis paling sedikit {{count}} karakter.',
    writeAtMost_other: 'Tulis paling banyak {{count}} karakter.',
    atLeast: 'Paling sedikit {{min}}.',
    above: 'Harus lebih dari {{min}}.',
    atMost: 'Paling banyak {{max}}.',
    below: 'Harus kurang dari {{max}}.',
    notNegative: 'Tidak boleh negatif.',
    number: 'Masukkan angka.',
    wholeNumber: 'Masukkan bilangan bulat.',
    text: 'Masukkan teks.',
    yesNo: 'Pilih ya atau tidak.',
    list: 'Berikan daftar.',
    date: 'Masukkan tanggal.',
    object: 'Bentuk nilai ini tidak sesuai.',
    choice: 'Pilih salah satu pilihan.',
    email: 'Masukkan alamat surel.',
    url: 'Masukkan alamat web (https://…).',
    id: 'Ini bukan pengenal yang sah.',
    isoDate: 'Masukkan tanggal dengan format YYYY-MM-DD.',
    isoDateTime: 'Masukkan tanggal dan waktu.',
    format: 'Bentuknya tidak sesuai dengan yang diharapkan.',
    unknownFields: 'Kolom tidak dikenal: {{keys}}.',
    invalid: 'Nilai ini tidak sah.',
  },
  th: {
    required: 'ต้องกรอกข้อมูลนี้',
    chooseAtLeast_other: 'เลือกอย่างน้อย {{count}} รายการ',
    chooseAtMost_other: 'เลือกได้ไม่เกิน {{count}} รายการ',
    writeAtLeast_other: 'เขียนอย่างน้อย {{count}} ตัวอักษร',
    writeAtMost_other: 'เขียนได้ไม่เกิน {{count}} ตัวอักษร',
    atLeast: 'ต้องมีค่าอย่างน้อย {{min}}',
    above: 'ต้องมากกว่า {{min}}',
    atMost: 'ต้องมีค่าไม่เกิน {{max}}',
    below: 'ต้องน้อยกว่า {{max}}',
    notNegative: 'ต้องไม่ติดลบ',
    number: 'กรอกตัวเลข',
    wholeNumber: 'กรอกจำนวนเต็ม',
    text: 'กรอกข้อความ',
    yesNo: 'เลือกใช่หรือไม่ใช่',
    list: 'ระบุเป็นรายการ',
    date: 'กรอกวันที่',
    object: 'รูปแบบของค่านี้ไม่ถูกต้อง',
    choice: 'เลือกหนึ่งตัวเลือก',
    email: 'กรอกที่อยู่อีเมล',
    url: 'กรอกที่อยู่เว็บ (https://…)',
    id: 'ตัวระบุนี้ไม่ถูกต้อง',
    isoDate: 'กรอกวันที่ในรูป YYYY-MM-DD',
    isoDateTime: 'กรอกวันที่และเวลา',
    format: 'รูปแบบไม่ตรงตามที่กำหนด',
    unknownFields: 'ไม่รู้จักช่องข้อมูล: {{keys}}',
    invalid: 'ค่านี้ไม่ถูกต้อง',
  },
});

type Problem = keyof typeof PROBLEMS.en extends infer K ? (K extends `${infer B}_${'one' | 'other'}` ? B : K) : never;

function problem(lang: Lang, key: Problem, params: Params = {}): string {
  return renderFrom(PROBLEMS, key, params, lang);
}

/** One validation issue as fastify-type-provider-zod hands it over: the zod issue's code, message and the rest. */
export interface ValidationIssue {
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
}

/** The issue in plain words, in `lang`. */
export function validationMessage(issue: ValidationIssue, lang: Lang): string {
  const own = issue.message ? checkKeyOf.get(issue.message) : undefined;
  if (own) return interpolate((CHECKS[lang] as Record<string, string>)[own], (issue.params.params as Params | undefined) ?? {}, lang);
  const p = issue.params;
  const n = (v: unknown) => (typeof v === 'bigint' ? Number(v) : (v as number));
  switch (issue.keyword) {
    case 'invalid_type': {
      if (p.input === undefined && /received undefined/.test(issue.message ?? '')) return problem(lang, 'required');
      const expected = String(p.expected);
      if (expected === 'number' || expected === 'bigint') return problem(lang, 'number');
      if (expected === 'int') return problem(lang, 'wholeNumber');
      if (expected === 'string') return problem(lang, 'text');
      if (expected === 'boolean') return problem(lang, 'yesNo');
      if (expected === 'array') return problem(lang, 'list');
      if (expected === 'date') return problem(lang, 'date');
      return problem(lang, 'object');
    }
    case 'too_small': {
      const min = n(p.minimum);
      if (p.origin === 'array' || p.origin === 'set') return problem(lang, 'chooseAtLeast', { count: min });
      if (p.origin === 'string') return min <= 1 ? problem(lang, 'required') : problem(lang, 'writeAtLeast', { count: min });
      if (min === 0) return problem(lang, 'notNegative');
      return problem(lang, p.inclusive === false ? 'above' : 'atLeast', { min });
    }
    case 'too_big': {
      const max = n(p.maximum);
      if (p.origin === 'array' || p.origin === 'set') return problem(lang, 'chooseAtMost', { count: max });
      if (p.origin === 'string') return problem(lang, 'writeAtMost', { count: max });
      return problem(lang, p.inclusive === false ? 'below' : 'atMost', { max });
    }
    case 'invalid_value':
    case 'invalid_union':
      return problem(lang, 'choice');
    case 'invalid_format': {
      const format = String(p.format);
      if (format === 'email') return problem(lang, 'email');
      if (format === 'url') return problem(lang, 'url');
      if (format === 'uuid' || format === 'guid' || format === 'cuid') return problem(lang, 'id');
      if (format === 'date') return problem(lang, 'isoDate');
      if (format === 'datetime') return problem(lang, 'isoDateTime');
      return problem(lang, 'format');
    }
    case 'not_multiple_of':
      return problem(lang, 'wholeNumber');
    case 'unrecognized_keys':
      return problem(lang, 'unknownFields', { keys: ((p.keys as string[]) ?? []).join(', ') });
    default:
      return problem(lang, 'invalid');
  }
}

/**
 * A zod issue met outside a request's own schema (a line of an uploaded file checked against the record shape) as a
 * Text, so that it reaches the reader in their language like a refusal of the request itself.
 */
export function issueText(issue: { code: string; message?: string; path?: PropertyKey[] }): Text {
  const { code, message, path: _path, ...params } = issue as { code: string; message?: string; path?: PropertyKey[] } & Record<string, unknown>;
  return { key: `validation.${code}`, params: {}, render: (lang) => validationMessage({ keyword: code, message, params }, lang) };
}
