package app.takeaways.transfer.wordpress;

import java.util.List;

/**
 * One {@code item} of a WordPress export, as written: every field a string, empty when
 * absent.
 *
 * @param title the title
 * @param creator the author's login ({@code dc:creator})
 * @param content the HTML ({@code content:encoded}); empty when too long
 * @param contentTooLong whether the content was longer than the reader keeps
 * @param excerpt the excerpt
 * @param postId the WordPress post id
 * @param postDateGmt the publication time in UTC ({@code yyyy-MM-dd HH:mm:ss})
 * @param postDate the publication time in the site's zone
 * @param postName the slug
 * @param status publish, future, draft, pending, private, trash, …
 * @param postType post, page, attachment, …
 * @param commentStatus open or closed
 * @param categories categories and tags
 * @param comments the comments
 */
public record WxrItem(String title, String creator, String content, boolean contentTooLong, String excerpt, long postId,
		String postDateGmt, String postDate, String postName, String status, String postType, String commentStatus,
		List<Category> categories, List<WxrComment> comments) {

	/**
	 * A {@code category} element.
	 *
	 * @param domain category or post_tag
	 * @param nicename the slug
	 * @param name the name shown
	 */
	public record Category(String domain, String nicename, String name) {
	}

}
