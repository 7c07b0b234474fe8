export interface RotationDay {
  id: number;
  dayIndex: number;
  isRest: boolean;
}

/**
 * The routine day an athlete trains next: the first training (non-rest) day after the day of
 * their last session, wrapping around; day 1's side of the rotation when there is no history or
 * the last day no longer exists. Null when the routine has no training day.
 */
export function chooseNextRoutineDay<T extends RotationDay>(days: readonly T[], lastDayIndex: number | null): T | null {
  const training = days.filter((day) => !day.isRest).sort((a, b) => a.dayIndex - b.dayIndex);
  if (training.length === 0) return null;
  if (lastDayIndex === null) return training[0]!;
  return training.find((day) => day.dayIndex > lastDayIndex) ?? training[0]!;
}
