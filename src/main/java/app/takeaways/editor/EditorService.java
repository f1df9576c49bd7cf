package app.takeaways.editor;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import app.takeaways.account.Account;
import app.takeaways.account.AccountRepository;
import app.takeaways.post.Post;
import app.takeaways.post.PostChanged;
import app.takeaways.post.PostListRow;
import app.takeaways.post.PostRepository;
import app.takeaways.post.PostStatus;
import app.takeaways.post.SlugHistory;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The editor's use cases: list, open, create, save, preview, restore and delete posts.
 * Every save stores a revision; a save based on an outdated version is refused.
 */
@Service
class EditorService {

	static final int PAGE_SIZE = 20;

	private final PostRepository posts;

	private final AccountRepository accounts;

	private final SlugHistory slugs;

	private final PostWriter writer;

	private final Revisions revisions;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	EditorService(PostRepository posts, AccountRepository accounts, SlugHistory slugs, PostWriter writer,
			Revisions revisions, Clock clock, ApplicationEventPublisher events) {
		this.events = events;
		this.posts = posts;
		this.accounts = accounts;
		this.slugs = slugs;
		this.writer = writer;
		this.revisions = revisions;
		this.clock = clock;
	}

	/**
	 * One page (1-based) of all posts, most recently changed first; {@code status} is
	 * all, draft, scheduled or published.
	 */
	@Transactional(readOnly = true)
	Page<PostListRow> list(String status, String query, int page) {
		String filter = switch (status.toLowerCase(Locale.ROOT)) {
			case "draft", "scheduled", "published" -> status.toUpperCase(Locale.ROOT);
			default -> "ALL";
		};
		String escaped = query.strip()
			.toLowerCase(Locale.ROOT)
			.replace("\\", "\\\\")
			.replace("%", "\\%")
			.replace("_", "\\_");
		return this.posts.findForEditor(filter, "%" + escaped + "%", this.clock.instant(),
				PageRequest.of(Math.max(page, 1) - 1, PAGE_SIZE));
	}

	/**
	 * Whether a post other than {@code id} (any post, for a new one) has this slug.
	 */
	@Transactional(readOnly = true)
	boolean slugTaken(String slug, @Nullable Long id) {
		return (id != null) ? this.posts.existsBySlugAndIdNot(slug, id) : this.posts.existsBySlug(slug);
	}

	@Transactional(readOnly = true)
	EditablePost load(long id) {
		return editable(find(id));
	}

	@Transactional
	long create(PostForm form, String username) {
		String slug = form.effectiveSlug();
		if (this.posts.existsBySlug(slug)) {
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
		for (int n = 2; this.posts.existsBySlug(slug); n++) {
			slug = base + "-" + n;
		}
		form.setPublication(Publication.DRAFT);
		return insert(form, slug, username, "revision.imported");
	}

	private long insert(PostForm form, String slug, String username, String note) {
		Post post = new Post(slug, form.getTitle().strip(), form.getLead().strip(), form.getBody(), account(username),
				this.clock);
		post.replaceTakeaways(PostWriter.takeaways(form.getTakeaways()));
		post.tagWith(this.writer.tags(form.tagNames()));
		post.showLeadImage(form.getLeadImage());
		if (form.isCommentsClosed()) {
			post.closeComments();
		}
		this.writer.publish(post, form);
		this.slugs.claim(slug);
		this.posts.saveAndFlush(post);
		this.revisions.record(post, username, note);
		this.events.publishEvent(new PostChanged(post.getId(), Set.of(slug), post.isPublishedOrScheduled()));
		return post.getId();
	}

	/**
	 * Saves the form over the post, unless the post changed since the form was opened
	 * ({@link EditConflictException}) or another post has the slug
	 * ({@link SlugTakenException}). A public post that changes its slug keeps the old
	 * address as a redirect.
	 */
	@Transactional
	void update(long id, PostForm form, String username) {
		Post post = find(id);
		checkVersion(post, form.getVersion());
		String slug = form.effectiveSlug();
		if (this.posts.existsBySlugAndIdNot(slug, id)) {
			throw new SlugTakenException(slug);
		}
		this.revisions.baseline(post);
		String oldSlug = post.getSlug();
		boolean wasPublic = post.isPublishedOrScheduled();
		if (!slug.equals(oldSlug)) {
			this.slugs.claim(slug);
			if (post.isPublishedOrScheduled()) {
				this.slugs.moved(oldSlug, id);
			}
			post.changeSlug(slug);
		}
		this.writer.write(post, form);
		this.posts.flush();
		this.revisions.record(post, username, "revision.saved");
		this.events.publishEvent(
				new PostChanged(id, Set.copyOf(List.of(oldSlug, slug)), wasPublic || post.isPublishedOrScheduled()));
	}

	/**
	 * Puts the content of an earlier revision back (title, lead, takeaways with their
	 * anchors, body, tags, lead picture, comments), keeping slug and publication; stored
	 * as a new revision.
	 */
	@Transactional
	void restore(long id, int number, long version, String username) {
		Post post = find(id);
		checkVersion(post, version);
		PostSnapshot snapshot = this.revisions.snapshot(this.revisions.find(id, number));
		post.revise(snapshot.title(), snapshot.lead(), snapshot.body(), this.clock);
		this.writer.replaceTakeaways(post, Revisions.takeawaysOf(snapshot));
		post.tagWith(this.writer.tags(snapshot.tags()));
		post.showLeadImage(snapshot.leadImage());
		if (snapshot.commentsClosed()) {
			post.closeComments();
		}
		else {
			post.openComments();
		}
		this.posts.flush();
		this.revisions.record(post, username, "revision.restored:" + number);
		this.events.publishEvent(new PostChanged(id, Set.of(post.getSlug()), post.isPublishedOrScheduled()));
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
		Post post = find(id);
		this.slugs.gone(post.getSlug());
		this.posts.delete(post);
		this.events.publishEvent(new PostChanged(id, Set.of(post.getSlug()), post.isPublishedOrScheduled()));
	}

	private void checkVersion(Post post, @Nullable Long version) {
		if (version == null || version != post.getVersion()) {
			throw new EditConflictException(editable(post));
		}
	}

	private EditablePost editable(Post post) {
		PostStatus status = post.isVisibleAt(this.clock.instant()) ? PostStatus.PUBLISHED : post.getStatus();
		List<RevisionView> history = this.revisions.of(post.getId());
		String lastEditor = history.isEmpty() ? "" : history.get(0).author();
		return new EditablePost(post.getId(), this.writer.formOf(post), post.getSlug(), status,
				post.getAuthor().getDisplayName(), post.getUpdatedAt(), post.getVersion(), lastEditor, history);
	}

	Post find(long id) {
		return this.posts.findWithTakeawaysById(id).orElseThrow(() -> new PostEditNotFoundException(id));
	}

	private Account account(String username) {
		return this.accounts.findByUsername(username)
			.orElseThrow(() -> new IllegalStateException("No account " + username));
	}

}
