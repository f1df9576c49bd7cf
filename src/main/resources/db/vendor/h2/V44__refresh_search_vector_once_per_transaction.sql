-- PostgreSQL only (its search vector triggers); this file keeps the version numbers of both vendor folders aligned.
SELECT 1;
