import { describe, expect, it } from 'vitest';
import { csvCell, csvDocument } from '../../../src/lib/assessment/csv.ts';
import { exportCsv } from '../../../src/lib/assessment/export-csv.ts';
import { bank, makeAssessment } from './helpers.ts';

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
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2 days')).toBe("'-2 days");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tcmd')).toBe("'\tcmd");
    expect(csvCell('a=b')).toBe('a=b');
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

describe('exportCsv', () => {
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
