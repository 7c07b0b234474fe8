import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatClock, RestTimer } from './rest-timer';

/** Records the beeps the timer asks Web Audio for (happy-dom has no audio). */
class FakeAudioContext {
  static instances: FakeAudioContext[] = [];
  state = 'running';
  currentTime = 0;
  destination = {};
  started = 0;
  closed = false;
  constructor() {
    FakeAudioContext.instances.push(this);
  }
  createOscillator() {
    return { type: '', frequency: { value: 0 }, connect: (node: unknown) => node, start: () => this.started++, stop: () => undefined };
  }
  createGain() {
    const gain = { gain: { setValueAtTime: () => undefined, exponentialRampToValueAtTime: () => undefined }, connect: (node: unknown) => node };
    return gain;
  }
  resume() {
    return Promise.resolve();
  }
  close() {
    this.closed = true;
    return Promise.resolve();
  }
}

const clock = () => screen.getByRole('timer', { name: 'Rest remaining' }).textContent;
const announcement = () => screen.getByRole('status').textContent;
const advance = (ms: number) => act(() => vi.advanceTimersByTime(ms));

beforeEach(() => {
  vi.useFakeTimers();
  FakeAudioContext.instances = [];
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
  Reflect.deleteProperty(navigator, 'vibrate');
});

describe('formatClock', () => {
  it('writes minutes and two-digit seconds', () => {
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(45)).toBe('0:45');
    expect(formatClock(120)).toBe('2:00');
    expect(formatClock(605)).toBe('10:05');
    expect(formatClock(-3)).toBe('0:00');
  });
});

describe('RestTimer', () => {
  it('counts down from the given rest and announces the start once', () => {
    render(<RestTimer durationSeconds={90} onDismiss={() => undefined} />);
    expect(clock()).toBe('1:30');
    expect(announcement()).toBe('Rest started: 1 minute 30 seconds.');
    advance(1000);
    expect(clock()).toBe('1:29');
    advance(59_000);
    expect(clock()).toBe('0:30');
    // The live region does not read out every second.
    expect(announcement()).toBe('Rest started: 1 minute 30 seconds.');
  });

  it('adds 30 seconds to the time left', () => {
    render(<RestTimer durationSeconds={60} onDismiss={() => undefined} />);
    advance(50_000);
    expect(clock()).toBe('0:10');
    fireEvent.click(screen.getByRole('button', { name: 'Add 30 seconds of rest' }));
    expect(clock()).toBe('0:40');
    expect(announcement()).toBe('Rest extended: 40 seconds left.');
  });

  it('calls onDismiss when skipped', () => {
    const onDismiss = vi.fn();
    render(<RestTimer durationSeconds={120} onDismiss={onDismiss} />);
    fireEvent.click(screen.getByRole('button', { name: 'Skip rest' }));
    expect(onDismiss).toHaveBeenCalledTimes(1);
  });

  it('at zero vibrates once, beeps once, says so, and stops counting', () => {
    const vibrate = vi.fn(() => true);
    Object.defineProperty(navigator, 'vibrate', { value: vibrate, configurable: true });
    vi.stubGlobal('AudioContext', FakeAudioContext);
    render(<RestTimer durationSeconds={3} onDismiss={() => undefined} />);
    advance(2000);
    expect(vibrate).not.toHaveBeenCalled();
    expect(FakeAudioContext.instances[0]!.started).toBe(0);
    advance(1000);
    expect(clock()).toBe('0:00');
    expect(announcement()).toBe('Rest over: time for the next set.');
    expect(vibrate).toHaveBeenCalledTimes(1);
    expect(vibrate).toHaveBeenCalledWith([200, 100, 200]);
    expect(FakeAudioContext.instances).toHaveLength(1);
    expect(FakeAudioContext.instances[0]!.started).toBe(1);
    expect(screen.getByRole('button', { name: 'Close rest timer' })).toBeTruthy();
    advance(10_000);
    expect(vibrate).toHaveBeenCalledTimes(1);
    expect(FakeAudioContext.instances[0]!.started).toBe(1);
  });

  it('+30 s after the rest is over starts another 30 seconds, which ends with a signal again', () => {
    const vibrate = vi.fn(() => true);
    Object.defineProperty(navigator, 'vibrate', { value: vibrate, configurable: true });
    render(<RestTimer durationSeconds={1} onDismiss={() => undefined} />);
    advance(5000);
    expect(vibrate).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: 'Add 30 seconds of rest' }));
    expect(clock()).toBe('0:30');
    expect(screen.getByRole('button', { name: 'Skip rest' })).toBeTruthy();
    advance(30_000);
    expect(vibrate).toHaveBeenCalledTimes(2);
  });

  it('ends quietly in a browser with neither vibration nor Web Audio', () => {
    vi.stubGlobal('AudioContext', undefined);
    expect('vibrate' in navigator).toBe(false);
    render(<RestTimer durationSeconds={2} onDismiss={() => undefined} />);
    advance(2000);
    expect(announcement()).toBe('Rest over: time for the next set.');
  });

  it('releases its audio context when it goes away', () => {
    vi.stubGlobal('AudioContext', FakeAudioContext);
    const { unmount } = render(<RestTimer durationSeconds={60} onDismiss={() => undefined} />);
    unmount();
    expect(FakeAudioContext.instances[0]!.closed).toBe(true);
  });
});
