// Asking for a passphrase on the terminal without echoing it (raw mode, one key at a time), as
// `age` and `ssh` do. Only where both stdin and stderr are a terminal; elsewhere there is no one to ask.
import { DabirError } from '../errors';

export const canAsk = () => process.stdin.isTTY && process.stderr.isTTY;

export function askHidden(prompt: string): Promise<string> {
  const stdin = process.stdin;
  return new Promise((resolve, reject) => {
    let typed = '';
    const finish = (then: () => void) => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      process.stderr.write('\n');
      then();
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n') return finish(() => resolve(typed));
        if (ch === '\u0003' || ch === '\u0004')
          return finish(() => reject(new DabirError('invalid_input', 'لغو شد؛ چیزی تغییر نکرد')));
        if (ch === '\u007f' || ch === '\b') typed = [...typed].slice(0, -1).join('');
        else if (ch >= ' ') typed += ch;
      }
    };
    process.stderr.write(prompt);
    stdin.setEncoding('utf8');
    stdin.setRawMode(true);
    stdin.resume();
    stdin.on('data', onData);
  });
}
