-- The body is the only free text without a column length: bound it like the editor does
-- (100,000 characters), so nothing longer reaches the table by any path.
ALTER TABLE post ADD CONSTRAINT ck_post_body_length CHECK (char_length(body) <= 100000);
