// What the capacity module says to a person: why an offer fits a need, and why a request is refused.
import { catalogue } from '../../i18n/catalogue.js';
import { messages } from '../../i18n/text.js';

export const say = messages(
  'capacity',
  catalogue({
    en: {
      reason: {
        offersKind: 'offers {{kind}}',
        noTopic: 'the need names no standard',
        coversTopic: 'covers {{topic}}',
        anyTopic: 'the offer is not limited to a standard',
        missesTopic: 'does not cover {{topic}}',
        wholeRegion: 'available across the region',
        worksIn: 'works in {{subregion}}',
        notInRegion: 'not offered in {{subregion}}',
        notInThisRegion: 'not offered in this sub-region',
        noLanguage: 'no language stated',
        sharesLanguage: 'in {{languages}}',
        missesLanguage: 'not in {{languages}}',
        available: 'available when needed',
        notAvailable: 'not available when needed',
      },
      suggestion: {
        standardTitle: 'Legislation meeting standard {{standard}}',
        standardReason: 'assessed as {{status}} for {{standard}}',
        surveyTitle: 'Follow-up of “{{survey}}” on {{standard}}',
        surveyReason: 'answered “{{answer}}” to “{{question}}”',
      },
      refuse: {
        untilBeforeFrom: 'The end date cannot be before the start date.',
        notBeforeAgreement: 'Choose {{date}} or later: the assistance was agreed then.',
      },
    },
    id: {
      reason: {
        offersKind: 'menawarkan {{kind}}',
        noTopic: 'kebutuhan ini tidak menyebut standar',
        coversTopic: 'mencakup {{topic}}',
        anyTopic: 'tawaran tidak terbatas pada satu standar',
        missesTopic: 'tidak mencakup {{topic}}',
        wholeRegion: 'tersedia di seluruh kawasan',
        worksIn: 'bekerja di {{subregion}}',
        notInRegion: 'tidak ditawarkan di {{subregion}}',
        notInThisRegion: 'tidak ditawarkan di subkawasan ini',
        noLanguage: 'bahasa tidak disebutkan',
        sharesLanguage: 'dalam {{languages}}',
        missesLanguage: 'tidak dalam {{languages}}',
        available: 'tersedia saat dibutuhkan',
        notAvailable: 'tidak tersedia saat dibutuhkan',
      },
      suggestion: {
        standardTitle: 'Peraturan perundang-undangan yang memenuhi standar {{standard}}',
        standardReason: 'dinilai {{status}} untuk {{standard}}',
        surveyTitle: 'Tindak lanjut “{{survey}}” tentang {{standard}}',
        surveyReason: 'menjawab “{{answer}}” atas “{{question}}”',
      },
      refuse: {
        untilBeforeFrom: 'Tanggal akhir tidak boleh sebelum tanggal mulai.',
        notBeforeAgreement: 'Pilih {{date}} atau sesudahnya: bantuan disepakati pada tanggal itu.',
      },
    },
    th: {
      reason: {
        offersKind: 'เสนอ{{kind}}',
        noTopic: 'ความต้องการนี้ไม่ได้ระบุมาตรฐาน',
        coversTopic: 'ครอบคลุม {{topic}}',
        anyTopic: 'ข้อเสนอไม่ได้จำกัดเฉพาะมาตรฐานใด',
        missesTopic: 'ไม่ครอบคลุม {{topic}}',
        wholeRegion: 'ให้ความช่วยเหลือได้ทั่วทั้งภูมิภาค',
        worksIn: 'ดำเนินงานใน{{subregion}}',
        notInRegion: 'ไม่มีข้อเสนอใน{{subregion}}',
        notInThisRegion: 'ไม่มีข้อเสนอในอนุภูมิภาคนี้',
        noLanguage: 'ไม่ได้ระบุภาษา',
        sharesLanguage: 'เป็นภาษา{{languages}}',
        missesLanguage: 'ไม่มีภาษา{{languages}}',
        available: 'พร้อมให้ความช่วยเหลือในช่วงที่ต้องการ',
        notAvailable: 'ไม่พร้อมในช่วงที่ต้องการ',
      },
      suggestion: {
        standardTitle: 'กฎหมายที่เป็นไปตามมาตรฐาน {{standard}}',
        standardReason: 'ผลการประเมินคือ {{status}} สำหรับ {{standard}}',
        surveyTitle: 'การติดตามผล “{{survey}}” เรื่อง {{standard}}',
        surveyReason: 'ตอบว่า “{{answer}}” ในคำถาม “{{question}}”',
      },
      refuse: {
        untilBeforeFrom: 'วันที่สิ้นสุดต้องไม่อยู่ก่อนวันที่เริ่มต้น',
        notBeforeAgreement: 'เลือกวันที่ {{date}} หรือหลังจากนั้น เพราะตกลงความช่วยเหลือในวันนั้น',
      },
    },
  }),
);
