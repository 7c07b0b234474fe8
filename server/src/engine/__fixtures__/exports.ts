/**
 * Hand-written samples of Strong and Hevy exports, one per header layout seen in the wild: the
 * column names and value formats follow files exported by the apps; the workouts are made up.
 */

/** Strong, current comma layout (issue 4's header): unitless weight, `W` warm-ups, a rest timer, a quoted note with a comma. */
export const STRONG_COMMA = [
  'Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE',
  '2024-03-04 07:41:02,"Push A",1h 5m,"Bench Press (Barbell)",W,40,10,0,0,,"Felt good, slept 8h",',
  '2024-03-04 07:41:02,"Push A",1h 5m,"Bench Press (Barbell)",1,80,8,0,0,"Paused, tight arch","Felt good, slept 8h",8',
  '2024-03-04 07:41:02,"Push A",1h 5m,"Bench Press (Barbell)",2,80,8,0,0,,"Felt good, slept 8h",8.5',
  '2024-03-04 07:41:02,"Push A",1h 5m,"Bench Press (Barbell)",Rest Timer,0,0,0,120,,"Felt good, slept 8h",',
  '2024-03-04 07:41:02,"Push A",1h 5m,"Overhead Press (Barbell)",1,50,5,0,0,,"Felt good, slept 8h",',
  '2024-03-06 18:02:11,"Legs",48m,"Squat (Barbell)",1,100,5,0,0,,,',
  '2024-03-06 18:02:11,"Legs",48m,"Squat (Barbell)",2,100,5,0,0,,,',
  '2024-03-06 18:02:11,"Legs",48m,"Plank",1,0,0,0,60,,,',
].join('\n');

/** Strong, older layout: unit columns, `Workout Duration`, semicolons and decimal commas, CRLF and a BOM. */
export const STRONG_SEMICOLON_UNITS =
  '\uFEFF' +
  [
    'Date;Workout Name;Exercise Name;Set Order;Weight;Weight Unit;Reps;RPE;Distance;Distance Unit;Seconds;Notes;Workout Notes;Workout Duration',
    '2019-11-02 09:15:00;Morning;Deadlift (Barbell);1;315;lbs;5;;;;;;"Belt; chalk";52m',
    '2019-11-02 09:15:00;Morning;Deadlift (Barbell);2;317,5;lbs;3;9;;;;;"Belt; chalk";52m',
    '2019-11-02 09:15:00;Morning;Running;1;;;;;3,1;mi;1500;;"Belt; chalk";52m',
  ].join('\r\n') +
  '\r\n';

/** Strong, newest layout: units in the header, `Workout #`, `Duration (sec)`, a multi-line note. */
export const STRONG_UNITS_IN_HEADER = [
  'Workout #,Date,Workout Name,Duration (sec),Exercise Name,Set Order,Weight (kg),Reps,RPE,Distance (meters),Seconds,Notes,Workout Notes',
  '12,2025-01-15 06:30:00,"Pull",3120,"Pull Up",1,0,10,,0,0,"bodyweight",""',
  '12,2025-01-15 06:30:00,"Pull",3120,"Bent Over Row (Barbell)",1,70,8,7,0,0,"",""',
  '12,2025-01-15 06:30:00,"Pull",3120,"Bent Over Row (Barbell)",2,70,8,8,0,0,"grip slipped,',
  'used straps",""',
  '12,2025-01-15 06:30:00,"Pull",3120,"Rowing (Machine)",1,0,0,,2000,480,"",""',
].join('\n');

/** Strong with `Weight (lbs)` in the header. */
export const STRONG_LBS_HEADER = [
  'Date,Workout Name,Duration,Exercise Name,Set Order,Weight (lbs),Reps,Distance (miles),Seconds,Notes,Workout Notes,RPE',
  '2023-07-01 17:00:00,Upper,1h,Bench Press (Barbell),1,135,10,0,0,,,',
  '2023-07-01 17:00:00,Upper,1h,Bench Press (Barbell),2,185,5,0,0,,,9',
].join('\n');

/** Hevy with kg: the superset column, warm-up / failure / drop sets, a description with quotes and commas. */
export const HEVY_KG = [
  '"title","start_time","end_time","description","exercise_title","superset_id","exercise_notes","set_index","set_type","weight_kg","reps","distance_km","duration_seconds","rpe"',
  '"Upper A","3 Jan 2024, 18:05","3 Jan 2024, 19:10","Felt ""strong"", good pump","Bench Press (Barbell)",,"",0,"warmup",40,10,,,',
  '"Upper A","3 Jan 2024, 18:05","3 Jan 2024, 19:10","Felt ""strong"", good pump","Bench Press (Barbell)",,"",1,"normal",82.5,8,,,8',
  '"Upper A","3 Jan 2024, 18:05","3 Jan 2024, 19:10","Felt ""strong"", good pump","Bench Press (Barbell)",,"",2,"failure",82.5,6,,,10',
  '"Upper A","3 Jan 2024, 18:05","3 Jan 2024, 19:10","Felt ""strong"", good pump","Lateral Raise (Dumbbell)",0,"",0,"normal",10,15,,,',
  '"Upper A","3 Jan 2024, 18:05","3 Jan 2024, 19:10","Felt ""strong"", good pump","Lateral Raise (Dumbbell)",0,"",1,"dropset",6,12,,,',
  '"Cardio","5 Jan 2024, 07:00","5 Jan 2024, 07:31","","Running",,"",0,"normal",,,5.2,1860,',
].join('\n');

/** Hevy with pounds, ISO timestamps, CRLF. */
export const HEVY_LBS = [
  'title,start_time,end_time,description,exercise_title,exercise_notes,set_index,set_type,weight_lbs,reps,distance_miles,duration_seconds,rpe',
  'Leg Day,2024-02-10 10:00:00,2024-02-10 11:02:30,,Squat (Barbell),,0,normal,225,5,,,',
  'Leg Day,2024-02-10 10:00:00,2024-02-10 11:02:30,,Squat (Barbell),,1,normal,225,5,,,7.5',
].join('\r\n');
