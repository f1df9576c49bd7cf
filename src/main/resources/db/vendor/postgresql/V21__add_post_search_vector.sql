-- Full-text search over what readers see of a post. Weights: A title and takeaway headings,
-- B lead, C takeaway bodies, D body. The column is not mapped by the entity; triggers keep it
-- current when a post or any of its takeaways changes.
ALTER TABLE post ADD COLUMN search_vector tsvector;

CREATE FUNCTION post_search_vector(p_id BIGINT, p_title TEXT, p_lead TEXT, p_body TEXT) RETURNS tsvector
    LANGUAGE sql STABLE AS $$
    SELECT setweight(to_tsvector('english', coalesce(p_title, '')), 'A')
        || setweight(to_tsvector('english', coalesce(
               (SELECT string_agg(t.heading, ' ' ORDER BY t.position) FROM takeaway t WHERE t.post_id = p_id), '')), 'A')
        || setweight(to_tsvector('english', coalesce(p_lead, '')), 'B')
        || setweight(to_tsvector('english', coalesce(
               (SELECT string_agg(t.body, ' ' ORDER BY t.position) FROM takeaway t WHERE t.post_id = p_id), '')), 'C')
        || setweight(to_tsvector('english', coalesce(p_body, '')), 'D')
$$;

CREATE FUNCTION post_search_vector_on_post() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    NEW.search_vector := post_search_vector(NEW.id, NEW.title, NEW.lead, NEW.body);
    RETURN NEW;
END
$$;

CREATE TRIGGER trg_post_search_vector BEFORE INSERT OR UPDATE OF title, lead, body ON post
    FOR EACH ROW EXECUTE FUNCTION post_search_vector_on_post();

CREATE FUNCTION post_search_vector_on_takeaway() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE post p SET search_vector = post_search_vector(p.id, p.title, p.lead, p.body) WHERE p.id = OLD.post_id;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        UPDATE post p SET search_vector = post_search_vector(p.id, p.title, p.lead, p.body) WHERE p.id = NEW.post_id;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER trg_takeaway_search_vector AFTER INSERT OR UPDATE OR DELETE ON takeaway
    FOR EACH ROW EXECUTE FUNCTION post_search_vector_on_takeaway();

UPDATE post p SET search_vector = post_search_vector(p.id, p.title, p.lead, p.body);

CREATE INDEX ix_post_search_vector ON post USING gin (search_vector);
