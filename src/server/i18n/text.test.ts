// Numbers and dates inside the server's sentences are written the reader's way; a year stays a year.
import { describe, expect, it } from 'vitest';
import { catalogue } from './catalogue.js';
import { day, messages } from './text.js';

const say = messages(
  'test',
  catalogue({
    en: { count: '{{amount}} people in {{year}}', on: 'Due {{date}}' },
    id: { count: '{{amount}} orang pada {{year}}', on: 'Tenggat {{date}}' },
    th: { count: '{{amount}} คนในปี {{year}}', on: 'กำหนด {{date}}' },
  }),
);

describe('server sentences', () => {
  it('write an amount with the reader’s thousands separator and a year as its digits', () => {
    expect(say('count', { amount: 12500, year: 2026 }).render('en')).toBe('12,500 people in 2026');
    expect(say('count', { amount: 12500, year: 2026 }).render('id')).toBe('12.500 orang pada 2026');
  });

  it('write a day in the reader’s calendar words', () => {
    expect(say('on', { date: day('2026-11-29') }).render('en')).toBe('Due 29 November 2026');
    expect(say('on', { date: day('2026-11-29') }).render('id')).toBe('Tenggat 29 November 2026');
    expect(say('on', { date: day(new Date('2026-11-29T23:30:00Z')) }).render('th')).toBe('กำหนด 29 พฤศจิกายน 2569');
  });
});

describe('a refusal written only in English', () => {
  it('reaches an English reader as written and any other reader as the plain sentence of its kind, in their language', async () => {
    const { Conflict, Forbidden, Invalid } = await import('../errors.js');
    const { common } = await import('./common.js');
    expect(new Conflict('the plan is already closed').messageIn('en')).toBe('the plan is already closed');
    expect(new Conflict('the plan is already closed').messageIn('id')).toBe(common('conflict').render('id'));
    expect(new Forbidden('only the originator may do this').messageIn('th')).toBe(common('notAllowedHere').render('th'));
    expect(new Invalid('dueOn', 'is before the start').messageIn('id')).toBe('Isian ini tidak diterima: periksa lalu coba lagi.');
    // A coded refusal is said in the reader's own words, never replaced.
    expect(new Invalid('dueOn', say('on', { date: day('2026-01-02') })).messageIn('id')).toBe('Tenggat 2 Januari 2026');
  });
});
