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
