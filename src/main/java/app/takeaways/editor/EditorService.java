package app.takeaways.editor;

import java.time.Clock;
import java.util.List;

import app.takeaways.account.Authors;
import app.takeaways.post.PostCommands;
import app.takeaways.post.PostListRow;
import app.takeaways.post.PostStatus;
import app.takeaways.post.StoredPost;
import app.takeaways.post.StoredPosts;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The editor's use cases: list, open, create, save, restore and delete posts, all written
 * through {@link PostCommands}. Every save stores a revision; a save based on an outdated
 * version is refused.
 */
@Service
class EditorService {

	static final int PAGE_SIZE = 20;

	private final StoredPosts posts;

	private final PostCommands commands;

	private final Authors authors;

	private final PostFormMapper forms;

	private final Revisions revisions;

	private final Clock clock;

	EditorService(StoredPosts posts, PostCommands commands, Authors authors, PostFormMapper forms, Revisions revisions,
			Clock clock) {
		this.posts = posts;
		this.commands = commands;
		this.authors = authors;
		this.forms = forms;
		this.revisions = revisions;
		this.clock = clock;
	}

	/**
	 * One page (1-based) of all posts, most recently changed first; {@code status} is
	 * all, draft, scheduled or published.
	 */
	@Transactional(readOnly = true)
	Page<PostListRow> list(String status, String query, int page) {
		return this.posts.list(status, query, page, PAGE_SIZE);
	}

	/**
	 * Whether a post other than {@code id} (any post, for a new one) has this slug.
	 */
	@Transactional(readOnly = true)
	boolean slugTaken(String slug, @Nullable Long id) {
		return (id != null) ? this.commands.slugTakenByAnother(slug, id) : this.commands.slugTaken(slug);
	}

	@Transactional(readOnly = true)
	EditablePost load(long id) {
		return editable(find(id));
	}

	@Transactional
	long create(PostForm form, String username) {
		String slug = form.effectiveSlug();
		if (this.commands.slugTaken(slug)) {
			throw new SlugTakenException(slug);
		}
		return insert(form, slug, username, "revision.created");
	}

	/**
	 * Creates a draft from imported text under a slug made unique ("title-2").
	 */
	@Transactional
	long createImported(PostForm form, String username) {
		String base = form.effectiveSlug().isEmpty() ? "imported" : form.effectiveSlug();
		String slug = base;
		for (int n = 2; this.commands.slugTaken(slug); n++) {
			slug = base + "-" + n;
		}
		form.setPublication(Publication.DRAFT);
		return insert(form, slug, username, "revision.imported");
	}

	private long insert(PostForm form, String slug, String username, String note) {
		long author = this.authors.byUsername(username)
			.orElseThrow(() -> new IllegalStateException("No account " + username))
			.id();
		long id = this.commands.create(slug, author, this.forms.content(form));
		this.revisions.record(find(id), 1, username, note);
		return id;
	}

	/**
	 * Saves the form over the post, unless the post changed since the form was opened
	 * ({@link EditConflictException}) or another post has the slug
	 * ({@link SlugTakenException}). A public post that changes its slug keeps the old
	 * address as a redirect.
	 */
	@Transactional
	void update(long id, PostForm form, String username) {
		StoredPost post = find(id);
		checkVersion(post, form.getVersion());
		String slug = form.effectiveSlug();
		if (!slug.equals(post.slug()) && this.commands.slugTakenByAnother(slug, id)) {
			throw new SlugTakenException(slug);
		}
		int number = this.revisions.next(post);
		this.commands.replace(id, slug, this.forms.content(form));
		this.revisions.record(find(id), number, username, "revision.saved");
	}

	/**
	 * Puts the content of an earlier revision back (title, lead, takeaways with their
	 * anchors, body, tags, lead picture, comments), keeping slug and publication; stored
	 * as a new revision.
	 */
	@Transactional
	void restore(long id, int number, long version, String username) {
		StoredPost post = find(id);
		checkVersion(post, version);
		PostSnapshot snapshot = this.revisions.snapshot(this.revisions.find(id, number));
		int next = this.revisions.next(post);
		this.commands.replace(id, snapshot.restoredOver(post.content()));
		this.revisions.record(find(id), next, username, "revision.restored:" + number);
	}

	@Transactional(readOnly = true)
	RevisionPage revision(long id, int number) {
		Revision revision = this.revisions.find(id, number);
		return new RevisionPage(load(id), revision.toView(), this.revisions.snapshot(revision));
	}

	/**
	 * Deletes the post; its addresses answer 410 Gone from now on.
	 */
	@Transactional
	void delete(long id) {
		if (!this.commands.delete(id)) {
			throw new PostEditNotFoundException(id);
		}
	}

	private void checkVersion(StoredPost post, @Nullable Long version) {
		if (version == null || version != post.version()) {
			throw new EditConflictException(editable(post));
		}
	}

	private EditablePost editable(StoredPost post) {
		PostStatus status = post.isVisibleAt(this.clock.instant()) ? PostStatus.PUBLISHED : post.content().status();
		List<RevisionView> history = this.revisions.of(post.id());
		String lastEditor = history.isEmpty() ? "" : history.get(0).author();
		return new EditablePost(post.id(), this.forms.formOf(post), post.slug(), status, post.authorName(),
				post.content().updatedAt(), post.version(), lastEditor, history);
	}

	/**
	 * The post as stored; within a transaction that just wrote it, without a statement.
	 */
	StoredPost find(long id) {
		return this.posts.find(id).orElseThrow(() -> new PostEditNotFoundException(id));
	}

}
