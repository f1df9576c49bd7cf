package app.takeaways.editor;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import app.takeaways.account.Authors;
import app.takeaways.post.PostContent;
import app.takeaways.post.PostDraft;
import app.takeaways.post.PostPage;
import app.takeaways.post.PostService;
import app.takeaways.post.StoredPost;
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

	private final PostFormMapper forms;

	private final Authors authors;

	private final Clock clock;

	PreviewService(EditorService editor, PostService posts, PostFormMapper forms, Authors authors, Clock clock) {
		this.editor = editor;
		this.posts = posts;
		this.forms = forms;
		this.authors = authors;
		this.clock = clock;
	}

	/**
	 * The saved post as its public page will show it.
	 */
	@Transactional(readOnly = true)
	PostPage preview(long id) {
		return preview(id, this.forms.formOf(this.editor.find(id)), null);
	}

	/**
	 * Unsaved form content as the public page would show it.
	 */
	@Transactional(readOnly = true)
	PostPage preview(@Nullable Long id, PostForm form, @Nullable String username) {
		StoredPost saved = (id != null) ? this.editor.find(id) : null;
		String author = (saved != null) ? saved.authorName()
				: this.authors.byUsername((username != null) ? username : "")
					.map(Authors.Author::displayName)
					.orElse("");
		List<TakeawayForm> rows = form.getTakeaways().stream().filter((row) -> !row.isEmpty()).toList();
		List<PostContent.Item> takeaways = PostFormMapper.takeaways(rows);
		List<TakeawayView> views = IntStream.range(0, takeaways.size())
			.mapToObj((i) -> new TakeawayView(i + 1, takeaways.get(i).anchor(), takeaways.get(i).heading(),
					takeaways.get(i).body()))
			.toList();
		Instant publishedAt = switch (form.getPublication()) {
			case DRAFT -> null;
			case NOW -> (saved != null && saved.isVisibleAt(this.clock.instant())) ? saved.content().publishedAt()
					: this.clock.instant();
			case SCHEDULE -> this.forms.instant(form.getScheduledAt());
		};
		String slug = form.effectiveSlug().isEmpty() ? Anchors.slugify("preview") : form.effectiveSlug();
		return this.posts.preview(new PostDraft((id != null) ? id : 0, slug, form.getTitle(), form.getLead(),
				form.getBody(), author, publishedAt, this.clock.instant(), views, form.tagNames(),
				form.isCommentsClosed(), form.getLeadImage()));
	}

}
