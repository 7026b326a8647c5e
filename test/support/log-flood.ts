// Child process for the bounded-log test: writes far more log output than the pipe takes, to a reader that never reads.
import { createLogger, droppedLogLines } from '../../src/log.js';

const logger = createLogger({ level: 'info' });
const padding = 'x'.repeat(1_000);
for (let i = 0; i < 100_000; i += 1) logger.info({ i, padding }, 'flood');
process.stderr.write(`${JSON.stringify({ dropped: droppedLogLines(), rssMiB: Math.round(process.memoryUsage().rss / 2 ** 20) })}\n`, () => {
  // Not process.exit: flushing at exit would wait for a reader that never comes, which is the point of the test.
  process.kill(process.pid, 'SIGKILL');
});
