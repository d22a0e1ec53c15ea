-- Rows written at schema version 2 (June 2025), replayed right after step 2: cohort printemps-2025
-- on rec.track with paul and jane.doe (who was enrolled in rec.track by joining it).
INSERT INTO events (id, at, kind, trainee_id, module_id, module_version, item_id, attempt_id, data) VALUES (19, 1748853060000, 'enrolled', 'jane.doe', NULL, NULL, 'rec.track', NULL, NULL);
INSERT INTO enrolments (trainee_id, track_id, enrolled_at, seq) VALUES ('jane.doe', 'rec.track', 1748853060000, 2);
INSERT INTO cohorts (id, track_id, title, deadline, created_at) VALUES ('printemps-2025', 'rec.track', 'Printemps 2025', '2025-09-30', 1748853000000);
INSERT INTO cohort_members (cohort_id, trainee_id, added_at) VALUES ('printemps-2025', 'jane.doe', 1748853060000);
INSERT INTO cohort_members (cohort_id, trainee_id, added_at) VALUES ('printemps-2025', 'paul', 1748853060000);
