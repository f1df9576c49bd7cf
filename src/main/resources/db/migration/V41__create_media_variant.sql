-- The resized copies of a picture, one per width; their bytes live in media_blob (or a directory).
CREATE TABLE media_variant (
    image_id  BIGINT  NOT NULL,
    width     INTEGER NOT NULL,
    height    INTEGER NOT NULL,
    byte_size BIGINT  NOT NULL,
    CONSTRAINT pk_media_variant PRIMARY KEY (image_id, width),
    CONSTRAINT fk_media_variant_image FOREIGN KEY (image_id) REFERENCES media_image (id) ON DELETE CASCADE
);
