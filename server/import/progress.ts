import cliProgress from 'cli-progress';
import type { ImportProgress } from './importer.ts';

/** Shows import progress: a bar on a terminal, a plain line at most every 2 s otherwise. */
export function progressReporter(stream: NodeJS.WriteStream = process.stderr): {
  update: (progress: ImportProgress) => void;
  stop: () => void;
} {
  const began = Date.now();
  const rate = (done: number) => (done / Math.max((Date.now() - began) / 1000, 0.001)).toFixed(0);

  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        stream,
        format: 'Importing |{bar}| {value}/{total} articles | {claims} claims | {rate} articles/s | ETA {eta_formatted}',
        hideCursor: true,
      },
      cliProgress.Presets.shades_classic,
    );
    let started = false;
    return {
      update({ done, total, claims }) {
        if (!started) bar.start(total, 0, { claims: 0, rate: '0' });
        started = true;
        bar.update(done, { claims, rate: rate(done) });
      },
      stop: () => bar.stop(),
    };
  }
  let lastPrinted = 0;
  return {
    update({ done, total, claims }) {
      if (done < total && Date.now() - lastPrinted < 2000) return;
      lastPrinted = Date.now();
      stream.write(`imported ${done}/${total} articles, ${claims} claims, ${rate(done)} articles/s\n`);
    },
    stop: () => undefined,
  };
}
