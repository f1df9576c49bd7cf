-- The bytes of each picture variant, by its address (hash-width.ext): H2 keeps them as BLOBs.
CREATE TABLE media_blob (
    address VARCHAR(100) NOT NULL,
    data    BLOB         NOT NULL,
    CONSTRAINT pk_media_blob PRIMARY KEY (address)
);
