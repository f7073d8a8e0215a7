import { describe, expect, it } from 'vitest';
import {
  csvCell,
  csvDocument,
  exportAnswersCsv as exportCsv,
  exportResultsCsv,
} from '../../../src/lib/assessment/exports/csv.ts';
import { scoreAssessment } from '../../../src/lib/assessment/scoring.ts';
import { bank, fixtureFile, makeAssessment, readCsv } from './helpers.ts';

describe('CSV cells (RFC 4180)', () => {
  it('quote cells with commas, quotes or line breaks and double inner quotes', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('cr\r\nlf')).toBe('"cr\r\nlf"');
    expect(csvCell('')).toBe('');
  });

  it('defuse formula injection: = + - @ (and tab, CR) get a leading apostrophe', () => {
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvCell('+1+1')).toBe("'+1+1");
    expect(csvCell('-2 days')).toBe("'-2 days");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tcmd')).toBe("'\tcmd");
    expect(csvCell('a=b')).toBe('a=b');
    expect(csvCell('-1+2')).toBe("'-1+2");
  });

  it('leave plain numbers alone, signs and percentages included, so they stay numbers', () => {
    expect(['+0.4', '-1.0', '-3', '75%'].map(csvCell)).toEqual(['+0.4', '-1.0', '-3', '75%']);
  });

  it('start the document with a UTF-8 BOM and end every record with CRLF', () => {
    expect(
      csvDocument([
        ['a', 'b'],
        ['c', 'd'],
      ]),
    ).toBe('\uFEFFa,b\r\nc,d\r\n');
  });
});

describe('the answers CSV', () => {
  const assessment = makeAssessment({
    scope: ['business-continuity', 'notifications-alerts'],
    answers: {
      'recovery-objectives': 3,
      'backup-restore-tests': 'na',
      'continuity-exercises': 'unknown',
      'service-health-alerts': 5,
    },
    notes: {
      'backup-restore-tests': 'Géré par le prestataire, "hors périmètre"',
      'service-health-alerts': '=1+1',
    },
  });

  it("writes one row per question in scope, in bank order, with level names or N/A / Don't know", () => {
    expect(exportCsv(assessment, bank).split('\r\n')).toEqual([
      '\uFEFFArea id,Area,Question id,Question,Weight,Answer,Level,Note',
      '99.10,Define business continuity plan,recovery-objectives,"Recovery objectives, RTO and RPO",1,3,Defined,',
      '99.10,Define business continuity plan,backup-restore-tests,Backup restore tests,2,na,N/A,"Géré par le prestataire, ""hors périmètre"""',
      "99.10,Define business continuity plan,continuity-exercises,Continuity exercises,3,unknown,Don't know,",
      "99.40,Monitor notifications and alerts,service-health-alerts,Service health alerts,2,5,Optimizing,'=1+1",
      '99.40,Monitor notifications and alerts,alert-routing,Alert routing,1,,,',
      '',
    ]);
  });

  it('follows the focus role', () => {
    const rows = exportCsv(makeAssessment({ focusRole: 'security-compliance' }), bank)
      .trim()
      .split('\r\n');
    expect(rows.slice(1).map((row) => row.split(',')[2])).toEqual([
      'user-onboarding',
      'privileged-access',
    ]);
  });
});

describe('the results CSV', () => {
  it('has one row per area and an overall row, with score, range, level, counts and target', () => {
    const file = fixtureFile('valid.json');
    const rows = readCsv(exportResultsCsv(scoreAssessment(file, bank), bank));
    expect(
      rows.map((row) => [
        row['Area id'],
        row['Score'],
        row['Level'],
        row['Range low'],
        row['Range high'],
        row['Target'],
      ]),
    ).toEqual([
      ['99.10', '3.3', '3', '', '', '3'],
      ['99.25', '2.0', '2', '1.8', '2.8', '4'],
      ['99.40', '', '', '1.0', '5.0', '3'],
      // Overall range: (10/3 + 7/4 + 1) / 3 = 73/36 and (10/3 + 11/4 + 5) / 3 = 133/36.
      ['', '2.7', '2', '2.0', '3.7', ''],
    ]);
    expect(rows[1]).toMatchObject({
      Rated: '1',
      "Don't know": '1',
      'Not applicable': '0',
      Unanswered: '0',
      Questions: '2',
      Completion: '100%',
      'Gap to target': '2',
      'Level name': 'Managed',
    });
    expect(rows[3]!['Area']).toBe('Overall (mean of area scores)');
  });
});
