package app.takeaways.transfer.wordpress;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * What an import did, filled in while it runs and read by the progress page: counts of
 * what came in, what was skipped and why, shortcodes removed, characters dropped, and the
 * reason the whole file was refused, if it was.
 */
public final class ImportReport {

	private int total;

	private int done;

	private boolean finished;

	private @Nullable String failure;

	private int postsImported;

	private int postsUpdated;

	private int postsUnchanged;

	private int commentsImported;

	private int authors;

	private int picturesImported;

	private final Set<String> tags = new HashSet<>();

	private long controlCharacters;

	private final Map<String, Integer> skippedTypes = new TreeMap<>();

	private final Map<String, Integer> skippedComments = new TreeMap<>();

	private final Map<String, Integer> shortcodes = new TreeMap<>();

	private final List<Skipped> skipped = new ArrayList<>();

	private final Set<String> imageLinks = new java.util.TreeSet<>();

	public synchronized void total(int total) {
		this.total = total;
	}

	public synchronized void itemDone() {
		this.done++;
	}

	public synchronized void failed(String message) {
		this.failure = message;
		this.finished = true;
	}

	public synchronized void finished() {
		this.finished = true;
	}

	public synchronized void postImported(List<String> tagSlugs) {
		this.postsImported++;
		this.tags.addAll(tagSlugs);
	}

	public synchronized void postUpdated(List<String> tagSlugs) {
		this.postsUpdated++;
		this.tags.addAll(tagSlugs);
	}

	public synchronized void postUnchanged() {
		this.postsUnchanged++;
	}

	public synchronized void commentImported() {
		this.commentsImported++;
	}

	public synchronized void authors(int authors) {
		this.authors = authors;
	}

	public synchronized void controlCharacters(long count) {
		this.controlCharacters += count;
	}

	public synchronized void pictureImported() {
		this.picturesImported++;
	}

	public synchronized void skippedType(String type) {
		this.skippedTypes.merge(type.isEmpty() ? "(none)" : type, 1, Integer::sum);
	}

	public synchronized void skippedComment(String reason) {
		this.skippedComments.merge(reason, 1, Integer::sum);
	}

	public synchronized void skipped(String item, String reason) {
		this.skipped.add(new Skipped(item, reason));
	}

	/**
	 * Pictures the import did not fetch: the posts keep them as links to where they are.
	 */
	public synchronized void imageLinks(Collection<String> addresses) {
		this.imageLinks.addAll(addresses);
	}

	public synchronized void shortcodes(Map<String, Integer> removed) {
		removed.forEach((name, count) -> this.shortcodes.merge(name, count, Integer::sum));
	}

	/**
	 * Adds what another report (of a committed batch) counted; its totals and progress
	 * are not added.
	 */
	public void add(ImportReport other) {
		Snapshot done = other.snapshot();
		synchronized (this) {
			this.postsImported += done.postsImported();
			this.postsUpdated += done.postsUpdated();
			this.postsUnchanged += done.postsUnchanged();
			this.commentsImported += done.commentsImported();
			this.picturesImported += done.picturesImported();
			synchronized (other) {
				this.tags.addAll(other.tags);
			}
			done.skippedTypes().forEach((type, count) -> this.skippedTypes.merge(type, count, Integer::sum));
			done.skippedComments().forEach((reason, count) -> this.skippedComments.merge(reason, count, Integer::sum));
			done.shortcodes().forEach((name, count) -> this.shortcodes.merge(name, count, Integer::sum));
			this.skipped.addAll(done.skipped());
			this.imageLinks.addAll(done.imageLinks());
		}
	}

	/**
	 * A consistent copy to show.
	 */
	public synchronized Snapshot snapshot() {
		return new Snapshot(this.total, this.done, this.finished, this.failure, this.postsImported, this.postsUpdated,
				this.postsUnchanged, this.commentsImported, this.tags.size(), this.authors, this.controlCharacters,
				new TreeMap<>(this.skippedTypes), new TreeMap<>(this.skippedComments), new TreeMap<>(this.shortcodes),
				List.copyOf(this.skipped), List.copyOf(this.imageLinks), this.picturesImported);
	}

	/**
	 * An item left out and why.
	 *
	 * @param item the item's title and WordPress id
	 * @param reason a message key naming the reason, with its detail after a colon
	 */
	public record Skipped(String item, String reason) {

		/**
		 * The message key of the reason.
		 */
		public String key() {
			int colon = this.reason.indexOf(':');
			return (colon < 0) ? this.reason : this.reason.substring(0, colon);
		}

		/**
		 * What the reason is about (a slug, a status), or empty.
		 */
		public String detail() {
			int colon = this.reason.indexOf(':');
			return (colon < 0) ? "" : this.reason.substring(colon + 1);
		}

	}

	/**
	 * The report at one moment.
	 *
	 * @param total items in the file
	 * @param done items handled so far
	 * @param finished whether the import ended
	 * @param failure why the whole file was refused, if it was
	 * @param postsImported new posts
	 * @param postsUpdated posts changed since an earlier import
	 * @param postsUnchanged posts already imported and unchanged
	 * @param commentsImported new comments
	 * @param tags tags on imported posts
	 * @param authors authors found or created
	 * @param controlCharacters characters XML forbids, dropped
	 * @param skippedTypes items that are not posts, by type
	 * @param skippedComments comments left out, by reason
	 * @param shortcodes shortcodes removed, by name
	 * @param skipped posts left out, each with its reason
	 * @param imageLinks addresses of pictures kept as links (not fetched), in order
	 * @param picturesImported pictures added to the library (from a JSON archive)
	 */
	public record Snapshot(int total, int done, boolean finished, @Nullable String failure, int postsImported,
			int postsUpdated, int postsUnchanged, int commentsImported, int tags, int authors, long controlCharacters,
			Map<String, Integer> skippedTypes, Map<String, Integer> skippedComments, Map<String, Integer> shortcodes,
			List<Skipped> skipped, List<String> imageLinks, int picturesImported) {

		public boolean failed() {
			return this.failure != null;
		}

	}

}
