package app.takeaways.transfer.wordpress;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import app.takeaways.comment.CommentCommands;
import app.takeaways.comment.CommentStatus;

import org.springframework.stereotype.Component;

/**
 * The comments of one WordPress post, brought in inside the import's transaction:
 * pingbacks, trackbacks, empty and over-long comments are counted and left out, and
 * comments brought in before are not brought in twice.
 */
@Component
class WxrCommentImport {

	private final CommentCommands comments;

	private final WordpressLinks links;

	private final Clock clock;

	WxrCommentImport(CommentCommands comments, WordpressLinks links, Clock clock) {
		this.comments = comments;
		this.links = links;
		this.clock = clock;
	}

	void importComments(String site, long postId, WxrItem item, boolean postExisted, ImportReport report) {
		// A post imported just now has no comments yet; one imported before: one query
		// for those it has.
		Map<Long, Long> stored = postExisted
				? this.links.comments(site, item.comments().stream().map(WxrComment::id).toList()) : Map.of();
		List<CommentCommands.Brought> brought = new ArrayList<>();
		for (WxrComment comment : item.comments()) {
			if (stored.containsKey(comment.id())) {
				continue;
			}
			String type = comment.type().toLowerCase(Locale.ROOT);
			if ("pingback".equals(type) || "trackback".equals(type)) {
				report.skippedComment(type);
				continue;
			}
			if (comment.content().length() > 5000) {
				report.skippedComment("too-long");
				continue;
			}
			if (comment.content().isBlank()) {
				report.skippedComment("empty");
				continue;
			}
			String author = comment.author().isBlank() ? "Anonymous" : ContentMapper.clip(comment.author(), 100);
			String email = (comment.email().length() <= 254) ? comment.email() : "";
			String website = (comment.url().isBlank() || comment.url().length() > 300) ? null : comment.url();
			Instant at = WxrPosts.dateOf(comment.dateGmt(), comment.date());
			brought.add(new CommentCommands.Brought(comment.id(), comment.parentId(),
					new CommentCommands.Written(author, email, website, comment.content()),
					commentStatus(comment.approved()), (at != null) ? at : this.clock.instant()));
		}
		if (brought.isEmpty()) {
			return;
		}
		Map<Long, Long> added = this.comments.bringInAll(postId, brought, stored);
		added.forEach((wordpressId, id) -> report.commentImported());
		this.links.linkComments(site, added);
		if (postExisted) {
			this.comments.broughtIn(postId);
		}
	}

	private static CommentStatus commentStatus(String approved) {
		return switch (approved) {
			case "1" -> CommentStatus.APPROVED;
			case "0" -> CommentStatus.PENDING;
			case "spam" -> CommentStatus.SPAM;
			default -> CommentStatus.TRASH;
		};
	}

}
