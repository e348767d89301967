/** The text forms a report arrives in: one line, CRLF, pasted HTML, page furniture. */
import { describe, expect, it } from 'vitest';
import { cleanReportText, decodeEntities, furniture, htmlToText } from '../../src/ingest/clean';
import { decodeReport, InputError } from '../../src/ingest/read';

const decode = (text: string) => decodeReport(new TextEncoder().encode(text), 'r.txt');

describe('decodeReport: text forms', () => {
  it('reads a one-line report: everything after the date is the text', () => {
    const report = decode(' date 2024-03-02 Russian drones struck Odesa overnight, killing four people. The governor said ten were injured.');
    expect(report.published).toBe('2024-03-02');
    expect(report.text).toBe('Russian drones struck Odesa overnight, killing four people. The governor said ten were injured.');
    expect(report.title).toBeUndefined();
  });

  it('still refuses a date line with nothing after it', () => {
    expect(() => decode(' date 2024-03-02\n\n')).toThrow(/has a date line but no text/);
  });

  it('folds CRLF and lone CR to LF', () => {
    expect(decode(' date 2024-03-02 T\r\nOne.\r\nTwo.\rThree.').text).toBe('One.\nTwo.\nThree.');
  });

  it('reads a report with no date line whole, undated', () => {
    const report = decode('Kharkiv was hit by a missile on Monday.');
    expect(report.published).toBeUndefined();
    expect(report.text).toBe('Kharkiv was hit by a missile on Monday.');
  });

  it('refuses an impossible date on the date line, naming the line', () => {
    expect(() => decode(' date 2023-02-29 T\nText.')).toThrow(InputError);
    expect(() => decode(' date 2023-02-29 T\nText.')).toThrow(/^r\.txt: line 1: date 2023-02-29 is not a real date$/);
  });

  it('strips pasted HTML to one paragraph a line, entities decoded, and says so', () => {
    const report = decode(
      ' date 2024-03-02 T\n<article><h1>Strike on Odesa</h1><p>Russian drones hit Odesa&#8217;s port, the governor said.</p>' +
        '<figure><img src="x.jpg"><figcaption>Firefighters in Kyiv (Photo: AFP)</figcaption></figure>' +
        '<p>Four people were killed &amp; ten injured.</p><script>alert("Kyiv")</script></article>',
    );
    expect(report.text.split('\n').filter(Boolean)).toEqual(['Strike on Odesa', 'Russian drones hit Odesa’s port, the governor said.', 'Four people were killed & ten injured.']);
    expect(report.notes?.[0]).toMatch(/read as HTML/);
  });

  it('leaves out bylines, captions, credits, timestamps and "Read more" lines, keeping line numbers', () => {
    const text = [
      'By Olena Harmash and Tom Balmforth',
      'Updated: 12:04 GMT',
      'Russian missiles struck Dnipro, killing two people.',
      'Photo: Rescuers at the site in Kharkiv.',
      'Read more: Russia strikes Kharkiv again',
      'ALSO READ Zelensky visits Sumy',
      'Rescuers work at a damaged building in Kherson. REUTERS/Stringer',
      'The governor said ten were injured.',
    ].join('\n');
    const report = decode(` date 2024-03-02 T\n${text}`);
    expect(report.text.split('\n')).toEqual(['', '', 'Russian missiles struck Dnipro, killing two people.', '', '', '', '', 'The governor said ten were injured.']);
    expect(report.notes).toHaveLength(6);
  });

  it('leaves out the bulleted teasers under a bare "Read more" label, and only those', () => {
    const text = [
      'Russians shelled Kolisnykivka, injuring a man.',
      'Read more',
      '- At about 1:00 p.m., the Russian army attacked the village of Kozacha Lopan with artillery.',
      '• A drone hit a car in Vovchansk, injuring two.',
      'The governor said a woman was injured in Kupiansk.',
      '- Emergency crews were still at work in Kupiansk in the evening.',
    ].join('\n');
    const report = decode(` date 2024-08-23 T\n${text}`);
    expect(report.text.split('\n')).toEqual([
      'Russians shelled Kolisnykivka, injuring a man.',
      '',
      '',
      '',
      'The governor said a woman was injured in Kupiansk.',
      '- Emergency crews were still at work in Kupiansk in the evening.',
    ]);
    expect(report.notes?.join(' ')).toMatch(/a teaser under a link label/);
  });

  it('a report of nothing but furniture is refused, not drafted empty', () => {
    expect(() => decode(' date 2024-03-02 T\nBy John Smith\nRead more: other news')).toThrow(/no text besides bylines/);
  });
});

describe('clean.ts', () => {
  it('decodes named and numeric entities and leaves unknown ones', () => {
    expect(decodeEntities('Kyiv&nbsp;&mdash; &#x41F;&#1086;&#x43A;&#x440;&#x43E;&#x432;&#x441;&#x44C;&#x43A; &bogus; &#0;')).toBe('Kyiv — Покровськ &bogus; &#0;');
  });
  it('knows captions, credits, bylines and timestamps as outlets print them', () => {
    for (const line of [
      'A destroyed house in Kupiansk on May 26, 2023. (Photo by SERGEY BOBOK / AFP)',
      'This photograph shows a destroyed house in the town of Kupiansk.',
      'Illustrative purposes only: a soldier near Robotyne. (Ukrinform/NurPhoto via Getty Images)',
      'Skip to content',
      'by Asami Terajima December 10, 2023 12:04 PM 1 min read',
      'Author: Asami Terajima',
      'September 25, 2022 9:43 am',
      'Rescuers at the scene. REUTERS/Stringer',
    ]) expect(furniture(line), line).toBeDefined();
  });

  it('does not take story lines for furniture', () => {
    for (const line of [
      'By Thursday evening, Russian forces had entered the village.',
      'Related strikes hit Kharkiv and Sumy overnight, the governor said.',
      'Reuters could not independently confirm the battlefield reports.',
      'Photos posted online showed smoke over Odesa.',
    ]) expect(furniture(line), line).toBeUndefined();
  });
  it('htmlToText drops tags inside text and keeps the words', () => {
    expect(htmlToText('<p>Drones hit <a href="/x">Sumy</a> and <b>Okhtyrka</b>.</p>')).toBe('Drones hit Sumy and Okhtyrka.');
  });
  it('plain text with a "<" is not HTML', () => {
    expect(cleanReportText('Fewer than 5 < 10 people were hurt.').html).toBe(false);
  });
});

describe('the story’s own date line', () => {
  it.each([
    [' date 2024-03-09 Shelling of a bus\n14 March 2024\nShells hit a bus near the village.', '14 March 2024'],
    [' date 2024-03-09 Shelling of a bus\nA bus was shelled\nPublished: March 3, 2024 10:15\nShells hit a bus near the village.', 'Published: March 3, 2024 10:15'],
  ])('is kept aside when it heads the story: %s', (text, line) => {
    expect(decode(text).dateLine).toBe(line);
  });

  it.each([
    ' date 2024-03-09 Shelling of a bus\nUpdated: March 8, 2024\nShells hit a bus near the village.',
    ' date 2024-03-09 Shelling of a bus\nShells hit a bus near the village.\nMarch 4, 2024\nThe governor spoke.',
  ])('is not an update stamp nor a stamp inside the story: %s', (text) => {
    expect(decode(text).dateLine).toBeUndefined();
  });
});
