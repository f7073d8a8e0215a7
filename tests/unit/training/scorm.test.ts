import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import {
  findScormApi,
  lessonReport,
  scormManifest,
  scormTimespan,
  type ApiWindow,
  type Scorm12Api,
} from '../../../src/lib/training/scorm.ts';

describe('the SCORM 1.2 manifest', () => {
  const xml = scormManifest({
    slug: 'recovery-drill',
    title: 'Run a recovery drill & log it',
    files: ['index.html', 'launch.js', 'launch.css'],
    hasCheck: true,
  });

  it('is one SCO with the SCORM 1.2 schema references and every file', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<manifest')).toBe(true);
    const parsed = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '@',
      parseTagValue: false,
    }).parse(xml);
    const manifest = parsed.manifest;
    expect(manifest['@xmlns']).toBe('http://www.imsproject.org/xsd/imscp_rootv1p1p2');
    expect(manifest['@xmlns:adlcp']).toBe('http://www.adlnet.org/xsd/adlcp_rootv1p2');
    expect(manifest['@xsi:schemaLocation']).toContain('adlcp_rootv1p2.xsd');
    expect(manifest.metadata).toEqual({ schema: 'ADL SCORM', schemaversion: '1.2' });
    const org = manifest.organizations.organization;
    expect(manifest.organizations['@default']).toBe(org['@identifier']);
    expect(org.title).toBe('Run a recovery drill & log it');
    expect(org.item['@identifierref']).toBe(manifest.resources.resource['@identifier']);
    expect(org.item['adlcp:masteryscore']).toBe('80');
    const resource = manifest.resources.resource;
    const files = resource.file as Record<string, string>[];
    expect(resource['@adlcp:scormtype']).toBe('sco');
    expect(resource['@href']).toBe('index.html');
    expect(files.map((f) => f['@href'])).toEqual(['index.html', 'launch.js', 'launch.css']);
  });

  it('has no mastery score without a check', () => {
    const plain = scormManifest({ slug: 'x', title: 'X', files: ['index.html'], hasCheck: false });
    expect(plain).not.toContain('masteryscore');
  });
});

describe('finding the LMS API', () => {
  const api = { LMSInitialize: () => 'true' } as unknown as Scorm12Api;
  const top = (props: Partial<ApiWindow> = {}): ApiWindow => {
    const win: ApiWindow = { parent: null, ...props };
    win.parent = win;
    return win;
  };

  it('walks up the parent frames', () => {
    const lms = top({ API: api });
    const middle: ApiWindow = { parent: lms };
    expect(findScormApi({ parent: middle })).toBe(api);
    expect(findScormApi(top())).toBeUndefined();
  });

  it('then looks in the window that opened the package', () => {
    const lms = top({ API: api });
    expect(findScormApi(top({ opener: { parent: lms } }))).toBe(api);
  });

  it('treats a frame of another origin as not found', () => {
    const foreign = {
      get API(): Scorm12Api {
        throw new DOMException('Blocked a frame', 'SecurityError');
      },
      parent: null,
    } as ApiWindow;
    expect(findScormApi({ parent: foreign })).toBeUndefined();
  });

  it('gives up after ten frames', () => {
    let win: ApiWindow = top({ API: api });
    for (let i = 0; i < 12; i++) win = { parent: win };
    expect(findScormApi(win)).toBeUndefined();
  });
});

describe('what the package reports', () => {
  const none = { status: 'not attempted', score: '' };

  it('reports passed or failed with the score, or completed without a check', () => {
    expect(lessonReport({ score: 80, passed: true }, none)).toEqual({
      status: 'passed',
      score: 80,
    });
    expect(lessonReport({ score: 40, passed: false }, none)).toEqual({
      status: 'failed',
      score: 40,
    });
    expect(lessonReport(undefined, none)).toEqual({ status: 'completed' });
  });

  it('never turns a recorded pass into a failure, and keeps the better score', () => {
    const passed = { status: 'passed', score: '100' };
    expect(lessonReport({ score: 40, passed: false }, passed)).toEqual({
      status: 'passed',
      score: 100,
    });
    expect(lessonReport({ score: 80, passed: true }, passed)).toEqual({
      status: 'passed',
      score: 100,
    });
    expect(lessonReport({ score: 100, passed: true }, { status: 'failed', score: '40' })).toEqual({
      status: 'passed',
      score: 100,
    });
  });
});

describe('session time', () => {
  it('is written as SCORM 1.2 CMITimespan', () => {
    expect(scormTimespan(0)).toBe('0000:00:00.00');
    expect(scormTimespan(3_723_456)).toBe('0001:02:03.46');
  });
});
