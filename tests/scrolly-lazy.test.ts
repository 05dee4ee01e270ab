// Scrollytelling's code loads on demand (src/scrolly-lazy.ts): stopping before it arrives must
// keep it from starting, and stopping after must stop it.
import { describe, expect, it, vi } from 'vitest';

const started = vi.fn();
const stopped = vi.fn();
vi.mock('../src/scrolly', () => ({
  attachScrollytelling: (...args: unknown[]) => {
    started(...args);
    return stopped;
  },
}));

const { attachScrollytelling } = await import('../src/scrolly-lazy');
const target = { select: () => undefined };

describe('attachScrollytelling, loaded on demand', () => {
  it('starts once its code is in, and the function it returned stops it', async () => {
    started.mockClear();
    stopped.mockClear();
    const stop = attachScrollytelling(target, { rootMargin: '-50% 0px' });
    await vi.waitFor(() => expect(started).toHaveBeenCalledTimes(1));
    expect(started).toHaveBeenCalledWith(target, { rootMargin: '-50% 0px' });
    stop();
    expect(stopped).toHaveBeenCalledTimes(1);
  });

  it('never starts when stopped before its code arrives', async () => {
    started.mockClear();
    const stop = attachScrollytelling(target);
    stop();
    // Once the module is in, the loader's own callback (registered first) has run.
    await import('../src/scrolly');
    expect(started).not.toHaveBeenCalled();
  });
});
