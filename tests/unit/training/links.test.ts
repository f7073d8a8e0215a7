import { describe, expect, it } from 'vitest';
import { buildLinks, type LinkCatalog } from '../../../src/lib/training/links.ts';
import { embedCapable, embedded } from '../../../src/lib/urls.ts';

const catalog: LinkCatalog = {
  roles: [
    { slug: 'it-support', title: 'IT support', path: ['triage'], questionAreas: ['monitoring'] },
    { slug: 'new-role', title: 'New role', path: [], questionAreas: [] },
  ],
  areas: [
    { slug: 'licensing', title: 'Licensing' },
    { slug: 'monitoring', title: 'Monitoring' },
  ],
  modules: [{ slug: 'triage', title: 'Incident triage' }],
};
const site = 'https://a2o.contoso.com';

describe('the link builder', () => {
  it('builds every link on the public address', () => {
    const links = buildLinks(
      catalog,
      { role: 'it-support', areas: ['monitoring'], module: 'triage', embed: 'module' },
      site,
    );
    expect(links).toEqual({
      assessment: { ok: true, url: `${site}/assessment/?areas=monitoring&role=it-support` },
      module: { ok: true, url: `${site}/training/triage/` },
      rolePath: { ok: true, url: `${site}/roles/it-support/#onboarding-path` },
      embed: {
        ok: true,
        url: `${site}/training/triage/?embed=1`,
        snippet: `<iframe src="${site}/training/triage/?embed=1" title="Incident triage" width="100%" height="800" loading="lazy"></iframe>`,
      },
    });
  });

  it('keeps the areas in site order and a base address with a path', () => {
    const links = buildLinks(
      catalog,
      { areas: ['monitoring', 'licensing'], embed: 'area' },
      'https://intranet.contoso.com/a2o/',
    );
    expect(links.assessment).toEqual({
      ok: true,
      url: 'https://intranet.contoso.com/a2o/assessment/?areas=licensing,monitoring',
    });
    expect(links.embed).toEqual({
      ok: false,
      reason: 'Choose exactly one area to embed its guidance page.',
    });
  });

  it('says why when a choice selects nothing', () => {
    const links = buildLinks(catalog, { areas: [], embed: 'module' }, site);
    expect(links.assessment.ok || links.assessment.reason).toMatch(/^Choose a role, one or more/);
    expect(links.module).toEqual({ ok: false, reason: 'Choose a module to get its link.' });
    expect(links.rolePath.ok || links.rolePath.reason).toMatch(/^Choose a role/);
    expect(links.embed).toEqual({ ok: false, reason: 'Choose a module to embed.' });
    const none = buildLinks(
      catalog,
      { role: 'it-support', areas: ['licensing'], embed: 'assessment' },
      site,
    );
    expect(none.assessment).toEqual({
      ok: false,
      reason:
        'IT support has no questions in Licensing: choose other areas, or no role for every question of these areas.',
    });
    expect(none.embed).toEqual({ ok: false, reason: 'IT support has no questions in Licensing.' });
    const noPath = buildLinks(catalog, { role: 'new-role', areas: [], embed: 'module' }, site);
    expect(noPath.rolePath).toEqual({ ok: false, reason: 'New role has no onboarding path yet.' });
  });

  it('notes areas a role has no questions in, when others have some', () => {
    const links = buildLinks(
      catalog,
      { role: 'it-support', areas: ['licensing', 'monitoring'], embed: 'assessment' },
      site,
    );
    expect(links.assessment).toEqual({
      ok: true,
      url: `${site}/assessment/?areas=licensing,monitoring&role=it-support`,
      note: 'Licensing has no questions for IT support: the assessment lists it without a score.',
    });
    expect(links.embed).toEqual({
      ok: false,
      reason: 'Choose exactly one area to embed its assessment.',
    });
  });

  it('embeds one area’s assessment, with the role when there is one', () => {
    const links = buildLinks(
      catalog,
      { role: 'it-support', areas: ['monitoring'], embed: 'assessment' },
      site,
    );
    expect(links.embed.ok && links.embed.url).toBe(
      `${site}/assessment/?areas=monitoring&role=it-support&embed=1`,
    );
    expect(links.embed.ok && links.embed.snippet).toContain('title="Assessment: Monitoring"');
  });
});

describe('embed mode addresses', () => {
  it('adds the parameter before any fragment', () => {
    expect(embedded('/areas/licensing/')).toBe('/areas/licensing/?embed=1');
    expect(embedded('/assessment/?areas=x')).toBe('/assessment/?areas=x&embed=1');
    expect(embedded('/roles/x/#onboarding-path')).toBe('/roles/x/?embed=1#onboarding-path');
  });

  it('lets only area, module and assessment pages be framed', () => {
    const yes = ['/areas/licensing/', '/training/recovery-drill/', '/assessment/'];
    const no = [
      '/',
      '/areas/',
      '/training/',
      '/training/links/',
      '/training/recovery-drill.scorm.zip',
      '/roles/it-support/',
      '/assessment/results/',
      '/assessment/print/licensing/',
      '/areas/routines.ics',
    ];
    expect(yes.filter(embedCapable)).toEqual(yes);
    expect(no.filter(embedCapable)).toEqual([]);
  });
});
