// Debian's Chromium and the flags it needs on these machines, shared by the Playwright config
// and the benchmark (Playwright's own browser download cannot work here; scripts/e2e.sh
// installs the Debian package when it is missing).
export const chromiumLaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};
