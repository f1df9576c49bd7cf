-- V21's triggers rebuilt a post's search vector at once for every changed takeaway row: an
-- editor save (nine takeaways deleted and nine inserted, the post updated twice) computed it
-- about twenty times and wrote as many versions of the post row and its GIN entries; an import
-- did the same for every post. Now every change only queues a deferred trigger, and at commit
-- the first of them rebuilds the vector from the final rows; the others find the post already
-- refreshed by this transaction's COMMIT statement (search_refreshed_xid and _at) and do nothing.
-- (The statement time is part of the mark so that a transaction that runs its deferred triggers
-- early, with SET CONSTRAINTS ALL IMMEDIATE, and changes the post again, gets a new rebuild.)
ALTER TABLE post ADD COLUMN search_refreshed_xid BIGINT;
ALTER TABLE post ADD COLUMN search_refreshed_at TIMESTAMP WITH TIME ZONE;

DROP TRIGGER trg_takeaway_search_vector ON takeaway;
DROP TRIGGER trg_post_search_vector ON post;
DROP FUNCTION post_search_vector_on_takeaway();
DROP FUNCTION post_search_vector_on_post();

CREATE FUNCTION post_search_vector_refresh(p_post_id BIGINT) RETURNS void
    LANGUAGE sql AS $$
    UPDATE post p
       SET search_vector = post_search_vector(p.id, p.title, p.lead, p.body),
           search_refreshed_xid = txid_current(),
           search_refreshed_at = statement_timestamp()
     WHERE p.id = p_post_id
       AND (p.search_refreshed_xid, p.search_refreshed_at) IS DISTINCT FROM (txid_current(), statement_timestamp())
$$;

CREATE FUNCTION post_search_vector_on_post() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM post_search_vector_refresh(NEW.id);
    RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER trg_post_search_vector AFTER INSERT OR UPDATE OF title, lead, body ON post
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION post_search_vector_on_post();

CREATE FUNCTION post_search_vector_on_takeaway() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM post_search_vector_refresh(OLD.post_id);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        PERFORM post_search_vector_refresh(NEW.post_id);
    END IF;
    RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER trg_takeaway_search_vector AFTER INSERT OR UPDATE OR DELETE ON takeaway
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION post_search_vector_on_takeaway();
