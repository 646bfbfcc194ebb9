// The co-chairing rules of seed 004 and what breaks them, in the reader's language (the page lists the rules; a refused
// roster says which rule and where).
import { catalogue } from '../../../i18n/catalogue.js';
import { messages } from '../../../i18n/text.js';

export const say = messages(
  'groups.coChairs',
  catalogue({
    en: {
      rule: {
        consecutive_years: 'A roster covers consecutive rotation years, each once.',
        two_co_chairs: 'The working group has exactly two co-chairs in each year.',
        co_chair_is_group_member: 'A co-chair must be a member state of the working group.',
        maximum_term: 'The maximum term of a co-chair is {{max}} consecutive years unless the working group members agreed otherwise.',
        one_rotates_annually: 'Exactly one of the two co-chairs rotates each year, to ensure continuity.',
        no_past_years: 'A roster cannot rewrite past years.',
      },
      breach: '{{rule}} {{detail}}',
      detail: {
        empty: 'The roster is empty.',
        notFollowing: '{{year}} does not follow {{previous}}.',
        past: '{{year}} is before {{current}}.',
        seats_one: '{{year}} has {{count}} co-chair.',
        seats_other: '{{year}} has {{count}} co-chairs.',
        distinct_one: '{{year}} has {{count}} distinct co-chair.',
        distinct_other: '{{year}} has {{count}} distinct co-chairs.',
        notMember: '{{state}} is not a member of the group.',
        neitherRotates: 'Neither co-chair rotates between {{previous}} and {{year}}.',
        bothRotate: 'Both co-chairs rotate at once between {{previous}} and {{year}}.',
        tooLong: '{{state}} would serve {{served}} consecutive years to {{year}}.',
        noLonger: 'The roster no longer keeps this rule: {{breach}}',
      },
    },
    id: {
      rule: {
        consecutive_years: 'Jadwal rotasi mencakup tahun rotasi yang berurutan, masing-masing satu kali.',
        two_co_chairs: 'Kelompok kerja memiliki tepat dua ketua bersama setiap tahun.',
        co_chair_is_group_member: 'Ketua bersama harus negara anggota kelompok kerja.',
        maximum_term: 'Masa jabatan ketua bersama paling lama {{max}} tahun berturut-turut, kecuali disepakati lain oleh anggota kelompok kerja.',
        one_rotates_annually: 'Tepat satu dari dua ketua bersama berganti setiap tahun, untuk menjaga kesinambungan.',
        no_past_years: 'Jadwal rotasi tidak dapat mengubah tahun yang sudah lewat.',
      },
      breach: '{{rule}} {{detail}}',
      detail: {
        empty: 'Jadwal rotasi kosong.',
        notFollowing: '{{year}} tidak menyusul {{previous}}.',
        past: '{{year}} sebelum {{current}}.',
        seats_other: '{{year}} memiliki {{count}} ketua bersama.',
        distinct_other: '{{year}} memiliki {{count}} ketua bersama yang berbeda.',
        notMember: '{{state}} bukan anggota kelompok.',
        neitherRotates: 'Tidak ada ketua bersama yang berganti antara {{previous}} dan {{year}}.',
        bothRotate: 'Kedua ketua bersama berganti sekaligus antara {{previous}} dan {{year}}.',
        tooLong: '{{state}} akan menjabat {{served}} tahun berturut-turut sampai {{year}}.',
        noLonger: 'Jadwal rotasi tidak lagi memenuhi aturan ini: {{breach}}',
      },
    },
    th: {
      rule: {
        consecutive_years: 'ตารางหมุนเวียนครอบคลุมปีที่ต่อเนื่องกัน ปีละหนึ่งครั้ง',
        two_co_chairs: 'คณะทำงานมีประธานร่วมสองคนพอดีในแต่ละปี',
        co_chair_is_group_member: 'ประธานร่วมต้องเป็นรัฐสมาชิกของคณะทำงาน',
        maximum_term: 'ประธานร่วมดำรงตำแหน่งได้ไม่เกิน {{max}} ปีติดต่อกัน เว้นแต่สมาชิกคณะทำงานตกลงเป็นอย่างอื่น',
        one_rotates_annually: 'ประธานร่วมหนึ่งในสองคนพอดีต้องหมุนเวียนทุกปี เพื่อความต่อเนื่อง',
        no_past_years: 'ตารางหมุนเวียนแก้ไขปีที่ผ่านมาแล้วไม่ได้',
      },
      breach: '{{rule}} {{detail}}',
      detail: {
        empty: 'ตารางหมุนเวียนว่างเปล่า',
        notFollowing: 'ปี {{year}} ไม่ได้ต่อจากปี {{previous}}',
        past: 'ปี {{year}} อยู่ก่อนปี {{current}}',
        seats_other: 'ปี {{year}} มีประธานร่วม {{count}} คน',
        distinct_other: 'ปี {{year}} มีประธานร่วมที่ไม่ซ้ำกัน {{count}} คน',
        notMember: '{{state}} ไม่ได้เป็นสมาชิกของคณะทำงาน',
        neitherRotates: 'ไม่มีประธานร่วมคนใดหมุนเวียนระหว่างปี {{previous}} ถึง {{year}}',
        bothRotate: 'ประธานร่วมทั้งสองคนหมุนเวียนพร้อมกันระหว่างปี {{previous}} ถึง {{year}}',
        tooLong: '{{state}} จะดำรงตำแหน่ง {{served}} ปีติดต่อกันถึงปี {{year}}',
        noLonger: 'ตารางหมุนเวียนไม่เป็นไปตามกฎนี้อีกต่อไป: {{breach}}',
      },
    },
  }),
);
