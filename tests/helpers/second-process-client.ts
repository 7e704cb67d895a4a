import { fork } from 'child_process';
import path from 'path';

/** The parent's side of second-process.js: a second Vitrylo on the test's database, driven over IPC. */
export interface SecondProcess {
  send(message: Record<string, unknown>): void;
  /** The child's next answer; rejects with the child's error. */
  nextReply(): Promise<any>;
  stop(): void;
}

export async function startSecondProcess(): Promise<SecondProcess> {
  const child = fork(path.join(__dirname, 'second-process.js'), [], { env: { ...process.env }, stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  const replies: any[] = [];
  child.on('message', (message) => replies.push(message));
  const nextReply = () =>
    new Promise<any>((resolve, reject) => {
      const check = () => {
        const reply = replies.shift();
        if (reply) return reply.error ? reject(new Error(reply.error)) : resolve(reply);
        setTimeout(check, 20);
      };
      check();
    });
  const ready = await nextReply();
  if (!ready.ready) throw new Error(`second process: ${JSON.stringify(ready)}`);
  return { send: (message) => child.send(message), nextReply, stop: () => child.send({ stop: true }) };
}
