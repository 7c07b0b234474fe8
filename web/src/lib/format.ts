/** Fixed locale: numbers read the same for every athlete and every test ("1,000 kg"). */
const kgFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const rpeFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

export const formatKg = (kg: number): string => `${kgFormat.format(kg)} kg`;
export const formatNumber = (value: number): string => kgFormat.format(value);
export const formatRpe = (rpe: number): string => `RPE ${rpeFormat.format(rpe)}`;

/** The browser's calendar day as YYYY-MM-DD (the server's LocalDate), not UTC's. */
export function localDate(now = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function formatTime(iso: string): string {
  return new Date(iso).toLocaleTimeString(undefined, { hour: 'numeric', minute: '2-digit' });
}
