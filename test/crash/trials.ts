// Crash safety, measured: the browser host (`dabir serve`, the app's own server) takes a stream of
// writes from this process — single rows (agenda items) and whole minutes (a session with its
// resolutions and attendance, one transaction) — and is killed with SIGKILL at a random moment.
// After each kill the file must pass integrity_check, every write acknowledged before the kill
// must be there, and every imported session must be whole (all its resolutions, or not at all).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import Database from 'better-sqlite3';
import { fixture } from '../helpers/fixtures';

const root = path.resolve(import.meta.dirname, '../..');

export interface TrialReport {
  trials: number;
  acknowledged: number;
  /** Acknowledged writes missing after a kill: must be 0. */
  lost: number;
  /** Sessions found with some but not all of their resolutions: must be 0. */
  partial: number;
  /** integrity_check answers other than ok: must be empty. */
  damaged: string[];
}

async function startHost(file: string): Promise<{ child: ChildProcess; url: string; token: string }> {
  const child = spawn(process.execPath, [path.join(root, 'bin/dabir.mjs'), 'serve', '--db', file, '--port', '0'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const line = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout });
    lines.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`dabir serve exited (${code})`)));
  });
  const url = new URL(line);
  return { child, url: url.origin, token: new URLSearchParams(url.hash.slice(1)).get('token') ?? '' };
}

/** Runs `trials` kill rounds on one data file; `log` hears a line per round. */
export async function crashTrials(trials: number, log: (line: string) => void = () => undefined): Promise<TrialReport> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dabir-crash-'));
  const file = path.join(dir, 'dabir.sqlite');
  const report: TrialReport = { trials, acknowledged: 0, lost: 0, partial: 0, damaged: [] };
  const ackedAgenda = new Set<string>();
  const ackedSessions = new Set<number>();
  let sessionId = '';
  let groupId = '';
  let next = 0;

  for (let trial = 1; trial <= trials; trial++) {
    const { child, url, token } = await startHost(file);
    const call = async (op: string, input: unknown) => {
      const res = await fetch(`${url}/api/${op}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify(input),
      });
      const answer = (await res.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
      if (!answer.ok) throw new Error(`${op}: ${answer.error?.message ?? ''}`);
      return answer.value;
    };
    if (trial === 1) {
      await call('secretariat.setup', { name: 'دبیرخانه', province: 'مرکزی' });
      sessionId = ((await call('minutes.import', { document: fixture() })) as { sessionId: string }).sessionId;
      groupId = ((await call('workingGroups.list', {})) as { id: string }[])[0]!.id;
      ackedSessions.add(1);
    }
    // Killed at a random moment while writes keep coming.
    const killAfter = 50 + Math.floor(Math.random() * 600);
    let killed = false;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    setTimeout(() => {
      killed = true;
      child.kill('SIGKILL');
    }, killAfter);
    while (!killed) {
      const n = ++next;
      try {
        if (n % 5 === 0) {
          // A whole session in one transaction: number n in 1399.
          const doc = fixture();
          doc.session.number = n + 1;
          await call('minutes.import', { document: doc });
          ackedSessions.add(n + 1);
        } else {
          await call('agenda.add', { sessionId, text: `نوشته ${n}` });
          ackedAgenda.add(`نوشته ${n}`);
        }
        report.acknowledged++;
      } catch {
        // The write in flight when the host died: not acknowledged, so it may or may not be there.
        break;
      }
    }
    await exited;

    const db = new Database(file);
    const check = db.pragma('integrity_check', { simple: true }) as string;
    if (check !== 'ok') report.damaged.push(`trial ${trial}: ${check}`);
    const agenda = new Set(
      db.prepare(`SELECT text FROM agenda_item WHERE session_id = ?`).pluck().all(sessionId) as string[],
    );
    const lostAgenda = [...ackedAgenda].filter((t) => !agenda.has(t));
    const sessions = db
      .prepare(
        `SELECT s.number, (SELECT count(*) FROM resolution r WHERE r.session_id = s.id) AS n FROM session s WHERE s.working_group_id = ?`,
      )
      .all(groupId) as { number: number; n: number }[];
    const numbers = new Set(sessions.map((s) => s.number));
    const lostSessions = [...ackedSessions].filter((n) => !numbers.has(n));
    const partial = sessions.filter((s) => s.n !== 5);
    db.close();
    report.lost += lostAgenda.length + lostSessions.length;
    report.partial += partial.length;
    log(
      `trial ${trial}: killed after ${killAfter} ms; ${report.acknowledged} writes acknowledged so far; integrity ${check}; lost ${lostAgenda.length + lostSessions.length}; partial sessions ${partial.length}`,
    );
  }
  return report;
}
