namespace Training.Storage.Sqlite.Migrations;

/// <summary>
/// The schema, as ordered steps. Never edit a released step: add a new one. Times are Unix
/// milliseconds (UTC) so they compare and index as integers.
/// </summary>
internal static class SchemaSteps
{
    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "learning records: trainees, events, projections, certificates", """
            CREATE TABLE trainees (
                id TEXT NOT NULL PRIMARY KEY,
                name TEXT NOT NULL,
                email TEXT COLLATE NOCASE,
                created_at INTEGER NOT NULL
            ) WITHOUT ROWID;
            CREATE UNIQUE INDEX ux_trainees_email ON trainees (email) WHERE email IS NOT NULL;

            CREATE TABLE events (
                id INTEGER PRIMARY KEY,
                at INTEGER NOT NULL,
                kind TEXT NOT NULL,
                trainee_id TEXT NOT NULL REFERENCES trainees (id),
                module_id TEXT,
                module_version TEXT,
                item_id TEXT,
                attempt_id INTEGER,
                data TEXT
            );
            CREATE INDEX ix_events_trainee ON events (trainee_id, id);
            CREATE TRIGGER events_append_only_update BEFORE UPDATE ON events
            BEGIN SELECT RAISE(ABORT, 'learning events are append-only'); END;
            CREATE TRIGGER events_append_only_delete BEFORE DELETE ON events
            BEGIN SELECT RAISE(ABORT, 'learning events are append-only'); END;

            CREATE TABLE enrolments (
                trainee_id TEXT NOT NULL REFERENCES trainees (id),
                track_id TEXT NOT NULL,
                enrolled_at INTEGER NOT NULL,
                seq INTEGER NOT NULL,
                PRIMARY KEY (trainee_id, track_id)
            ) WITHOUT ROWID;

            CREATE TABLE lesson_progress (
                trainee_id TEXT NOT NULL REFERENCES trainees (id),
                module_id TEXT NOT NULL,
                lesson_id TEXT NOT NULL,
                module_version TEXT NOT NULL,
                completed_at INTEGER NOT NULL,
                event_id INTEGER NOT NULL REFERENCES events (id),
                PRIMARY KEY (trainee_id, module_id, lesson_id)
            ) WITHOUT ROWID;
            CREATE INDEX ix_lesson_progress_module ON lesson_progress (module_id);

            CREATE TABLE attempts (
                id INTEGER PRIMARY KEY REFERENCES events (id),
                trainee_id TEXT NOT NULL REFERENCES trainees (id),
                module_id TEXT NOT NULL,
                quiz_id TEXT NOT NULL,
                module_version TEXT NOT NULL,
                number INTEGER NOT NULL,
                seed INTEGER NOT NULL,
                language TEXT NOT NULL,
                started_at INTEGER NOT NULL,
                deadline INTEGER,
                state TEXT NOT NULL CHECK (state IN ('open', 'submitted', 'expired')),
                submitted_at INTEGER,
                score REAL,
                max_score REAL,
                percent REAL,
                passed INTEGER NOT NULL DEFAULT 0
            );
            CREATE INDEX ix_attempts_trainee ON attempts (trainee_id, id);
            CREATE INDEX ix_attempts_module ON attempts (module_id);

            CREATE TABLE module_status (
                trainee_id TEXT NOT NULL REFERENCES trainees (id),
                module_id TEXT NOT NULL,
                completed INTEGER NOT NULL,
                completed_at INTEGER,
                completed_version TEXT,
                reset_event_id INTEGER NOT NULL DEFAULT 0,
                reset_version TEXT,
                PRIMARY KEY (trainee_id, module_id)
            ) WITHOUT ROWID;
            CREATE INDEX ix_module_status_module ON module_status (module_id);

            CREATE TABLE track_status (
                trainee_id TEXT NOT NULL REFERENCES trainees (id),
                track_id TEXT NOT NULL,
                completed INTEGER NOT NULL,
                completed_at INTEGER,
                certificate_id TEXT,
                PRIMARY KEY (trainee_id, track_id)
            ) WITHOUT ROWID;
            CREATE INDEX ix_track_status_track ON track_status (track_id);

            CREATE TABLE certificates (
                seq INTEGER PRIMARY KEY,
                id TEXT NOT NULL UNIQUE,
                trainee_id TEXT NOT NULL REFERENCES trainees (id),
                track_id TEXT NOT NULL,
                issued_at INTEGER NOT NULL,
                expires_at INTEGER,
                credential TEXT NOT NULL
            );
            CREATE INDEX ix_certificates_trainee ON certificates (trainee_id, seq);
            CREATE INDEX ix_certificates_expires ON certificates (expires_at) WHERE expires_at IS NOT NULL;
            """),
        new(2, "cohorts: cohorts, members, and the indexes of the cohort report", """
            CREATE TABLE cohorts (
                id TEXT NOT NULL PRIMARY KEY,
                track_id TEXT NOT NULL,
                title TEXT,
                deadline TEXT,
                created_at INTEGER NOT NULL
            ) WITHOUT ROWID;

            CREATE TABLE cohort_members (
                cohort_id TEXT NOT NULL REFERENCES cohorts (id),
                trainee_id TEXT NOT NULL REFERENCES trainees (id),
                added_at INTEGER NOT NULL,
                PRIMARY KEY (cohort_id, trainee_id)
            ) WITHOUT ROWID;
            CREATE INDEX ix_cohort_members_trainee ON cohort_members (trainee_id);

            -- The report grades each (trainee, quiz) from its attempts: a covering index answers it without touching the table.
            CREATE INDEX ix_attempts_trainee_quiz ON attempts (trainee_id, module_id, quiz_id, id, state, percent, started_at, submitted_at);
            """),

        // Steps 2 and 3 were developed side by side; the migrator applies every unrecorded step,
        // so a database that reached 3 first still gets 2 later.
        new(3, "per-question results and the essay review queue", """
            CREATE TABLE IF NOT EXISTS quiz_layouts (
                id INTEGER PRIMARY KEY,
                module_id TEXT NOT NULL,
                quiz_id TEXT NOT NULL,
                module_version TEXT NOT NULL,
                questions TEXT NOT NULL,
                UNIQUE (module_id, quiz_id, module_version, questions)
            );

            CREATE TABLE IF NOT EXISTS attempt_results (
                attempt_id INTEGER NOT NULL PRIMARY KEY REFERENCES attempts (id),
                trainee_id TEXT NOT NULL,
                module_id TEXT NOT NULL,
                quiz_id TEXT NOT NULL,
                layout_id INTEGER NOT NULL REFERENCES quiz_layouts (id),
                pending INTEGER NOT NULL,
                scores BLOB NOT NULL
            );
            CREATE INDEX IF NOT EXISTS ix_attempt_results_quiz ON attempt_results (module_id, quiz_id, trainee_id, attempt_id);

            CREATE TABLE IF NOT EXISTS essay_answers (
                attempt_id INTEGER NOT NULL REFERENCES attempts (id),
                question_id TEXT NOT NULL,
                trainee_id TEXT NOT NULL,
                module_id TEXT NOT NULL,
                quiz_id TEXT NOT NULL,
                module_version TEXT NOT NULL,
                answer TEXT NOT NULL,
                max_score REAL NOT NULL,
                submitted_at INTEGER NOT NULL,
                score REAL,
                feedback TEXT,
                graded_at INTEGER,
                PRIMARY KEY (attempt_id, question_id)
            ) WITHOUT ROWID;
            CREATE INDEX IF NOT EXISTS ix_essay_answers_pending ON essay_answers (submitted_at, attempt_id) WHERE graded_at IS NULL;
            """),

        // Purely additive: accounts live beside the learning records and never change them. Account
        // events get their own append-only table because learning events always belong to a trainee.
        new(4, "accounts: users, cohort coordinators and the account event log", """
            CREATE TABLE IF NOT EXISTS users (
                user_name TEXT NOT NULL COLLATE NOCASE PRIMARY KEY,
                password_hash TEXT NOT NULL,
                role TEXT NOT NULL CHECK (role IN ('trainee', 'coordinator', 'admin')),
                trainee_id TEXT REFERENCES trainees (id),
                display_name TEXT,
                created_at INTEGER NOT NULL,
                updated_at INTEGER NOT NULL,
                security_stamp TEXT NOT NULL
            ) WITHOUT ROWID;
            CREATE UNIQUE INDEX IF NOT EXISTS ux_users_trainee ON users (trainee_id) WHERE trainee_id IS NOT NULL;

            CREATE TABLE IF NOT EXISTS cohort_coordinators (
                cohort_id TEXT NOT NULL REFERENCES cohorts (id),
                user_name TEXT NOT NULL COLLATE NOCASE REFERENCES users (user_name),
                assigned_at INTEGER NOT NULL,
                PRIMARY KEY (cohort_id, user_name)
            ) WITHOUT ROWID;
            CREATE INDEX IF NOT EXISTS ix_cohort_coordinators_user ON cohort_coordinators (user_name, cohort_id);

            CREATE TABLE IF NOT EXISTS account_events (
                id INTEGER PRIMARY KEY,
                at INTEGER NOT NULL,
                kind TEXT NOT NULL,
                user_name TEXT NOT NULL COLLATE NOCASE,
                actor TEXT,
                data TEXT
            );
            CREATE INDEX IF NOT EXISTS ix_account_events_user ON account_events (user_name, id);
            CREATE TRIGGER IF NOT EXISTS account_events_append_only_update BEFORE UPDATE ON account_events
            BEGIN SELECT RAISE(ABORT, 'account events are append-only'); END;
            CREATE TRIGGER IF NOT EXISTS account_events_append_only_delete BEFORE DELETE ON account_events
            BEGIN SELECT RAISE(ABORT, 'account events are append-only'); END;
            """),
    ];

    public static int Latest => All.Max(step => step.Version);
}
