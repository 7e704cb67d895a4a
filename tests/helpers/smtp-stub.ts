import net from 'net';

export interface ReceivedMail {
  from: string;
  to: string[];
  data: string;
}

export interface SmtpStub {
  port: number;
  received: ReceivedMail[];
  close(): Promise<void>;
}

/**
 * A local SMTP server that accepts every message and keeps it (plain SMTP, no TLS, no auth): enough for
 * nodemailer to deliver to, so a test sees the mail a deployment's SMTP server would get.
 */
export async function startSmtpStub(): Promise<SmtpStub> {
  const received: ReceivedMail[] = [];
  const server = net.createServer((socket) => {
    let buffer = '';
    let mail: ReceivedMail = { from: '', to: [], data: '' };
    let inData = false;
    const reply = (line: string) => socket.write(`${line}\r\n`);
    reply('220 stub ESMTP');
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8');
      let end: number;
      while ((end = buffer.indexOf('\r\n')) >= 0) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (inData) {
          if (line === '.') {
            inData = false;
            received.push(mail);
            mail = { from: '', to: [], data: '' };
            reply('250 queued');
          } else {
            mail.data += `${line.startsWith('..') ? line.slice(1) : line}\n`;
          }
          continue;
        }
        const command = line.slice(0, 4).toUpperCase();
        if (command === 'EHLO' || command === 'HELO') reply('250 stub');
        else if (command === 'MAIL') (mail.from = line.replace(/^MAIL FROM:\s*/i, '')), reply('250 ok');
        else if (command === 'RCPT') mail.to.push(line.replace(/^RCPT TO:\s*/i, '').replace(/[<>]/g, '')), reply('250 ok');
        else if (command === 'DATA') (inData = true), reply('354 go ahead');
        else if (command === 'QUIT') reply('221 bye'), socket.end();
        else reply('250 ok');
      }
    });
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return { port, received, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** The decoded Subject header of a received message (RFC 2047 encoded words, folded lines). */
export function subjectOf(mail: ReceivedMail): string {
  const unfolded = mail.data.split('\n\n')[0].replace(/\n[ \t]+/g, ' ');
  const header = /^Subject: (.*)$/im.exec(unfolded)?.[1] ?? '';
  return header
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (_, _charset: string, encoding: string, text: string) =>
      encoding.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : Buffer.from(text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1').toString('utf8'),
    );
}
