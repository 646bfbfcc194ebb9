// Name parts and organisation names an analyst meets in the region's records, scored as the scorer sees them.
import { describe, expect, it } from 'vitest';
import { nameSimilarity } from './name-similarity';
import { normaliseName } from './normalise';
import { scoreRecords } from './scorer';

const sim = (a: string, b: string, kind: 'person' | 'organisation' = 'person') => nameSimilarity(normaliseName(a, kind), normaliseName(b, kind));

describe('person names', () => {
  it('reads each script the way its names are spelled in Latin records', () => {
    expect(normaliseName('အောင်ကျော်ဝင်း').latin).toBe('aung kyaw win');
    expect(normaliseName('김정은').latin).toBe('kim jeongeun');
    expect(normaliseName('王小明').latin).toBe('wang xiaoming');
    expect(normaliseName('曾国藩').latin).toBe('zeng guofan');
    expect(normaliseName('นายสมชาย ใจดี').latin).toBe('somchai chaidi');
  });

  it('matches names across scripts', () => {
    expect(sim('김정은', 'Kim Jong-un')).toBeGreaterThan(0.85);
    expect(sim('အောင်ကျော်ဝင်း', 'Aung Kyaw Win')).toBeGreaterThan(0.95);
    expect(sim('محمد طاهر أنوري', 'Muhammad Taher Anwari')).toBeGreaterThan(0.85);
    expect(sim('สมชาย ใจดี', 'Somchai Jaidee')).toBeGreaterThan(0.85);
    expect(sim('Дмитрий Иванович Петров', 'Dmitriy Petrov')).toBeGreaterThan(0.85);
  });

  it('lets order, a missing middle name, titles, bin/binti and initials cost little', () => {
    expect(sim('Rahimi, Mohammad', 'Mohammad Rahimi')).toBe(1);
    expect(sim('Haji Mohammed bin Ismail Rahman', 'Muhammad Rahman')).toBeGreaterThan(0.8);
    expect(sim('Siti Aminah binti Abdullah', 'Siti Aminah')).toBeGreaterThan(0.75);
    expect(sim('M. Rahimi', 'Mohammad Rahimi')).toBeGreaterThan(0.8);
    expect(sim('Mohd Nazri', 'Muhammad Nazri')).toBe(1);
  });

  it('keeps apart different people who share a common name', () => {
    expect(sim('Kim Yong Chol', 'Kim Tong Chol')).toBeLessThan(0.8);
    expect(sim('Muhammad Yunis', 'Muhammad Ahmed')).toBeLessThan(0.5);
    expect(sim('Aung Kyaw Hein', 'Aung Min Thein')).toBeLessThan(0.6);
  });
});

describe('organisation names', () => {
  it('folds legal forms across languages and scripts', () => {
    expect(sim('PT Maju Jaya', 'Maju Jaya', 'organisation')).toBe(1);
    expect(sim('Golden Star Trading Sdn Bhd', 'GOLDEN STAR TRADING', 'organisation')).toBe(1);
    expect(normaliseName('ООО Северная звезда', 'organisation').legalFamily).toBe('limited');
    expect(normaliseName('Severnaya Zvezda LLC', 'organisation').legalFamily).toBe('limited');
    expect(normaliseName('АО Ромашка', 'organisation').legalFamily).toBe(normaliseName('Romashka JSC', 'organisation').legalFamily);
    expect(normaliseName('บริษัท สยามเทรดดิ้ง จำกัด', 'organisation').legalFamily).toBe('limited');
    expect(sim('ООО Северная звезда', 'Severnaya Zvezda LLC', 'organisation')).toBeGreaterThan(0.9);
  });

  it('explains a company match with the legal form, and refuses a person against a company', () => {
    const same = scoreRecords({ schema: 'Company', names: ['Severnaya Zvezda LLC'] }, { schema: 'Company', names: ['ООО Северная звезда'] });
    expect(same.match).toBe(true);
    expect(same.reasons.map((r) => r.code)).toContain('legalForm.same');
    const mixed = scoreRecords({ schema: 'Person', names: ['Maju Jaya'] }, { schema: 'Company', names: ['PT Maju Jaya'] });
    expect(mixed).toMatchObject({ score: 0, match: false });
    expect(mixed.reasons[0]?.code).toBe('schema.incompatible');
  });
});
