package app.takeaways.editor;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import app.takeaways.common.TakeawaysProperties;
import app.takeaways.post.Post;
import app.takeaways.post.PostRepository;
import app.takeaways.post.Tag;
import app.takeaways.post.PostCommands;
import app.takeaways.post.PostContent;
import app.takeaways.takeaway.Anchors;
import app.takeaways.takeaway.Takeaway;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Copies an editor form onto a post and back: text, takeaways with stable anchors, tags,
 * comments and publication.
 */
@Component
class PostWriter {

	private final PostRepository posts;

	private final PostCommands commands;

	private final Clock clock;

	private final ZoneId zone;

	PostWriter(PostRepository posts, PostCommands commands, Clock clock, TakeawaysProperties properties) {
		this.posts = posts;
		this.commands = commands;
		this.clock = clock;
		this.zone = properties.timeZone();
	}

	/**
	 * Writes everything but the slug onto a saved post. The takeaway list is cleared and
	 * flushed before the new rows go in, so the unique (post, position) and (post,
	 * anchor) constraints never see old and new rows at once.
	 */
	void write(Post post, PostForm form) {
		post.revise(form.getTitle().strip(), form.getLead().strip(), form.getBody(), this.clock);
		replaceTakeaways(post, takeaways(form.getTakeaways()));
		post.tagWith(tags(form.tagNames()));
		post.showLeadImage(form.getLeadImage());
		if (form.isCommentsClosed()) {
			post.closeComments();
		}
		else {
			post.openComments();
		}
		publish(post, form);
	}

	void replaceTakeaways(Post post, List<Takeaway> takeaways) {
		post.replaceTakeaways(List.of());
		this.posts.flush();
		post.replaceTakeaways(takeaways);
	}

	void publish(Post post, PostForm form) {
		Instant now = this.clock.instant();
		switch (form.getPublication()) {
			case DRAFT -> {
				if (post.isPublishedOrScheduled()) {
					post.unpublish(this.clock);
				}
			}
			case NOW -> {
				if (!post.isVisibleAt(now)) {
					post.publish(this.clock);
				}
			}
			case SCHEDULE -> post.publishAt(instant(form.getScheduledAt()), this.clock);
		}
	}

	Instant instant(@Nullable LocalDateTime local) {
		return (local != null) ? local.atZone(this.zone).toInstant() : this.clock.instant();
	}

	/**
	 * Rows that carry a valid anchor keep it; new rows (and rows whose anchor repeats)
	 * get one made from their heading that no other row uses.
	 */
	static List<Takeaway> takeaways(List<TakeawayForm> rows) {
		return PostCommands.takeaways(rows.stream()
			.map((row) -> new PostContent.Item(row.getAnchor(), row.getHeading(), row.getBody()))
			.toList());
	}

	Set<Tag> tags(List<String> names) {
		return this.commands
			.tags(names.stream().map((name) -> new PostContent.TagName(Anchors.slugify(name), name)).toList());
	}

	PostForm formOf(Post post) {
		PostForm form = new PostForm();
		form.setVersion(post.getVersion());
		form.setTitle(post.getTitle());
		form.setSlug(post.getSlug());
		form.setLead(post.getLead());
		form.setBody(post.getBody());
		form.setLeadImage(post.getLeadImage());
		form.setTags(String.join(", ", post.getTags().stream().map(Tag::getName).sorted().toList()));
		form.setCommentsClosed(post.isCommentsClosed());
		Instant published = post.getPublishedAt();
		if (!post.isPublishedOrScheduled() || published == null) {
			form.setPublication(Publication.DRAFT);
		}
		else if (post.isVisibleAt(this.clock.instant())) {
			form.setPublication(Publication.NOW);
		}
		else {
			form.setPublication(Publication.SCHEDULE);
			form.setScheduledAt(LocalDateTime.ofInstant(published, this.zone));
		}
		form.setTakeaways(post.getTakeaways()
			.stream()
			.map((t) -> new TakeawayForm(t.getAnchor(), t.getHeading(), t.getBody()))
			.toList());
		return form;
	}

}
