-- The bytes of each picture variant, by its address (hash-width.ext): PostgreSQL keeps them as bytea.
CREATE TABLE media_blob (
    address VARCHAR(100) NOT NULL,
    data    BYTEA        NOT NULL,
    CONSTRAINT pk_media_blob PRIMARY KEY (address)
);
