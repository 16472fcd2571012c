// The class-code reply draft: what the recipient reads in each language, the join link, and escaping in HTML.
import { classCodeDraft, joinLink } from '../../src/domain/class-code';

const course = {
  name: 'Biology',
  section: 'Period 2',
  enrollmentCode: 'abc1234',
  link: 'https://classroom.google.com/c/NTEyMjUxMTM4MjQz',
};

describe('classCodeDraft', () => {
  it('gives an English reply with the course, the code, the join link and how to join', () => {
    const draft = classCodeDraft(course, 'en', 'Ada');
    expect(draft?.subject).toBe('Join Biology on Google Classroom');
    expect(draft?.body).toBe(
      [
        'Hello Ada,',
        '',
        'Here is how to join Biology (Period 2) on Google Classroom.',
        '',
        'Class code: abc1234',
        'Link: https://classroom.google.com/c/NTEyMjUxMTM4MjQz?cjc=abc1234',
        '',
        'Open the link, signed in with your school account, and click Join.',
        'Or go to https://classroom.google.com, click + then Join class, and enter the class code.',
        '',
      ].join('\n'),
    );
  });

  it('gives a French reply, with a plain greeting when the recipient is unknown', () => {
    const draft = classCodeDraft({ ...course, section: '' }, 'fr');
    expect(draft?.subject).toBe('Rejoignez Biology sur Google Classroom');
    expect(draft?.body).toContain('Bonjour,\n');
    expect(draft?.body).toContain('Voici comment rejoindre le cours Biology sur Google Classroom.');
    expect(draft?.body).toContain('Code du cours\u00a0: abc1234');
    expect(draft?.body).toContain('Rejoindre un cours');
    expect(draft?.htmlBody).toContain('<b>abc1234</b>');
  });

  it('escapes the course name, section and recipient in the HTML body only', () => {
    const draft = classCodeDraft(
      { ...course, name: 'Art & <Design>', section: '"A"' },
      'en',
      "<img src=x onerror='x'>",
    );
    expect(draft?.htmlBody).not.toMatch(/<img|<Design>/);
    expect(draft?.htmlBody).toContain('Art &#38; &#60;Design&#62; (&#34;A&#34;)');
    expect(draft?.htmlBody).toContain(
      '<a href="https://classroom.google.com/c/NTEyMjUxMTM4MjQz?cjc=abc1234">https://classroom.google.com/c/NTEyMjUxMTM4MjQz?cjc=abc1234</a>',
    );
    expect(draft?.body).toContain('Art & <Design> ("A")');
  });

  it('falls back to the code alone when the course has no Classroom link', () => {
    const draft = classCodeDraft({ ...course, link: '' }, 'en');
    expect(draft?.body).not.toContain('Link:');
    expect(draft?.body).toContain('Go to https://classroom.google.com, signed in with your school account');
  });

  it('offers no draft for a course without a class code', () => {
    expect(classCodeDraft({ ...course, enrollmentCode: '' }, 'en')).toBeUndefined();
    expect(classCodeDraft({ ...course, enrollmentCode: ' ' }, 'en')).toBeUndefined();
  });
});

describe('joinLink', () => {
  it('adds the code to the course link and refuses links outside Classroom', () => {
    expect(joinLink({ ...course, link: 'https://classroom.google.com/c/X?hl=fr' })).toBe(
      'https://classroom.google.com/c/X?hl=fr&cjc=abc1234',
    );
    expect(joinLink({ ...course, link: 'javascript:alert(1)//https://classroom.google.com/' })).toBeUndefined();
  });
});
