-- Rows written at schema version 4 (accounts): an admin, a coordinator of printemps-2025 and Léa's
-- trainee account. Hashes are ASP.NET Core Identity v3 (PBKDF2-HMAC-SHA512, 100,000 iterations) of
-- 'fixture-admin-pass', 'fixture-coordinator-pass' and 'fixture-lea-pass', with fixed salts so the
-- fixture is reproducible.
INSERT INTO users (user_name, password_hash, role, trainee_id, display_name, created_at, updated_at, security_stamp) VALUES ('admin', 'AQAAAAIAAYagAAAAEAABAgMEBQYHCAkKCwwNDg/fDPKKmiKwj3+OX1BiNEAjwaIBukEtlBv/9ERuI5ZA5g==', 'admin', NULL, 'Administratrice', 1790000000000, 1790000000000, 'stamp-admin-1');
INSERT INTO users (user_name, password_hash, role, trainee_id, display_name, created_at, updated_at, security_stamp) VALUES ('coord.gironde', 'AQAAAAIAAYagAAAAEBAREhMUFRYXGBkaGxwdHh/DNhFmGsVU0DLd9xZs14CaCeXPoJ6hXj3a38PERNiGmQ==', 'coordinator', NULL, 'Coordination Gironde', 1790000060000, 1790000060000, 'stamp-coord-1');
INSERT INTO users (user_name, password_hash, role, trainee_id, display_name, created_at, updated_at, security_stamp) VALUES ('lea', 'AQAAAAIAAYagAAAAECAhIiMkJSYnKCkqKywtLi9zOvfxTUXPdsYxYv65TWfYfe0DO3cAbYIUCDsG8+9vAQ==', 'trainee', 'lea', NULL, 1790000120000, 1790000120000, 'stamp-lea-1');
INSERT INTO cohort_coordinators (cohort_id, user_name, assigned_at) VALUES ('printemps-2025', 'coord.gironde', 1790000180000);
INSERT INTO account_events (id, at, kind, user_name, actor, data) VALUES (1, 1790000000000, 'user-added', 'admin', NULL, '{"role":"admin","trainee":null,"displayName":"Administratrice"}');
INSERT INTO account_events (id, at, kind, user_name, actor, data) VALUES (2, 1790000060000, 'user-added', 'coord.gironde', 'admin', '{"role":"coordinator","trainee":null,"displayName":"Coordination Gironde"}');
INSERT INTO account_events (id, at, kind, user_name, actor, data) VALUES (3, 1790000120000, 'user-added', 'lea', 'admin', '{"role":"trainee","trainee":"lea","displayName":null}');
INSERT INTO account_events (id, at, kind, user_name, actor, data) VALUES (4, 1790000180000, 'coordinator-assigned', 'coord.gironde', 'admin', '{"cohort":"printemps-2025"}');
