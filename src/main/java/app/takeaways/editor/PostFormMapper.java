package app.takeaways.editor;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import app.takeaways.common.TakeawaysProperties;
import app.takeaways.post.PostContent;
import app.takeaways.post.PostStatus;
import app.takeaways.post.StoredPost;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Turns an editor form into the content of a post and a stored post back into a form.
 * What a post does with the content (anchors, tags, publication) is the post's business.
 */
@Component
class PostFormMapper {

	private final Clock clock;

	private final ZoneId zone;

	PostFormMapper(Clock clock, TakeawaysProperties properties) {
		this.clock = clock;
		this.zone = properties.timeZone();
	}

	/**
	 * The form's content: "now" publishes a post that is not out yet and keeps the date
	 * of one that is.
	 */
	PostContent content(PostForm form) {
		PostStatus status = switch (form.getPublication()) {
			case DRAFT -> PostStatus.DRAFT;
			case NOW -> PostStatus.PUBLISHED;
			case SCHEDULE -> PostStatus.SCHEDULED;
		};
		Instant publishedAt = (form.getPublication() == Publication.SCHEDULE) ? instant(form.getScheduledAt()) : null;
		return new PostContent(form.getTitle().strip(), form.getLead().strip(), form.getBody(),
				items(form.getTakeaways()), form.tagNames().stream().map(PostContent.TagName::named).toList(), status,
				publishedAt, form.isCommentsClosed(), null, form.getLeadImage());
	}

	Instant instant(@Nullable LocalDateTime local) {
		return (local != null) ? local.atZone(this.zone).toInstant() : this.clock.instant();
	}

	/**
	 * The rows as the post will store them: rows that carry a valid anchor keep it; new
	 * rows (and rows whose anchor repeats) get one made from their heading that no other
	 * row uses.
	 */
	static List<PostContent.Item> takeaways(List<TakeawayForm> rows) {
		return PostContent.anchored(items(rows));
	}

	private static List<PostContent.Item> items(List<TakeawayForm> rows) {
		return rows.stream()
			.map((row) -> new PostContent.Item(row.getAnchor(), row.getHeading(), row.getBody()))
			.toList();
	}

	PostForm formOf(StoredPost post) {
		PostContent content = post.content();
		PostForm form = new PostForm();
		form.setVersion(post.version());
		form.setTitle(content.title());
		form.setSlug(post.slug());
		form.setLead(content.lead());
		form.setBody(content.body());
		form.setLeadImage(content.leadImage());
		form.setTags(String.join(", ", content.tags().stream().map(PostContent.TagName::name).sorted().toList()));
		form.setCommentsClosed(content.commentsClosed());
		Instant published = content.publishedAt();
		if (content.status() == PostStatus.DRAFT || published == null) {
			form.setPublication(Publication.DRAFT);
		}
		else if (post.isVisibleAt(this.clock.instant())) {
			form.setPublication(Publication.NOW);
		}
		else {
			form.setPublication(Publication.SCHEDULE);
			form.setScheduledAt(LocalDateTime.ofInstant(published, this.zone));
		}
		form.setTakeaways(content.takeaways()
			.stream()
			.map((item) -> new TakeawayForm(item.anchor(), item.heading(), item.body()))
			.toList());
		return form;
	}

}
