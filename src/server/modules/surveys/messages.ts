// What the surveys module says to a person when it refuses answers: coded sentences the reader's language renders.
import { catalogue } from '../../i18n/catalogue.js';
import { messages } from '../../i18n/text.js';

export const say = messages(
  'surveys',
  catalogue({
    en: {
      answerFirst: 'Answer this question before submitting.',
      leftEmpty_one: 'One required question is not answered yet.',
      leftEmpty_other: '{{count}} required questions are not answered yet.',
    },
    id: {
      answerFirst: 'Jawab pertanyaan ini sebelum mengirim.',
      leftEmpty_other: '{{count}} pertanyaan wajib belum dijawab.',
    },
    th: {
      answerFirst: 'ตอบคำถามนี้ก่อนส่ง',
      leftEmpty_other: 'ยังไม่ได้ตอบคำถามที่จำเป็น {{count}} ข้อ',
    },
  }),
);
