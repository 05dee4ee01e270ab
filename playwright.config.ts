import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions as launchOptions } from './scripts/chromium';

const port = Number(process.env.E2E_PORT ?? 4173);

// Dates are calendar days: the specs tagged @dates also run in the extreme time zones.
const timeZones = ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Asia/Tokyo'];

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions,
    trace: 'retain-on-failure',
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
  projects: [
    {
      name: 'desktop',
      use: {
        ...devices['Desktop Chrome'],
        channel: undefined,
        timezoneId: 'America/New_York',
        launchOptions,
      },
    },
    {
      name: 'mobile',
      use: {
        ...devices['Pixel 7'],
        timezoneId: 'Asia/Tokyo',
        launchOptions,
      },
      grepInvert: /@desktop-only/,
    },
    ...timeZones.map((timezoneId) => ({
      name: `tz-${timezoneId.split('/')[1]?.toLowerCase() ?? timezoneId}`,
      grep: /@dates/,
      use: { ...devices['Desktop Chrome'], timezoneId, launchOptions },
    })),
  ],
});
