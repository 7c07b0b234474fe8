import { useEffect, useRef, useState } from 'react';

/** When the plan sets no rest: a common middle for strength work between hypertrophy's 90 s and heavy triples' 3–5 min. */
export const DEFAULT_REST_SECONDS = 120;
const EXTEND_SECONDS = 30;
/** Redraw often enough that the seconds never visibly skip; the time itself comes from the clock. */
const TICK_MS = 250;

/** 0:45, 2:00, 10:05. */
export function formatClock(totalSeconds: number): string {
  const seconds = Math.max(0, totalSeconds);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** "2 minutes 30 seconds": what a screen reader should say, not "2:30". */
function spokenDuration(totalSeconds: number): string {
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  const parts = [];
  if (minutes > 0) parts.push(`${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`);
  if (seconds > 0 || minutes === 0) parts.push(`${seconds} ${seconds === 1 ? 'second' : 'seconds'}`);
  return parts.join(' ');
}

type AudioContextClass = typeof AudioContext;

function audioContextClass(): AudioContextClass | undefined {
  const scope = window as unknown as { AudioContext?: AudioContextClass; webkitAudioContext?: AudioContextClass };
  return scope.AudioContext ?? scope.webkitAudioContext;
}

/** A short 880 Hz beep. Browsers without Web Audio, or that refuse it, stay silent. */
function beep(context: AudioContext | null) {
  if (!context) return;
  try {
    if (context.state === 'suspended') void context.resume();
    const oscillator = context.createOscillator();
    const gain = context.createGain();
    oscillator.type = 'sine';
    oscillator.frequency.value = 880;
    gain.gain.setValueAtTime(0.25, context.currentTime);
    gain.gain.exponentialRampToValueAtTime(0.001, context.currentTime + 0.35);
    oscillator.connect(gain).connect(context.destination);
    oscillator.start();
    oscillator.stop(context.currentTime + 0.35);
  } catch {
    // Sound is a nicety: a browser that refuses it still shows and announces the end of rest.
  }
}

function vibrate() {
  if (typeof navigator !== 'undefined' && typeof navigator.vibrate === 'function') {
    try {
      navigator.vibrate([200, 100, 200]);
    } catch {
      // Some browsers throw when vibration is blocked (e.g. in a cross-origin frame).
    }
  }
}

interface RestTimerProps {
  /** Seconds to rest, counted from when the timer mounts (give it a new `key` to restart). */
  durationSeconds: number;
  /** Skip, or close after the rest is over. */
  onDismiss(): void;
}

/**
 * The rest after a logged set: a countdown from the wall clock (a phone that throttles timers in
 * the background still ends on time), +30 s, Skip, and at zero a vibration and a beep.
 */
export function RestTimer({ durationSeconds, onDismiss }: RestTimerProps) {
  const [endsAt, setEndsAt] = useState(() => Date.now() + durationSeconds * 1000);
  const [now, setNow] = useState(() => Date.now());
  const [announcement, setAnnouncement] = useState(`Rest started: ${spokenDuration(durationSeconds)}.`);
  const remaining = Math.max(0, Math.ceil((endsAt - now) / 1000));
  const over = remaining === 0;
  const audio = useRef<AudioContext | null>(null);

  // Created while the Log tap still counts as a user gesture: browsers refuse sound started later.
  useEffect(() => {
    const Context = audioContextClass();
    if (!Context) return;
    try {
      audio.current = new Context();
    } catch {
      audio.current = null;
    }
    return () => {
      void audio.current?.close().catch(() => undefined);
      audio.current = null;
    };
  }, []);

  useEffect(() => {
    if (over) return;
    const timer = window.setInterval(() => setNow(Date.now()), TICK_MS);
    return () => window.clearInterval(timer);
  }, [over]);

  useEffect(() => {
    if (!over) return;
    vibrate();
    beep(audio.current);
  }, [over]);

  function extend() {
    const base = Math.max(endsAt, Date.now());
    const next = base + EXTEND_SECONDS * 1000;
    setEndsAt(next);
    setNow(Date.now());
    setAnnouncement(`Rest extended: ${spokenDuration(Math.ceil((next - Date.now()) / 1000))} left.`);
  }

  return (
    <section className={`rest-timer${over ? ' rest-timer-over' : ''}`} aria-label="Rest timer">
      <div className="rest-timer-time">
        <span className="rest-timer-label">{over ? 'Rest over' : 'Rest'}</span>
        {/* role=timer is not announced each second; the live region below speaks at start, +30 s and zero */}
        <span role="timer" aria-label="Rest remaining" className="rest-timer-clock">
          {formatClock(remaining)}
        </span>
      </div>
      <div className="rest-timer-actions">
        <button type="button" className="button button-secondary" onClick={extend} aria-label="Add 30 seconds of rest">
          +30 s
        </button>
        <button type="button" className="button button-ghost" onClick={onDismiss} aria-label={over ? 'Close rest timer' : 'Skip rest'}>
          {over ? 'Close' : 'Skip'}
        </button>
      </div>
      <p className="visually-hidden" aria-live="polite" role="status">
        {over ? 'Rest over: time for the next set.' : announcement}
      </p>
    </section>
  );
}
