package app.takeaways.transfer.wordpress;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.takeaways.comment.CommentExport;
import app.takeaways.media.MediaArchive;
import app.takeaways.post.PostExport;
import app.takeaways.post.TagView;
import app.takeaways.takeaway.Anchors;
import app.takeaways.takeaway.TakeawayView;
import org.jspecify.annotations.Nullable;

/**
 * Writes a WordPress export (WXR 1.2) as WordPress's own exporter does
 * ({@code wp-admin/includes/export.php}): the same namespaces and elements, text in CDATA
 * sections split around {@code ]]>}. A post's lead, takeaways (an ordered list whose
 * items start with a bold heading, each with its anchor as id) and body make its content.
 * A library picture is an attachment item whose URL is its largest stored width; a post
 * with a lead picture names it in {@code _thumbnail_id}, as WordPress does for a featured
 * image.
 */
public final class WxrWriter {

	private static final DateTimeFormatter WORDPRESS_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private static final String NO_DATE = "0000-00-00 00:00:00";

	/** A library address in an attribute of the body: in src, href or srcset. */
	private static final Pattern MEDIA_ADDRESS = Pattern
		.compile("((?:src|srcset|href)=\"|[0-9]w,\\s*)(/media/[0-9a-f]{32}-)");

	private final Writer out;

	private final String baseUrl;

	private final ZoneId zone;

	public WxrWriter(Writer out, String baseUrl, ZoneId zone) {
		this.out = out;
		this.baseUrl = baseUrl;
		this.zone = zone;
	}

	public void start(String siteName, List<PostExport.Author> authors, Instant now) throws IOException {
		this.out.write("""
				<?xml version="1.0" encoding="UTF-8" ?>
				<rss version="2.0"
					xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
					xmlns:content="http://purl.org/rss/1.0/modules/content/"
					xmlns:wfw="http://wellformedweb.org/CommentAPI/"
					xmlns:dc="http://purl.org/dc/elements/1.1/"
					xmlns:wp="http://wordpress.org/export/1.2/"
				>

				<channel>
				""");
		line(1, "<title>" + escape(siteName) + "</title>");
		line(1, "<link>" + escape(this.baseUrl) + "</link>");
		line(1, "<description></description>");
		line(1, "<pubDate>" + DateTimeFormatter.RFC_1123_DATE_TIME.format(now.atOffset(ZoneOffset.UTC)) + "</pubDate>");
		line(1, "<language>en</language>");
		line(1, "<wp:wxr_version>1.2</wp:wxr_version>");
		line(1, "<wp:base_site_url>" + escape(this.baseUrl) + "</wp:base_site_url>");
		line(1, "<wp:base_blog_url>" + escape(this.baseUrl) + "</wp:base_blog_url>");
		this.out.write("\n");
		int id = 1;
		for (PostExport.Author author : authors) {
			line(1, "<wp:author><wp:author_id>" + id++ + "</wp:author_id><wp:author_login>" + cdata(author.username())
					+ "</wp:author_login><wp:author_email>" + cdata("") + "</wp:author_email><wp:author_display_name>"
					+ cdata(author.displayName()) + "</wp:author_display_name><wp:author_first_name>" + cdata("")
					+ "</wp:author_first_name><wp:author_last_name>" + cdata("")
					+ "</wp:author_last_name></wp:author>");
		}
		this.out.write("\n");
		line(1, "<generator>Takeaways</generator>");
		this.out.write("\n");
	}

	/**
	 * A post with its comments; {@code thumbnailId} is the post id of the attachment item
	 * of its lead picture, if it has one.
	 */
	public void item(PostExport.Exported post, List<CommentExport.Exported> comments, @Nullable Long thumbnailId)
			throws IOException {
		line(1, "<item>");
		line(2, "<title>" + cdata(post.title()) + "</title>");
		line(2, "<link>" + escape(this.baseUrl + "/posts/" + post.slug()) + "</link>");
		Instant published = post.publishedAt();
		line(2, "<pubDate>" + DateTimeFormatter.RFC_1123_DATE_TIME
			.format(((published != null) ? published : post.createdAt()).atOffset(ZoneOffset.UTC)) + "</pubDate>");
		line(2, "<dc:creator>" + cdata(post.authorUsername()) + "</dc:creator>");
		line(2, "<guid isPermaLink=\"false\">" + escape(this.baseUrl + "/?p=" + post.id()) + "</guid>");
		line(2, "<description></description>");
		line(2, "<content:encoded>" + cdata(absolute(content(post))) + "</content:encoded>");
		line(2, "<excerpt:encoded>" + cdata("") + "</excerpt:encoded>");
		line(2, "<wp:post_id>" + post.id() + "</wp:post_id>");
		line(2, "<wp:post_date>" + cdata(local((published != null) ? published : post.createdAt()))
				+ "</wp:post_date>");
		line(2, "<wp:post_date_gmt>" + cdata((published != null) ? gmt(published) : NO_DATE) + "</wp:post_date_gmt>");
		line(2, "<wp:comment_status>" + cdata(post.commentsClosed() ? "closed" : "open") + "</wp:comment_status>");
		line(2, "<wp:ping_status>" + cdata("closed") + "</wp:ping_status>");
		line(2, "<wp:post_name>" + cdata(post.slug()) + "</wp:post_name>");
		line(2, "<wp:status>" + cdata(switch (post.status()) {
			case PUBLISHED -> "publish";
			case SCHEDULED -> "future";
			case DRAFT -> "draft";
		}) + "</wp:status>");
		line(2, "<wp:post_parent>0</wp:post_parent>");
		line(2, "<wp:menu_order>0</wp:menu_order>");
		line(2, "<wp:post_type>" + cdata("post") + "</wp:post_type>");
		line(2, "<wp:post_password>" + cdata("") + "</wp:post_password>");
		line(2, "<wp:is_sticky>0</wp:is_sticky>");
		for (TagView tag : post.tags()) {
			line(2, "<category domain=\"post_tag\" nicename=\"" + escape(tag.slug()) + "\">" + cdata(tag.name())
					+ "</category>");
		}
		if (thumbnailId != null) {
			postmeta("_thumbnail_id", thumbnailId.toString());
		}
		for (CommentExport.Exported comment : comments) {
			comment(comment);
		}
		line(1, "</item>");
	}

	/**
	 * A library picture as an attachment item, {@code id} not used by any post;
	 * {@code parentId} is the post showing it as its lead picture, else 0.
	 */
	public void attachment(MediaArchive.Attachment picture, long id, long parentId) throws IOException {
		String title = title(picture.originalName());
		String url = this.baseUrl + picture.largest();
		line(1, "<item>");
		line(2, "<title>" + cdata(title.isEmpty() ? picture.hash() : title) + "</title>");
		line(2, "<link>" + escape(url) + "</link>");
		line(2, "<pubDate>" + DateTimeFormatter.RFC_1123_DATE_TIME.format(picture.uploadedAt().atOffset(ZoneOffset.UTC))
				+ "</pubDate>");
		line(2, "<dc:creator>" + cdata(picture.uploadedBy()) + "</dc:creator>");
		line(2, "<guid isPermaLink=\"false\">" + escape(url) + "</guid>");
		line(2, "<description></description>");
		line(2, "<content:encoded>" + cdata("") + "</content:encoded>");
		line(2, "<excerpt:encoded>" + cdata("") + "</excerpt:encoded>");
		line(2, "<wp:post_id>" + id + "</wp:post_id>");
		line(2, "<wp:post_date>" + cdata(local(picture.uploadedAt())) + "</wp:post_date>");
		line(2, "<wp:post_date_gmt>" + cdata(gmt(picture.uploadedAt())) + "</wp:post_date_gmt>");
		line(2, "<wp:comment_status>" + cdata("closed") + "</wp:comment_status>");
		line(2, "<wp:ping_status>" + cdata("closed") + "</wp:ping_status>");
		String slug = Anchors.slugify(title);
		line(2, "<wp:post_name>" + cdata(slug.isEmpty() ? picture.hash() : slug) + "</wp:post_name>");
		line(2, "<wp:status>" + cdata("inherit") + "</wp:status>");
		line(2, "<wp:post_parent>" + parentId + "</wp:post_parent>");
		line(2, "<wp:menu_order>0</wp:menu_order>");
		line(2, "<wp:post_type>" + cdata("attachment") + "</wp:post_type>");
		line(2, "<wp:post_mime_type>" + cdata(picture.contentType()) + "</wp:post_mime_type>");
		line(2, "<wp:post_password>" + cdata("") + "</wp:post_password>");
		line(2, "<wp:is_sticky>0</wp:is_sticky>");
		line(2, "<wp:attachment_url>" + cdata(url) + "</wp:attachment_url>");
		postmeta("_wp_attached_file", picture.fileName());
		if (!picture.altText().isEmpty()) {
			postmeta("_wp_attachment_image_alt", picture.altText());
		}
		line(1, "</item>");
	}

	private void postmeta(String key, String value) throws IOException {
		line(2, "<wp:postmeta>");
		line(3, "<wp:meta_key>" + cdata(key) + "</wp:meta_key>");
		line(3, "<wp:meta_value>" + cdata(value) + "</wp:meta_value>");
		line(2, "</wp:postmeta>");
	}

	/** As WordPress names an upload: its file name without the extension. */
	private static String title(String fileName) {
		int dot = fileName.lastIndexOf('.');
		return ((dot > 0) ? fileName.substring(0, dot) : fileName).strip();
	}

	private void comment(CommentExport.Exported comment) throws IOException {
		line(2, "<wp:comment>");
		line(3, "<wp:comment_id>" + comment.id() + "</wp:comment_id>");
		line(3, "<wp:comment_author>" + cdata(comment.authorName()) + "</wp:comment_author>");
		line(3, "<wp:comment_author_email>" + cdata(comment.authorEmail()) + "</wp:comment_author_email>");
		line(3, "<wp:comment_author_url>" + escape(orEmpty(comment.authorWebsite())) + "</wp:comment_author_url>");
		line(3, "<wp:comment_author_IP>" + cdata("") + "</wp:comment_author_IP>");
		line(3, "<wp:comment_date>" + cdata(local(comment.createdAt())) + "</wp:comment_date>");
		line(3, "<wp:comment_date_gmt>" + cdata(gmt(comment.createdAt())) + "</wp:comment_date_gmt>");
		line(3, "<wp:comment_content>" + cdata(comment.body()) + "</wp:comment_content>");
		line(3, "<wp:comment_approved>" + cdata(switch (comment.status()) {
			case APPROVED -> "1";
			case PENDING -> "0";
			case SPAM -> "spam";
			case TRASH -> "trash";
		}) + "</wp:comment_approved>");
		line(3, "<wp:comment_type>" + cdata("comment") + "</wp:comment_type>");
		line(3, "<wp:comment_parent>" + ((comment.parentId() != null) ? comment.parentId() : 0)
				+ "</wp:comment_parent>");
		line(3, "<wp:comment_user_id>0</wp:comment_user_id>");
		line(2, "</wp:comment>");
	}

	public void end() throws IOException {
		this.out.write("</channel>\n</rss>\n");
		this.out.flush();
	}

	/**
	 * Lead, takeaways and body as one HTML document, in the shape the importer reads
	 * back.
	 */
	static String content(PostExport.Exported post) {
		StringBuilder html = new StringBuilder();
		html.append("<div class=\"lead\">");
		for (String paragraph : post.lead().split("\n\\s*\n")) {
			if (!paragraph.isBlank()) {
				html.append("<p>").append(escape(paragraph.strip())).append("</p>");
			}
		}
		html.append("</div>\n\n");
		if (!post.takeaways().isEmpty()) {
			html.append("<ol class=\"takeaways\">\n");
			for (TakeawayView takeaway : post.takeaways()) {
				html.append("<li id=\"")
					.append(escape(takeaway.anchor()))
					.append("\"><strong>")
					.append(escape(takeaway.heading()))
					.append(":</strong>");
				if (!takeaway.body().isBlank()) {
					html.append(' ').append(escape(takeaway.body().strip()).replace("\n", "<br>"));
				}
				html.append("</li>\n");
			}
			html.append("</ol>\n\n");
		}
		html.append(post.bodyHtml().strip());
		return html.toString().strip();
	}

	/**
	 * The body with library addresses made absolute, as WordPress writes them: a site
	 * importing the file shows the pictures from here (and a WordPress import finds the
	 * attachment URLs in the posts).
	 */
	private String absolute(String html) {
		return MEDIA_ADDRESS.matcher(html)
			.replaceAll((match) -> Matcher.quoteReplacement(match.group(1) + this.baseUrl + match.group(2)));
	}

	private String local(Instant instant) {
		return WORDPRESS_DATE.format(instant.atZone(this.zone));
	}

	private static String gmt(Instant instant) {
		return WORDPRESS_DATE.format(instant.atOffset(ZoneOffset.UTC));
	}

	private void line(int indent, String text) throws IOException {
		this.out.write("\t".repeat(indent));
		this.out.write(text);
		this.out.write('\n');
	}

	/**
	 * As WordPress's {@code wxr_cdata}: a CDATA section, split where the text contains
	 * {@code ]]>}; characters XML forbids are left out.
	 */
	static String cdata(String text) {
		return "<![CDATA[" + allowed(text).replace("]]>", "]]]]><![CDATA[>") + "]]>";
	}

	static String escape(String text) {
		return allowed(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

	private static String allowed(String text) {
		StringBuilder kept = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (XmlCharFilter.allowed(c)) {
				kept.append(c);
			}
		}
		return kept.toString();
	}

	private static String orEmpty(@Nullable String text) {
		return (text != null) ? text : "";
	}

}
