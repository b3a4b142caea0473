// A one-line progress display on stderr for long commands (plain lines when stderr is not a terminal).
export function progressLine(label: string) {
  const tty = process.stderr.isTTY;
  let last = 0;
  return {
    update(text: string) {
      const now = Date.now();
      if (tty) process.stderr.write(`\r\x1b[2K${label} ${text}`);
      else if (now - last > 2000) {
        process.stderr.write(`${label} ${text}\n`);
        last = now;
      }
    },
    done(text: string) {
      if (tty) process.stderr.write(`\r\x1b[2K`);
      process.stderr.write(`${label} ${text}\n`);
    },
  };
}
