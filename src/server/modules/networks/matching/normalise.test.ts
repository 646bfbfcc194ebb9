// Normalisation: names in the region's scripts reach the same keys as their Latin spellings; numbers are canonical.
import { describe, expect, it } from 'vitest';
import { normaliseDocumentNumber, normaliseImo, normaliseName, normalisePhone, parseBirthDate, transliterate } from './normalise';

const keys = (name: string) => normaliseName(name).tokens.map((t) => t.key);
const skeletons = (name: string) => normaliseName(name).tokens.map((t) => t.skeleton);

describe('transliteration of the scripts member states write names in', () => {
  it.each([
    ['Arabic', 'محمد', 'mhmd'],
    ['Persian', 'رحیمی', 'rhymy'],
    ['Urdu', 'عمران خان', 'mrn khn'],
    ['Tamil', 'முருகன்', 'murukn'],
    ['Sinhala', 'පෙරේරා', 'perera'],
    ['Burmese', 'အောင်ကျော်', 'aung kyaw'],
    ['Thai', 'สมชาย', 'somchai'],
    ['Chinese', '王', 'wang'],
    ['Devanagari (Nepali)', 'राम', 'ram'],
    ['Vietnamese diacritics', 'Nguyễn Văn An', 'nguyen van an'],
  ])('%s: %s reads as Latin', (_script, name, latin) => {
    expect(transliterate(name).replace(/['`]/g, '').replace(/\s+/g, ' ').trim()).toBe(latin);
  });

  it('splits a Chinese name into family name and given name', () => {
    expect(keys('王小明')).toEqual(keys('Wang Xiaoming'));
    expect(keys('王小明')).toEqual(keys('Xiao-Ming Wang').reverse());
  });

  it('tells the script family, which decides whether vowels can be compared', () => {
    expect(normaliseName('محمد رحیمی').script).toBe('abjad');
    expect(normaliseName('ชัยวัฒน์').script).toBe('thai');
    expect(normaliseName('राम').script).toBe('abugida');
    expect(normaliseName('王小明').script).toBe('han');
    expect(normaliseName('김정은').script).toBe('hangul');
    expect(normaliseName('Mohammad Rahimi').script).toBe('latin');
  });
});

describe('transliteration variants fold to one phonetic key', () => {
  it.each([
    ['Mohammed', 'Muhammad', 'Mohamad', 'Mohammad'],
    ['Hussein', 'Hossein', 'Husain'],
    ['Abdul Rahman', 'Abdurrahman', 'Abd al-Rahman', 'Abdulrahman'],
    ['Jayasuriya', 'Jayasooriya'],
    ['Khalid', 'Kalid'],
    ['Mustafa', 'Moustafa'],
    ['Fatemeh', 'Fatemah'],
  ])('%s and its variants', (...variants) => {
    const first = keys(variants[0] as string);
    for (const variant of variants) expect(keys(variant)).toEqual(first);
  });

  it('keeps Hassan apart from Hussein when both are in Latin', () => {
    expect(keys('Hassan')).not.toEqual(keys('Hussein'));
  });

  it('drops the particles bin / ibn / al and the Arabic joined article', () => {
    expect(keys('Ahmad bin Ismail')).toEqual(keys('Ahmad Ismail'));
    expect(keys('Khalid ibn Walid')).toEqual(keys('Khalid Walid'));
    expect(skeletons('الخطيب')).toEqual(skeletons('Al-Khatib'));
  });

  it('gives script and Latin spellings the same consonant skeleton', () => {
    expect(skeletons('محمد رحیمی')).toEqual(skeletons('Mohammad Rahimi'));
    expect(skeletons('عبد الرحمن')).toEqual(skeletons('Abdul Rahman'));
    expect(skeletons('முருகன் சுப்பிரமணியம்')).toEqual(skeletons('Murugan Subramaniam'));
    expect(skeletons('ජයසූරිය')).toEqual(skeletons('Jayasuriya'));
    expect(skeletons('राम बहादुर श्रेष्ठ')).toEqual(skeletons('Ram Bahadur Shrestha'));
    // Khmer writes ch before a subscript k (ចក្រា): the ch is kept, not read as Latin "ck".
    expect(skeletons('ស៊ុំ ចក្រា')).toEqual(skeletons('Sum Chakra'));
  });
});

describe('numbers', () => {
  it('normalises document numbers: no spaces or dashes, uppercase', () => {
    expect(normaliseDocumentNumber(' p12-345 67 ')).toBe('P1234567');
  });

  it('writes phone numbers with the calling code of the nationality', () => {
    expect(normalisePhone('081 234 5678', 'THA')).toBe('+66812345678');
    expect(normalisePhone('+66 81-234-5678')).toBe('+66812345678');
    expect(normalisePhone('0066812345678')).toBe('+66812345678');
    expect(normalisePhone('0300 1234567', 'PAK')).toBe('+923001234567');
    expect(normalisePhone('12')).toBe('');
  });

  it('accepts only IMO numbers with a valid check digit', () => {
    expect(normaliseImo('IMO 9074729')).toBe('9074729');
    expect(normaliseImo('9074728')).toBeNull();
  });

  it('reads full, partial and day-first birth dates', () => {
    expect(parseBirthDate('1984-03-02')).toEqual({ year: 1984, month: 3, day: 2 });
    expect(parseBirthDate('1984')).toEqual({ year: 1984, month: 0, day: 0 });
    expect(parseBirthDate('02/03/1984')).toEqual({ year: 1984, month: 3, day: 2 });
    expect(parseBirthDate('unknown')).toBeNull();
  });
});
