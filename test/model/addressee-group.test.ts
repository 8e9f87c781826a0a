import { describe, expect, it } from 'vitest';
import {
  addresseeAgreement,
  describeAddressees,
  genderOf,
  mandateRoleOf,
  roleOf,
  type Addressee,
} from '../../src/index.js';
import { exampleDraft } from '../support/drafts.js';

describe('mandateRoleOf', () => {
  it.each([
    ['Special Rapporteur on the right to food', 'specialRapporteur'],
    [
      'Independent Expert on the enjoyment of all human rights by older persons',
      'independentExpert',
    ],
    ['Chair-Rapporteur of the Working Group on Arbitrary Detention', 'chairRapporteur'],
    ['Member of the Working Group on Enforced or Involuntary Disappearances', 'workingGroupMember'],
    ['Director of Human Rights', 'other'],
  ] as const)('reads %s as %s', (title, role) => {
    expect(mandateRoleOf(title)).toBe(role);
  });
});

describe('genderOf', () => {
  const person = (honorific: string, gender?: 'female' | 'male'): Addressee => ({
    honorific,
    name: 'N',
    title: 'T',
    ...(gender === undefined ? {} : { gender }),
  });
  it('reads the honorific', () => {
    expect(genderOf(person('Ms.'))).toBe('female');
    expect(genderOf(person('Mr.'))).toBe('male');
  });
  it.each([
    ['Mme', 'female'],
    ['M.', 'male'],
    ['Sra.', 'female'],
    ['Sr.', 'male'],
    ['г-жа', 'female'],
    ['господин', 'male'],
    ['السيدة', 'female'],
    ['السيد', 'male'],
    ['女士', 'female'],
    ['先生', 'male'],
  ] as const)('reads the honorific %s of the UN languages as %s', (honorific, gender) => {
    expect(genderOf(person(honorific))).toBe(gender);
  });

  it('takes a stated gender where the honorific does not tell', () => {
    expect(genderOf(person('Dr.'))).toBeUndefined();
    expect(genderOf(person('Dr.', 'female'))).toBe('female');
  });
});

describe('describeAddressees', () => {
  it('describes the five mandate holders of the example as Special Rapporteurs, Ms. then Mr.', () => {
    const letter = exampleDraft().documents[1];
    if (letter?.type !== 'letter') throw new Error('the example has a letter second');
    expect(describeAddressees(letter.addressees)).toEqual({
      honorifics: ['Ms.', 'Mr.'],
      genders: ['female', 'male'],
      role: 'specialRapporteur',
      plural: true,
    });
  });

  it('takes the role most addressees hold', () => {
    const group = describeAddressees([
      { honorific: 'Mr.', name: 'A', title: 'Special Rapporteur on X' },
      { honorific: 'Mr.', name: 'B', title: 'Independent Expert on Y' },
      { honorific: 'Ms.', name: 'C', title: 'Independent Expert on Z' },
    ]);
    expect(group.role).toBe('independentExpert');
    expect(group.honorifics).toEqual(['Mr.', 'Ms.']);
  });
});

describe('roleOf', () => {
  it('takes the stated role over the title', () => {
    const addressee = { honorific: 'Ms.', name: 'A', title: 'Special Rapporteur on X' };
    expect(roleOf(addressee)).toBe('specialRapporteur');
    expect(roleOf({ ...addressee, role: 'chairRapporteur' })).toBe('chairRapporteur');
  });
});

describe('addresseeAgreement', () => {
  const of = (...honorifics: string[]) =>
    addresseeAgreement(honorifics.map((honorific) => ({ honorific, name: 'N', title: 'T' })));

  it('calls two women and three men mixed and many, counting each gender', () => {
    expect(of('Ms.', 'Ms.', 'Mr.', 'Mr.', 'Mr.')).toEqual({
      gender: 'mixed',
      number: 'many',
      genderCounts: [
        ['female', 2],
        ['male', 3],
      ],
    });
  });

  it('calls women only female, and one person one', () => {
    expect(of('Ms.', 'Mme')).toMatchObject({ gender: 'female', number: 'many' });
    expect(of('Mr.')).toMatchObject({ gender: 'male', number: 'one' });
  });

  it('leaves the gender unknown, with the first addressee who lacks one', () => {
    expect(of('Ms.', 'Dr.', 'Prof.')).toMatchObject({ gender: undefined, unknownGender: 1 });
  });
});
