import { describe, expect, it } from 'vitest';
import { ContentScanner } from './content-scan.js';
import { defaultConfig } from './config.js';
import { activeRules } from './registry.js';
import type { PatternRule } from './rule.js';

const scanner = new ContentScanner(activeRules(defaultConfig(), ['dangerous-function']) as PatternRule[]);
const found = (file: string, text: string) => scanner.scan(file, `${text}\n`).map((h) => `${h.rule.id}:${h.severity}`);

describe('severity on a long line (minified code)', () => {
  // Statements of a bundle, `"+` and `body` among them, kept 400 characters from the call.
  const bundle = 'var a=b.body;var s="x"+a;'.repeat(200);
  const pad = 'var n=1;'.repeat(50);
  const line = (call: string) => `${bundle}${pad}${call}${pad}${bundle}`;
  it('reads only the statement around a call for its escalation', () => {
    expect(found('dist/app.min.js', line('new Function(c);'))).toEqual(['dangerous/js-new-function:medium']);
    expect(found('dist/app.min.js', line('eval(code);'))).toEqual(['dangerous/js-eval:medium']);
  });
  it('still escalates what the call itself or its statement builds', () => {
    expect(found('dist/app.min.js', line('new Function("return "+x);'))).toEqual(['dangerous/js-new-function:high']);
    expect(found('dist/app.min.js', line('var c="return "+e;new Function(c);'))).toEqual([
      'dangerous/js-new-function:high',
    ]);
    expect(found('dist/app.min.js', line('eval(req.query.code);'))).toEqual(['dangerous/js-eval:high']);
  });
  it('reads the whole line when it is short', () =>
    expect(found('a.js', 'var s = "x" + a; new Function(c);')).toEqual(['dangerous/js-new-function:high']));
});

// [file, code, expected "rule:severity"]
const POSITIVES: [string, string, string][] = [
  ['a.js', 'eval(userInput + "1")', 'dangerous/js-eval:high'],
  ['a.ts', 'const f = new Function("a", body)', 'dangerous/js-new-function:medium'],
  // biome-ignore lint/suspicious/noTemplateCurlyInString: source text under test, not a template
  ['a.js', 'const load = eval(`import(${JSON.stringify(url)})`)', 'dangerous/js-eval:high'],
  ['a.js', 'eval("require(" + name + ")")', 'dangerous/js-eval:high'],
  ['a.js', 'eval(code)', 'dangerous/js-eval:medium'],
  // After a banner comment closed on the same line, as minified bundles start.
  ['lib.min.js', '/*! lib v1.2 | MIT */!function(){eval(code)}()', 'dangerous/js-eval:medium'],
  ['a.js', 'eval("a = \\"" + input + "\\"")', 'dangerous/js-eval:high'],
  ['a.js', 'if (eval(expr)) { run(); }', 'dangerous/js-eval:medium'],
  // biome-ignore lint/suspicious/noTemplateCurlyInString: source text under test, not a template
  ['a.js', 'new Function(`return ${expr}`)', 'dangerous/js-new-function:high'],
  // biome-ignore lint/suspicious/noTemplateCurlyInString: source text under test, not a template
  ['a.js', 'exec(`git log ${branch}`)', 'dangerous/js-child-process-exec:high'],
  ['a.js', "child_process.execSync('rm -rf ' + dir)", 'dangerous/js-child-process-exec:high'],
  ['a.js', 'spawn(cmd, args, { shell: true })', 'dangerous/js-spawn-shell:medium'],
  // biome-ignore lint/suspicious/noTemplateCurlyInString: source text under test, not a template
  ['a.js', 'db.query(`SELECT * FROM users WHERE id = ${id}`)', 'dangerous/js-sql-concat:high'],
  ['a.js', 'https.request({ host, rejectUnauthorized: false })', 'dangerous/js-tls-reject-unauthorized:high'],
  ['a.sh', 'export NODE_TLS_REJECT_UNAUTHORIZED=0', 'dangerous/node-tls-reject-env:high'],
  ['a.py', 'subprocess.run(f"tar xf {name}", shell=True)', 'dangerous/python-shell-true:high'],
  ['a.py', 'subprocess.call("make all", shell=True)', 'dangerous/python-shell-true:medium'],
  ['a.py', 'os.system("ping " + host)', 'dangerous/python-os-system:high'],
  ['a.py', 'obj = pickle.loads(blob)', 'dangerous/python-pickle:high'],
  ['a.py', 'cfg = yaml.load(stream)', 'dangerous/python-yaml-load:high'],
  ['a.py', 'cfg = yaml.load(stream, Loader=yaml.Loader)', 'dangerous/python-yaml-load:high'],
  ['a.py', 'cur.execute(f"SELECT * FROM t WHERE id = {uid}")', 'dangerous/python-sql-format:high'],
  ['a.py', 'cur.execute("DELETE FROM t WHERE id = %s" % uid)', 'dangerous/python-sql-format:high'],
  ['a.py', 'requests.get(url, verify=False)', 'dangerous/python-tls-verify-false:high'],
  ['a.py', 'result = eval(request.args["q"])', 'dangerous/python-eval:high'],
  ['install.sh', 'curl -fsSL https://get.example.com | sudo bash', 'dangerous/curl-pipe-shell:high'],
  ['Dockerfile', 'RUN wget -qO- https://x.example/install.sh | sh', 'dangerous/curl-pipe-shell:high'],
  ['a.sh', 'chmod -R 777 /srv/app', 'dangerous/world-writable-chmod:medium'],
  ['a.py', 'os.chmod(path, 0o777)', 'dangerous/world-writable-chmod:medium'],
  ['a.sh', 'curl -k https://internal/api', 'dangerous/curl-insecure:medium'],
  ['a.go', 'cfg := &tls.Config{InsecureSkipVerify: true}', 'dangerous/go-insecure-skip-verify:high'],
  ['a.go', 'exec.Command("sh", "-c", "ls "+dir)', 'dangerous/go-exec-shell:high'],
  ['a.go', 'db.Query(fmt.Sprintf("SELECT * FROM t WHERE n = %s", n))', 'dangerous/go-sql-sprintf:high'],
  ['a.rb', 'system("convert #{file} out.png")', 'dangerous/ruby-shell-interpolation:high'],
  ['a.rb', 'data = Marshal.load(payload)', 'dangerous/ruby-marshal-load:high'],
  ['a.rb', 'User.where("name = \'#{params[:name]}\'")', 'dangerous/ruby-sql-interpolation:high'],
  ['a.rb', 'http.verify_mode = OpenSSL::SSL::VERIFY_NONE', 'dangerous/ruby-ssl-verify-none:high'],
  ['a.php', '<?php eval($_GET["code"]); ?>', 'dangerous/php-eval:high'],
  ['a.php', '<?php system("ls " . $dir); ?>', 'dangerous/php-shell:high'],
  ['a.php', '<?php $o = unserialize($_COOKIE["s"]); ?>', 'dangerous/php-unserialize:high'],
  ['a.php', '<?php mysqli_query($db, "SELECT * FROM u WHERE id=" . $id); ?>', 'dangerous/php-sql-concat:high'],
  ['a.php', 'curl_setopt($ch, CURLOPT_SSL_VERIFYPEER, false);', 'dangerous/php-curl-ssl-off:high'],
  [
    'A.java',
    'ObjectInputStream in = new ObjectInputStream(socket.getInputStream());',
    'dangerous/java-object-input-stream:high',
  ],
  ['A.java', 'Runtime.getRuntime().exec("ping " + host);', 'dangerous/java-runtime-exec:high'],
  ['A.java', 'stmt.executeQuery("SELECT * FROM u WHERE n = \'" + name + "\'");', 'dangerous/java-sql-concat:high'],
  ['A.java', 'builder.setSSLHostnameVerifier(NoopHostnameVerifier.INSTANCE);', 'dangerous/java-trust-all:high'],
  [
    'main.rs',
    'Command::new("sh").arg("-c").arg(std::env::args().nth(1).unwrap()).status().unwrap();',
    'dangerous/rust-shell-command:high',
  ],
  ['Run.cs', 'System.Diagnostics.Process.Start("cmd.exe", "/c " + n);', 'dangerous/csharp-process-start-shell:high'],
];

describe('dangerous-function rules: true positives', () => {
  it.each(POSITIVES)('%s: %s', (file, code, expected) => {
    expect(found(file, code)).toContain(expected);
  });
});

describe('SQL templates and concatenation (JavaScript)', () => {
  const sql = (file: string, text: string) =>
    scanner.scan(file, text).filter((h) => h.rule.id === 'dangerous/js-sql-concat');

  it('reports a multi-line template at its statement, and concatenation', () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: source text under test, not a template
    const text = 'const rows = await db.query(\n  `\n    SELECT name\n    FROM users\n    WHERE id = ${id}`,\n);\n';
    expect(sql('a.ts', text).map((h) => [h.line, h.severity])).toEqual([[3, 'high']]);
    expect(sql('a.js', "knex.raw('DELETE FROM t WHERE id = ' + id)\n")).toHaveLength(1);
  });

  it('does not report SQL words in prose, constants or parameterized calls', () => {
    expect(sql('a.js', '// update the blob, then select a container\nconst q = "SELECT 1";\n')).toEqual([]);
    expect(sql('a.js', 'db.query("SELECT * FROM t WHERE id = $1", [id])\n')).toEqual([]);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: source text under test, not a template
    expect(sql('a.py', 'db.query(`SELECT * FROM t WHERE id = ${id}`)\n')).toEqual([]);
  });
});

const NEGATIVES: [string, string][] = [
  ['a.js', 'const m = /x/.exec(str + "y")'],
  ['a.js', 'execFile("git", ["log", branch])'],
  ['a.js', 'db.query("SELECT * FROM users WHERE id = $1", [id])'],
  ['a.js', '// never call eval(userInput) here'],
  ['a.js', '/* eval(userInput) was here */ run();'],
  ['a.js', '/* a comment that goes on: eval(userInput)'],
  ['a.py', 'subprocess.run(["ls", "-l"])'],
  ['a.py', 'cfg = yaml.safe_load(stream)'],
  ['a.py', 'cfg = yaml.load(stream, Loader=yaml.SafeLoader)'],
  ['a.py', 'cur.execute("SELECT * FROM t WHERE id = %s", (uid,))'],
  ['a.py', 'model.evaluate(x)'],
  // One constant string: bundlers' way to Node's require, and the global object.
  ['dist/index.js', 'var r = eval("require"); module.exports = eval(\'__dirname + "/loader.js"\');'],
  ['dist/index.js', "var g = new Function('return this')(); var f = eval(`__filename`);"],
  // webpack's development bundles: each module's code in one string literal, with escapes.
  ['dist/bundle.js', 'eval("var a = \\"x\\";\\n//# sourceURL=webpack:///./src/a.js?");'],
  // A method named eval, defined; and declarations, which hold no code that runs.
  ['src/evaluator.js', 'class Evaluator { eval(node) { return node.value; } }'],
  ['lib/lib.es5.d.ts', 'declare function eval(x: string): any;'],
  ['src/evaluator.d.ts', 'protected eval(n: Expr): ExpressionData;'],
  ['a.go', 'exec.Command("git", "log", branch)'],
  ['a.rb', 'system("ls", dir)'],
  ['a.php', '<?php $r = $pdo->prepare("SELECT * FROM u WHERE id = ?"); ?>'],
  ['README.md', 'curl -fsSL https://get.example.com | bash'],
  ['a.sh', 'chmod 755 build.sh'],
  ['A.java', 'new ProcessBuilder("git", "log").start();'],
  ['main.rs', 'Command::new("git").arg("log").status();'],
  ['Run.cs', 'Process.Start("git", "log");'],
];

describe('dangerous-function rules: safe code is not reported', () => {
  it.each(NEGATIVES)('%s: %s', (file, code) => {
    expect(found(file, code)).toEqual([]);
  });
});
