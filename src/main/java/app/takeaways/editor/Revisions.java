package app.takeaways.editor;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;

import app.takeaways.post.Post;
import app.takeaways.post.Tag;
import app.takeaways.takeaway.Takeaway;
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
	 * Stores the post as it is now; {@code note} is a message key such as
	 * {@code revision.saved}.
	 */
	void record(Post post, String username, String note) {
		Integer last = this.revisions.lastNumber(post.getId());
		int next = (last != null) ? last + 1 : 1;
		this.revisions.save(new Revision(post.getId(), next, username, note, this.clock.instant(),
				this.json.writeValueAsString(snapshotOf(post))));
	}

	/**
	 * Before the first save of a post that has no revision yet (demo content, posts from
	 * before revisions existed), keeps its content as it was.
	 */
	void baseline(Post post) {
		if (this.revisions.lastNumber(post.getId()) == null) {
			record(post, post.getAuthor().getUsername(), "revision.original");
		}
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

	static PostSnapshot snapshotOf(Post post) {
		List<PostSnapshot.Item> items = post.getTakeaways()
			.stream()
			.map((t) -> new PostSnapshot.Item(t.getAnchor(), t.getHeading(), t.getBody()))
			.toList();
		List<String> tags = post.getTags()
			.stream()
			.sorted(Comparator.comparing(Tag::getName))
			.map(Tag::getName)
			.toList();
		return new PostSnapshot(post.getTitle(), post.getSlug(), post.getLead(), post.getBody(), tags,
				post.getStatus().name(), post.getPublishedAt(), post.isCommentsClosed(), items, post.getLeadImage());
	}

	static List<Takeaway> takeawaysOf(PostSnapshot snapshot) {
		return snapshot.takeaways().stream().map((i) -> new Takeaway(i.anchor(), i.heading(), i.body())).toList();
	}

}
