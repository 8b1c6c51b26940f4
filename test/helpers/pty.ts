// Runs a program on a pseudo-terminal and answers its passphrase prompts, as a person at a
// terminal would: `age` reads a passphrase from the terminal only, and `dabir` asks there too.
// Python's pty module does the terminal (it is on every Debian machine this runs on).
import { spawnSync } from 'node:child_process';

const driver = String.raw`
import json, os, pty, re, sys, time
spec = json.loads(sys.argv[1])
pid, fd = pty.fork()
if pid == 0:
    os.execvpe(spec['cmd'][0], spec['cmd'], dict(os.environ, **spec.get('env', {})))
answers = list(spec['answers'])
out = b''
answered = 0
deadline = time.time() + spec.get('timeout', 60)
prompt = re.compile(r'(?:passphrase|گذرواژه)[^\n:]*:', re.I)
while time.time() < deadline:
    try:
        chunk = os.read(fd, 4096)
    except OSError:
        break
    if not chunk:
        break
    out += chunk
    asked = len(prompt.findall(out.decode('utf-8', 'replace')))
    while answered < asked and answers:
        time.sleep(0.05)
        os.write(fd, answers.pop(0).encode('utf-8') + b'\r')
        answered += 1
_, status = os.waitpid(pid, 0)
sys.stdout.write(out.decode('utf-8', 'replace'))
sys.exit(os.waitstatus_to_exitcode(status))
`;

export function runInPty(
  cmd: string[],
  answers: string[],
  env: Record<string, string> = {},
): { status: number | null; output: string } {
  const r = spawnSync('python3', ['-c', driver, JSON.stringify({ cmd, answers, env })], {
    encoding: 'utf8',
    timeout: 90_000,
  });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}
