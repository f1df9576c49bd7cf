package app.takeaways.pagecache;

import java.util.Set;

import app.takeaways.comment.CommentsChanged;
import app.takeaways.comment.DiscussionRulesChanged;
import app.takeaways.media.MediaDeleted;
import app.takeaways.post.PostChanged;

/**
 * The text a change event travels as between instances: {@code post <id> <lists>},
 * {@code comments <id>}, {@code rules} or {@code media <hash>}. Slugs do not travel: the
 * cache keeps pages by post id.
 */
final class ChangeMessage {

	private ChangeMessage() {
	}

	static String of(PostChanged changed) {
		return "post " + changed.postId() + " " + changed.listsAffected();
	}

	static String of(CommentsChanged changed) {
		return "comments " + changed.postId();
	}

	static String of(DiscussionRulesChanged changed) {
		return "rules";
	}

	static String of(MediaDeleted deleted) {
		return "media " + deleted.hash();
	}

	/**
	 * @throws IllegalArgumentException when the text is none of the above
	 */
	static Object parse(String message) {
		String[] parts = message.split(" ");
		try {
			return switch (parts[0]) {
				case "post" -> new PostChanged(Long.parseLong(parts[1]), Set.of(), parseBoolean(parts[2]));
				case "comments" -> new CommentsChanged(Long.parseLong(parts[1]));
				case "rules" -> new DiscussionRulesChanged();
				case "media" -> new MediaDeleted(parseHash(parts[1]));
				default -> throw new IllegalArgumentException("Unknown change: " + message);
			};
		}
		catch (ArrayIndexOutOfBoundsException ex) {
			throw new IllegalArgumentException("Incomplete change: " + message, ex);
		}
	}

	private static String parseHash(String text) {
		if (!text.matches("[0-9a-f]{32}")) {
			throw new IllegalArgumentException("Not a picture's hash: " + text);
		}
		return text;
	}

	private static boolean parseBoolean(String text) {
		if (!text.equals("true") && !text.equals("false")) {
			throw new IllegalArgumentException("Not a boolean: " + text);
		}
		return Boolean.parseBoolean(text);
	}

}
