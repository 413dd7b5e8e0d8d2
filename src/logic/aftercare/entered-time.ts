import {parseTreatedAt} from './plan.js';

/** A date's local wall-clock time as the form and storage hold it: `2026-11-24T09:05` (no zone, no seconds). */
export function localIso(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/**
 * Reads the treatment-time form's fields (`2026-11-24`, `09:05`, local time). Returns the time, or
 * the field the patient must fix: the date when it is empty, otherwise the time.
 */
export function readTimeFields(date: string, time: string): Date | 'date' | 'time' {
  return (date && time ? parseTreatedAt(`${date}T${time}`) : null) ?? (date ? 'time' : 'date');
}
