package app.takeaways.editor;

import java.time.Instant;
import java.util.List;

import app.takeaways.post.PostStatus;

/**
 * A saved post as the editor opens it: its form, and what the page shows beside it.
 *
 * @param status the status as readers see it now (a scheduled post whose time came is
 * published)
 * @param lastEditor who saved the latest revision, if any
 */
record EditablePost(long id, PostForm form, String slug, PostStatus status, String author, Instant updatedAt,
		long version, String lastEditor, List<RevisionView> revisions) {

}
