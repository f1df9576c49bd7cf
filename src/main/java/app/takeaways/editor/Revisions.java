package app.takeaways.editor;

import java.time.Clock;
import java.util.List;

import app.takeaways.post.StoredPost;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Writes and reads revisions: every save stores the post's whole content as JSON.
 */
@Component
class Revisions {

	private final RevisionRepository revisions;

	private final JsonMapper json;

	private final Clock clock;

	Revisions(RevisionRepository revisions, JsonMapper json, Clock clock) {
		this.revisions = revisions;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * Stores the post as it is now as revision {@code number}; {@code note} is a message
	 * key such as {@code revision.saved}.
	 */
	void record(StoredPost post, int number, String username, String note) {
		this.revisions.save(new Revision(post.id(), number, username, note, this.clock.instant(),
				this.json.writeValueAsString(PostSnapshot.of(post))));
	}

	/**
	 * The number the next revision of the post gets. Before the first save of a post that
	 * has no revision yet (demo content, posts from before revisions existed), keeps its
	 * content as it was as revision 1.
	 */
	int next(StoredPost post) {
		Integer last = this.revisions.lastNumber(post.id());
		if (last != null) {
			return last + 1;
		}
		record(post, 1, post.authorUsername(), "revision.original");
		return 2;
	}

	/**
	 * The post's revisions, newest first, without their snapshots.
	 */
	List<RevisionView> of(long postId) {
		return this.revisions.viewsOf(postId);
	}

	Revision find(long postId, int number) {
		return this.revisions.findByPostIdAndNumber(postId, number)
			.orElseThrow(() -> new PostEditNotFoundException(postId));
	}

	PostSnapshot snapshot(Revision revision) {
		return this.json.readValue(revision.getSnapshot(), PostSnapshot.class);
	}

}
