#!/usr/bin/env node
import module from 'node:module';

// Node 22.1+ keeps the compiled code of the modules loaded next in its cache, so later runs
// start sooner; Node 20 has no such cache (nor its type) and runs the same.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();

// A reader that stops early (`evt generate sqs | head -1`) closes the pipe: not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const { run } = await import('./index');
process.exitCode = await run(process.argv.slice(2));
