/** Where progress is written: a terminal gets a bar redrawn in place, anything else a plain line now and then. */
export interface ProgressOutput {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface Progress {
  update(done: number, total?: number): void;
  finish(message?: string): void;
}

const number = (n: number) => n.toLocaleString("en");

/**
 * A progress report for the command line. On a terminal: `Exporting [#####-----]  52%  52,000 / 100,000 claims`,
 * redrawn at most ten times a second. Elsewhere (a log, CI): one plain line at each tenth of the way.
 */
export function progressBar(output: ProgressOutput, label: string, unit: string, initialTotal: number, now: () => number = Date.now): Progress {
  let total = initialTotal;
  let lastDraw = -Infinity;
  let lastTenth = -1;
  let drawn = false;
  return {
    update(done, newTotal) {
      if (newTotal !== undefined) total = newTotal;
      const fraction = total > 0 ? Math.min(1, done / total) : 1;
      if (output.isTTY) {
        const t = now();
        if (t - lastDraw < 100 && done < total) return;
        lastDraw = t;
        const width = Math.max(10, Math.min(40, (output.columns ?? 80) - label.length - unit.length - 40));
        const filled = Math.round(fraction * width);
        const bar = `${"#".repeat(filled)}${"-".repeat(width - filled)}`;
        output.write(`\r${label} [${bar}] ${String(Math.floor(fraction * 100)).padStart(3)}%  ${number(done)} / ${number(total)} ${unit}\x1b[K`);
        drawn = true;
      } else {
        const tenth = Math.floor(fraction * 10);
        if (tenth === lastTenth) return;
        lastTenth = tenth;
        output.write(`${label}: ${tenth * 10}% (${number(done)} of ${number(total)} ${unit})\n`);
      }
    },
    finish(message) {
      if (output.isTTY && drawn) output.write("\n");
      if (message) output.write(`${message}\n`);
    },
  };
}
