import { describe, expect, it } from 'vitest';
import { annotationsOf, CommandCollector, masksOf, parseCommandLine } from './workflow-commands.js';

describe('parseCommandLine', () => {
  it('parses a command with properties, unescaping properties and message', () => {
    expect(parseCommandLine('::error file=a%2Cb.ts,line=3,title=x%3Ay%25::first%0Asecond%25')).toEqual({
      command: 'error',
      properties: { file: 'a,b.ts', line: '3', title: 'x:y%' },
      message: 'first\nsecond%',
      stream: 'stdout',
    });
  });

  it('keeps a literal %0A written as %250A', () => {
    expect(parseCommandLine('::notice::100%250A')?.message).toBe('100%0A');
  });

  it('accepts leading whitespace and an empty message', () => {
    expect(parseCommandLine('   ::endgroup::', 'stderr')).toEqual({
      command: 'endgroup',
      properties: {},
      message: '',
      stream: 'stderr',
    });
  });

  it('drops properties with an empty key or value and splits on the first "="', () => {
    expect(parseCommandLine('::warning a=,=b,c=d=e::m')?.properties).toEqual({ c: 'd=e' });
  });

  it('treats unknown commands and unterminated commands as log text', () => {
    expect(parseCommandLine('::frobnicate::x')).toBeUndefined();
    expect(parseCommandLine('::error file=a')).toBeUndefined();
    expect(parseCommandLine('text ::error::x')).toBeUndefined();
  });
});

describe('CommandCollector', () => {
  it('joins lines split across chunks and parses a last line without newline at end()', () => {
    const c = new CommandCollector();
    c.write('::debug::he', 'stdout');
    c.write('llo\r\n::notice::tail', 'stdout');
    expect(c.commands.map((x) => x.message)).toEqual(['hello']);
    c.end();
    expect(c.commands.map((x) => x.message)).toEqual(['hello', 'tail']);
  });

  it('keeps the two streams apart while a line is incomplete', () => {
    const c = new CommandCollector();
    c.write('::debug::out', 'stdout');
    c.write('::debug::err\n', 'stderr');
    c.write('put\n', 'stdout');
    expect(c.commands.map((x) => `${x.stream}:${x.message}`)).toEqual(['stderr:err', 'stdout:output']);
  });

  it('ignores commands between ::stop-commands::TOKEN and ::TOKEN::', () => {
    const c = new CommandCollector();
    c.write('::stop-commands::tok\n::error::hidden\n::tok::\n::error::shown\n', 'stdout');
    expect(c.commands.map((x) => `${x.command}:${x.message}`)).toEqual(['stop-commands:tok', 'error:shown']);
  });
});

describe('annotationsOf / masksOf', () => {
  it('types the location properties, reading names case-insensitively', () => {
    const c = new CommandCollector();
    c.write(
      '::error File=a.ts,LINE=3,endLine=4,col=x,title=T::boom\n::warning::w\n::debug::d\n::add-mask::pw\n',
      'stdout',
    );
    expect(annotationsOf(c.commands)).toEqual([
      { level: 'error', message: 'boom', title: 'T', file: 'a.ts', line: 3, endLine: 4 },
      { level: 'warning', message: 'w' },
    ]);
    expect(masksOf(c.commands)).toEqual(['pw']);
  });
});
