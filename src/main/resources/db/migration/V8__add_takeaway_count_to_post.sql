-- Lists show how many takeaways a post has; keeping the number on the post spares a
-- subquery per row (which H2 evaluated for every visible post before paging).
ALTER TABLE post ADD COLUMN takeaway_count INTEGER DEFAULT 0 NOT NULL;

UPDATE post SET takeaway_count = (SELECT COUNT(*) FROM takeaway t WHERE t.post_id = post.id);
