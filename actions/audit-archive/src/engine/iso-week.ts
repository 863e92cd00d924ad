/** An ISO 8601 week, e.g. `2026-W48`: Monday 00:00 UTC to the next Monday. */
export interface IsoWeek {
  id: string;
  start: Date;
  end: Date;
}

/** The ISO week (UTC) holding `time`: the week of its Thursday decides the year. */
export function isoWeek(time: Date | number): IsoWeek {
  const t = new Date(typeof time === 'number' ? time : time.getTime());
  const day = (t.getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const start = new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth(), t.getUTCDate() - day));
  const thursday = new Date(start.getTime() + 3 * 86_400_000);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * 86_400_000)) + 1;
  return {
    id: `${year}-W${String(week).padStart(2, '0')}`,
    start,
    end: new Date(start.getTime() + 7 * 86_400_000),
  };
}

/** True for a week id such as `2026-W48`. */
export function isWeekId(value: string): boolean {
  return /^\d{4}-W(0[1-9]|[1-4]\d|5[0-3])$/.test(value);
}
