package app.takeaways.editor;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import app.takeaways.account.Account;
import app.takeaways.account.AccountRepository;
import app.takeaways.post.Post;
import app.takeaways.post.PostDraft;
import app.takeaways.post.PostPage;
import app.takeaways.post.PostService;
import app.takeaways.takeaway.Anchors;
import app.takeaways.takeaway.TakeawayView;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Posts as their public page will show them, saved or as typed, whatever their status.
 */
@Service
class PreviewService {

	private final EditorService editor;

	private final PostService posts;

	private final PostWriter writer;

	private final AccountRepository accounts;

	private final Clock clock;

	PreviewService(EditorService editor, PostService posts, PostWriter writer, AccountRepository accounts,
			Clock clock) {
		this.editor = editor;
		this.posts = posts;
		this.writer = writer;
		this.accounts = accounts;
		this.clock = clock;
	}

	/**
	 * The saved post as its public page will show it.
	 */
	@Transactional(readOnly = true)
	PostPage preview(long id) {
		return preview(id, this.writer.formOf(this.editor.find(id)), null);
	}

	/**
	 * Unsaved form content as the public page would show it.
	 */
	@Transactional(readOnly = true)
	PostPage preview(@Nullable Long id, PostForm form, @Nullable String username) {
		Post saved = (id != null) ? this.editor.find(id) : null;
		String author = (saved != null) ? saved.getAuthor().getDisplayName()
				: this.accounts.findByUsername((username != null) ? username : "")
					.map(Account::getDisplayName)
					.orElse("");
		List<TakeawayForm> rows = form.getTakeaways().stream().filter((row) -> !row.isEmpty()).toList();
		var takeaways = PostWriter.takeaways(rows);
		List<TakeawayView> views = IntStream.range(0, takeaways.size())
			.mapToObj((i) -> new TakeawayView(i + 1, takeaways.get(i).getAnchor(), takeaways.get(i).getHeading(),
					takeaways.get(i).getBody()))
			.toList();
		Instant publishedAt = switch (form.getPublication()) {
			case DRAFT -> null;
			case NOW -> (saved != null && saved.isVisibleAt(this.clock.instant())) ? saved.getPublishedAt()
					: this.clock.instant();
			case SCHEDULE -> this.writer.instant(form.getScheduledAt());
		};
		String slug = form.effectiveSlug().isEmpty() ? Anchors.slugify("preview") : form.effectiveSlug();
		return this.posts.preview(new PostDraft((id != null) ? id : 0, slug, form.getTitle(), form.getLead(),
				form.getBody(), author, publishedAt, this.clock.instant(), views, form.tagNames(),
				form.isCommentsClosed(), form.getLeadImage()));
	}

}
