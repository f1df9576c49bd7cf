-- Addresses posts no longer use: post_id set = moved there (301); empty = the post was deleted (410).
CREATE TABLE retired_slug (
    slug       VARCHAR(160) NOT NULL,
    post_id    BIGINT,
    retired_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    CONSTRAINT pk_retired_slug PRIMARY KEY (slug),
    CONSTRAINT fk_retired_slug_post FOREIGN KEY (post_id) REFERENCES post (id) ON DELETE SET NULL
);

CREATE INDEX ix_retired_slug_post ON retired_slug (post_id);
