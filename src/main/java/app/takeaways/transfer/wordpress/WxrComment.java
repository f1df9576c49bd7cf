package app.takeaways.transfer.wordpress;

/**
 * One {@code wp:comment} of an item, as written.
 *
 * @param id the WordPress comment id
 * @param parentId the comment it answers, 0 for none
 * @param author the author's name
 * @param email the author's email
 * @param url the author's website
 * @param dateGmt the time in UTC ({@code yyyy-MM-dd HH:mm:ss})
 * @param date the time in the site's zone
 * @param content the text
 * @param approved 1, 0, spam or trash
 * @param type comment (or empty), pingback or trackback
 */
public record WxrComment(long id, long parentId, String author, String email, String url, String dateGmt, String date,
		String content, String approved, String type) {

}
