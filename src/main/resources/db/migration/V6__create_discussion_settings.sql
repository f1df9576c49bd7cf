-- Site-wide discussion rules, edited at /admin/settings/discussion. Exactly one row (id = 1).
CREATE TABLE discussion_settings (
    id                  BIGINT       NOT NULL PRIMARY KEY,
    hold_first_time     BOOLEAN      DEFAULT TRUE NOT NULL,
    max_links           INTEGER      DEFAULT 2 NOT NULL,
    disallowed_words    VARCHAR(4000) DEFAULT '' NOT NULL,
    hold_all            BOOLEAN      DEFAULT FALSE NOT NULL,
    close_after_days    INTEGER      DEFAULT 0 NOT NULL,
    max_depth           INTEGER      DEFAULT 3 NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL
);

INSERT INTO discussion_settings (id) VALUES (1);
