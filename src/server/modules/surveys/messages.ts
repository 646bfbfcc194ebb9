// What the surveys module says to a person: why answers cannot be submitted yet (coded sentences the reader's
// language renders), and the words of the results XLSX.
// The CSV export keeps its machine column names (question ids): it is data for other systems; the XLSX is for people.
import { catalogue } from '../../i18n/catalogue.js';
import { messages } from '../../i18n/text.js';

export const say = messages(
  'surveys',
  catalogue({
    en: {
      answerFirst: 'Answer this question before submitting.',
      leftEmpty_one: 'One required question is not answered yet.',
      leftEmpty_other: '{{count}} required questions are not answered yet.',
      sheet: {
        answers: 'Answers',
        perQuestion: 'Per question',
        state: 'State',
        subregion: 'Sub-region',
        publication: 'Publication',
        question: 'Question',
        answered: 'Answered',
        option: 'Option',
        count: 'Count',
      },
      publication: { published: 'published', not_published: 'not published', no_answer: 'no answer' },
      answer: { yes: 'yes', no: 'no', partly: 'partly' },
      other: 'Other',
    },
    id: {
      answerFirst: 'Jawab pertanyaan ini sebelum mengirim.',
      leftEmpty_other: '{{count}} pertanyaan wajib belum dijawab.',
      sheet: {
        answers: 'Jawaban',
        perQuestion: 'Per pertanyaan',
        state: 'Negara',
        subregion: 'Subkawasan',
        publication: 'Publikasi',
        question: 'Pertanyaan',
        answered: 'Dijawab',
        option: 'Pilihan',
        count: 'Jumlah',
      },
      publication: { published: 'diterbitkan', not_published: 'tidak diterbitkan', no_answer: 'tidak ada jawaban' },
      answer: { yes: 'ya', no: 'tidak', partly: 'sebagian' },
      other: 'Lainnya',
    },
    th: {
      answerFirst: 'ตอบคำถามนี้ก่อนส่ง',
      leftEmpty_other: 'ยังไม่ได้ตอบคำถามที่จำเป็น {{count}} ข้อ',
      sheet: {
        answers: 'คำตอบ',
        perQuestion: 'รายคำถาม',
        state: 'ประเทศ',
        subregion: 'อนุภูมิภาค',
        publication: 'การเผยแพร่',
        question: 'คำถาม',
        answered: 'จำนวนที่ตอบ',
        option: 'ตัวเลือก',
        count: 'จำนวน',
      },
      publication: { published: 'เผยแพร่แล้ว', not_published: 'ไม่เผยแพร่', no_answer: 'ไม่มีคำตอบ' },
      answer: { yes: 'ใช่', no: 'ไม่ใช่', partly: 'บางส่วน' },
      other: 'อื่น ๆ',
    },
  }),
);
