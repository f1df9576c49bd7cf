-- An optional lead picture per post: the hash of a media library picture.
ALTER TABLE post ADD COLUMN lead_image VARCHAR(64);
