// A real SMTP server for tests (smtp-server), keeping every message it receives, parsed.
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface TestSmtp {
  url: string;
  messages: ParsedMail[];
  /** Waits for the next message to this address (received after `since` messages). */
  waitFor(to: string, options?: { timeoutMs?: number; subject?: RegExp }): Promise<ParsedMail>;
  close(): Promise<void>;
}

const recipients = (m: ParsedMail): string[] =>
  (Array.isArray(m.to) ? m.to : m.to ? [m.to] : []).flatMap((a) => a.value.map((v) => (v.address ?? '').toLowerCase()));

export async function startTestSmtp(): Promise<TestSmtp> {
  const messages: ParsedMail[] = [];
  const listeners = new Set<() => void>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          messages.push(mail);
          for (const l of listeners) l();
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const taken = new Set<ParsedMail>();
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    waitFor(to, options = {}) {
      const wanted = to.toLowerCase();
      const find = () =>
        messages.find(
          (m) =>
            !taken.has(m) &&
            recipients(m).includes(wanted) &&
            (!options.subject || options.subject.test(m.subject ?? '')),
        );
      return new Promise((resolve, reject) => {
        const check = () => {
          const m = find();
          if (!m) return false;
          taken.add(m);
          listeners.delete(check);
          clearTimeout(timer);
          resolve(m);
          return true;
        };
        const timer = setTimeout(() => {
          listeners.delete(check);
          reject(new Error(`no e-mail to ${to} within ${options.timeoutMs ?? 5000} ms`));
        }, options.timeoutMs ?? 5000);
        if (!check()) listeners.add(check);
      });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export const linkIn = (mail: ParsedMail, path: string): string => {
  const match = (mail.text ?? '').match(new RegExp(`https?://\\S+${path.replace(/[/]/g, '\\/')}\\?token=[\\w%-]+`));
  if (!match) throw new Error(`no ${path} link in: ${mail.text}`);
  return match[0];
};
