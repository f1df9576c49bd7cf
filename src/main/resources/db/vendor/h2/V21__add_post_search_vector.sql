-- H2 has no full-text vector: search matches words with REGEXP_LIKE at query time (see
-- app.takeaways.discovery.H2PostSearch). This file keeps the version numbers of both vendor folders aligned.
SELECT 1;
