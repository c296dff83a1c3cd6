import { runBrowserMode } from './run-browser-mode';

// Entry point of `npm run start:browser`.
runBrowserMode(process.argv.slice(2), process.env).catch((error: unknown) => {
  console.error(`Circlekeeper could not start: ${(error as Error).message}`);
  process.exit(1);
});
