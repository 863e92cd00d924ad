import { describe, expect, it } from 'vitest';
import { JobSummary } from './job-summary.js';
import { renderSummaryText } from './render-text.js';

describe('renderSummaryText', () => {
  it('underlines level 1 and 2 headings and keeps deeper ones plain', () => {
    expect(renderSummaryText('# Title\n\n## Sub\n\n### Deep')).toBe('Title\n=====\n\nSub\n---\n\nDeep\n');
  });

  it('renders tables as aligned columns with escapes undone', () => {
    const md = new JobSummary()
      .table(
        ['Rule', 'Count'],
        [
          ['a|b', 12],
          ['long rule name', 3],
        ],
        ['left', 'right'],
      )
      .toString();
    expect(renderSummaryText(md)).toBe(
      ['Rule            Count', '--------------  -----', 'a|b                12', 'long rule name      3', ''].join(
        '\n',
      ),
    );
  });

  it('turns <br> inside cells into spaces', () => {
    const md = new JobSummary().table(['M'], [['one\ntwo']]).toString();
    expect(renderSummaryText(md)).toBe('M\n-------\none two\n');
  });

  it('collapses details, nested ones included, to their summary line', () => {
    const inner = new JobSummary().details('inner', 'secret body').paragraph('still hidden');
    const md = new JobSummary().details('Findings & <more>', inner).paragraph('after').toString();
    expect(renderSummaryText(md)).toBe('▸ Findings & <more>\n\nafter\n');
  });

  it('finds a <summary> on the line after <details>, and falls back to "Details"', () => {
    expect(renderSummaryText('<details>\n<summary>Raw HTML</summary>\n\nbody\n</details>\nend')).toBe(
      '▸ Raw HTML\nend\n',
    );
    expect(renderSummaryText('<details>\n\nbody\n</details>')).toBe('▸ Details\n');
  });

  it('replaces mermaid blocks with [chart] and indents other code', () => {
    const md = new JobSummary().pieChart('P', { a: 1 }).code('x = 1', 'ts').toString();
    expect(renderSummaryText(md)).toBe('[chart]\n\n    x = 1\n');
  });

  it('renders links and bold text readably', () => {
    expect(renderSummaryText('See **this** [doc](https://example.com/x).')).toBe(
      'See this doc <https://example.com/x>.\n',
    );
  });

  it('renders a whole summary compactly', () => {
    const md = new JobSummary()
      .heading('security-scan', 1)
      .paragraph('3 findings')
      .pieChart('By severity', { high: 1, low: 2 })
      .table(['Severity', 'Count'], [['high', 1]])
      .details('All findings', 'long list')
      .toString();
    expect(renderSummaryText(md)).toBe(
      [
        'security-scan',
        '=============',
        '',
        '3 findings',
        '',
        '[chart]',
        '',
        'Severity  Count',
        '--------  -----',
        'high      1',
        '',
        '▸ All findings',
        '',
      ].join('\n'),
    );
  });
});
