#!/usr/bin/env node
import { run } from './index';

// A reader that stops early (`evt generate sqs | head -1`) closes the pipe: not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

process.exitCode = await run(process.argv.slice(2));
