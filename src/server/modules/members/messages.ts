// Why a member code is refused: said beside the field that named it, in the reader's language.
import { catalogue } from '../../i18n/catalogue.js';
import { messages } from '../../i18n/text.js';

export const say = messages(
  'members',
  catalogue({
    en: { notMembers: 'Not a Bali Process member: {{codes}}.' },
    id: { notMembers: 'Bukan anggota Proses Bali: {{codes}}.' },
    th: { notMembers: 'ไม่ใช่สมาชิกกระบวนการบาหลี: {{codes}}' },
  }),
);
