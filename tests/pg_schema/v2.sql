-- What kofu added at schema version 2 (applied after v1.sql; kept as data, never change it).
CREATE TABLE stations (
         name TEXT PRIMARY KEY,
         owner NAME NOT NULL DEFAULT current_user,
         trainee TEXT, participant TEXT, condition TEXT,
         session TEXT, screen TEXT NOT NULL, step SMALLINT NOT NULL,
         screen_since TIMESTAMPTZ NOT NULL DEFAULT now(),
         last_effect TEXT, refusal TEXT,
         exercise TEXT, answered INTEGER NOT NULL DEFAULT 0,
         correct INTEGER NOT NULL DEFAULT 0, last_answer_correct BOOLEAN,
         paused BOOLEAN NOT NULL DEFAULT false,
         commands_from BIGINT NOT NULL DEFAULT 0,
         heartbeat TIMESTAMPTZ NOT NULL DEFAULT now(),
         registered TIMESTAMPTZ NOT NULL DEFAULT now());
     CREATE TABLE commands (
         seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
         station TEXT,
         command JSONB NOT NULL,
         issued_at TIMESTAMPTZ NOT NULL DEFAULT now(),
         issued_by NAME NOT NULL DEFAULT current_user);
     CREATE TABLE command_acks (
         seq BIGINT NOT NULL REFERENCES commands,
         station TEXT NOT NULL,
         outcome TEXT NOT NULL,
         applied_at TIMESTAMPTZ NOT NULL DEFAULT now(),
         PRIMARY KEY (seq, station));
     CREATE TABLE recordings (
         seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
         station TEXT NOT NULL, session TEXT NOT NULL,
         participant TEXT, condition TEXT, started TEXT,
         body TEXT NOT NULL,
         saved_at TIMESTAMPTZ NOT NULL DEFAULT now(),
         UNIQUE (station, session));
     ALTER TABLE results ADD COLUMN station TEXT;
     CREATE FUNCTION kofu_station_notify() RETURNS trigger LANGUAGE plpgsql AS $$
     BEGIN
         PERFORM pg_notify('kofu_station', json_build_object(
             'station', NEW.name, 'screen', NEW.screen, 'step', NEW.step,
             'last_effect', NEW.last_effect, 'refusal', NEW.refusal,
             'exercise', NEW.exercise, 'answered', NEW.answered, 'correct', NEW.correct,
             'paused', NEW.paused)::text);
         RETURN NEW;
     END $$;
     CREATE TRIGGER stations_notify AFTER INSERT OR UPDATE ON stations
         FOR EACH ROW EXECUTE FUNCTION kofu_station_notify();
     CREATE FUNCTION kofu_command_notify() RETURNS trigger LANGUAGE plpgsql AS $$
     BEGIN
         PERFORM pg_notify('kofu_command',
             json_build_object('seq', NEW.seq, 'station', NEW.station)::text);
         RETURN NEW;
     END $$;
     CREATE TRIGGER commands_notify AFTER INSERT ON commands
         FOR EACH ROW EXECUTE FUNCTION kofu_command_notify();
INSERT INTO schema_version (version, kofu) VALUES (2, '0.1.0');
