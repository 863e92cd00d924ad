import { describe, expect, it } from 'vitest';
import { JobSummary } from './job-summary.js';
import { mermaidBar, mermaidPie } from './markdown.js';

describe('JobSummary', () => {
  it('is empty until something is added, and renders nothing then', () => {
    const s = new JobSummary();
    expect(s.isEmpty()).toBe(true);
    expect(s.toString()).toBe('');
    s.raw('   ');
    expect(s.isEmpty()).toBe(true);
    s.paragraph('hello');
    expect(s.isEmpty()).toBe(false);
  });

  it('chains blocks separated by blank lines and ends with a newline', () => {
    const md = new JobSummary().heading('Health check').paragraph('All good.').toString();
    expect(md).toBe('## Health check\n\nAll good.\n');
  });

  it('clamps heading levels and keeps headings on one line', () => {
    const md = new JobSummary().heading('Top', 0).heading('multi\nline', 9).toString();
    expect(md).toBe('# Top\n\n###### multi line\n');
  });

  it('escapes | and line breaks in table cells and fills missing cells', () => {
    const md = new JobSummary()
      .table(
        ['Rule', 'Message', 'Count'],
        [
          ['a|b', 'line1\nline2', 3],
          ['only', null],
        ],
      )
      .toString();
    expect(md).toBe(
      [
        '| Rule | Message | Count |',
        '| --- | --- | --- |',
        '| a\\|b | line1<br>line2 | 3 |',
        '| only |  |  |',
        '',
      ].join('\n'),
    );
  });

  it('writes alignment into the delimiter row', () => {
    const md = new JobSummary().table(['a', 'b', 'c'], [], ['left', 'center', 'right']).toString();
    expect(md).toBe('| a | b | c |\n| --- | :---: | ---: |\n');
  });

  it('renders details as <details><summary> with a markdown body and an escaped summary', () => {
    const inner = new JobSummary().list(['one', 'two']);
    const md = new JobSummary().details('Findings <3>', inner).toString();
    expect(md).toBe('<details><summary>Findings &lt;3&gt;</summary>\n\n- one\n- two\n\n</details>\n');
  });

  it('renders mermaid as a fenced block', () => {
    expect(new JobSummary().mermaid('graph TD\n  A-->B').toString()).toBe('```mermaid\ngraph TD\n  A-->B\n```\n');
  });

  it('uses a longer fence when the code contains backticks', () => {
    expect(new JobSummary().code('a ``` b', 'text').toString()).toBe('````text\na ``` b\n````\n');
  });

  it('renders ordered and unordered lists, and nothing for an empty list', () => {
    const s = new JobSummary().list([]).list(['x', 'y'], true);
    expect(s.toString()).toBe('1. x\n2. y\n');
  });

  it('draws pie and bar charts from counts', () => {
    const md = new JobSummary().pieChart('By severity', { high: 2, low: 0 }).toString();
    expect(md).toBe('```mermaid\npie title By severity\n    "high" : 2\n```\n');
    expect(new JobSummary().barChart('B', { a: 1 }).toString()).toContain('xychart-beta');
  });

  it('fit() keeps whole blocks within the byte budget and says how many were left out', () => {
    const s = new JobSummary();
    for (let i = 0; i < 10; i += 1) s.paragraph(`${i}`.repeat(100));
    const full = s.toString();
    expect(s.fit(full.length)).toBe(full);
    const cut = s.fit(450);
    expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(450);
    expect(cut.startsWith(`${'0'.repeat(100)}\n\n${'1'.repeat(100)}\n\n`)).toBe(true);
    expect(cut).toMatch(
      /_Summary truncated: \d more sections not shown \(GitHub's step summary limit is 1 MiB\)\._\n$/,
    );
    const kept = cut.split('\n\n').length - 1;
    expect(cut).toContain(`${10 - kept} more sections`);
  });
});

describe('mermaid helpers', () => {
  it('mermaidPie leaves out zero counts and replaces quotes in labels', () => {
    expect(mermaidPie('T "x"', { 'a "b"': 1, c: 0 })).toBe("pie title T 'x'\n    \"a 'b'\" : 1");
  });

  it('mermaidBar lists labels and values with an axis up to the largest value', () => {
    expect(mermaidBar('Findings', { low: 1, high: 4 }, 'findings')).toBe(
      [
        'xychart-beta',
        '    title "Findings"',
        '    x-axis ["low", "high"]',
        '    y-axis "findings" 0 --> 4',
        '    bar [1, 4]',
      ].join('\n'),
    );
  });
});
