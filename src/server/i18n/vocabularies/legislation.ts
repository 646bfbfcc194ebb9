// The words of legislation benchmarking: how far a state meets a standard, and survey answers about it.
import type { STATUSES } from '../../modules/legislation/schemas.js';
import type { YES_NO_PARTLY } from '../../modules/surveys/schemas.js';
import { catalogue } from '../catalogue.js';

type Status = (typeof STATUSES)[number];

export const assessmentStatus = catalogue({
  en: { met: 'Met', partly: 'Partly met', in_drafting: 'In drafting', not_met: 'Not met', unknown: 'Unknown' } satisfies Record<Status, string>,
  id: { met: 'Terpenuhi', partly: 'Terpenuhi sebagian', in_drafting: 'Dalam penyusunan', not_met: 'Tidak terpenuhi', unknown: 'Tidak diketahui' },
  th: { met: 'เป็นไปตามมาตรฐาน', partly: 'เป็นไปตามมาตรฐานบางส่วน', in_drafting: 'อยู่ระหว่างยกร่าง', not_met: 'ไม่เป็นไปตามมาตรฐาน', unknown: 'ไม่ทราบ' },
});

export const surveyAnswer = catalogue({
  en: { yes: 'Yes', no: 'No', partly: 'Partly' } satisfies Record<(typeof YES_NO_PARTLY)[number], string>,
  id: { yes: 'Ya', no: 'Tidak', partly: 'Sebagian' },
  th: { yes: 'ใช่', no: 'ไม่ใช่', partly: 'บางส่วน' },
});

/** The headline indicators of data/standards.json by a short name (a map layer, a column). */
export const indicatorName = catalogue({
  en: {
    criminalisation_in_place: 'Criminalisation in place',
    criminalisation_in_drafting: 'Criminalisation in drafting',
    victim_protection_adopted: 'Victim protection adopted',
    model_legislation_used: 'Model legislation used',
    mla_extradition_in_place: 'Mutual legal assistance or extradition in place',
    national_action_plans: 'National action plans',
  },
  id: {
    criminalisation_in_place: 'Pemidanaan sudah berlaku',
    criminalisation_in_drafting: 'Pemidanaan dalam penyusunan',
    victim_protection_adopted: 'Perlindungan korban sudah diterapkan',
    model_legislation_used: 'Model undang-undang digunakan',
    mla_extradition_in_place: 'Bantuan timbal balik atau ekstradisi sudah berlaku',
    national_action_plans: 'Rencana aksi nasional',
  },
  th: {
    criminalisation_in_place: 'มีกฎหมายกำหนดความผิดอาญาแล้ว',
    criminalisation_in_drafting: 'อยู่ระหว่างยกร่างกฎหมายกำหนดความผิดอาญา',
    victim_protection_adopted: 'มีมาตรการคุ้มครองผู้เสียหายแล้ว',
    model_legislation_used: 'ใช้กฎหมายต้นแบบ',
    mla_extradition_in_place: 'มีความช่วยเหลือซึ่งกันและกันทางอาญาหรือการส่งผู้ร้ายข้ามแดนแล้ว',
    national_action_plans: 'แผนปฏิบัติการระดับชาติ',
  },
});
