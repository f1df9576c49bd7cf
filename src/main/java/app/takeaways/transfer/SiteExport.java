package app.takeaways.transfer;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import app.takeaways.comment.CommentExport;
import app.takeaways.common.TakeawaysProperties;
import app.takeaways.editor.RevisionArchive;
import app.takeaways.media.MediaArchive;
import app.takeaways.post.PostExport;
import app.takeaways.transfer.wordpress.WxrWriter;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;

/**
 * Writes the whole site, a page of posts at a time (constant memory however many there
 * are): as a WordPress export, or as the native JSON archive that keeps every structure.
 * <p>
 * Archive versions: 1 has posts, comments, revisions and discussion settings; 2 adds the
 * media library ({@code media}, before the posts, every stored width base64-encoded) and
 * each post's {@code leadImage}. The importer reads both.
 */
@Service
class SiteExport {

	static final int PAGE = 200;

	static final int FORMAT_VERSION = 2;

	/** Pictures read at a time: each carries the bytes of all its widths. */
	static final int MEDIA_PAGE = 10;

	private final PostExport posts;

	private final CommentExport comments;

	private final JsonMapper json;

	private final TakeawaysProperties properties;

	private final Clock clock;

	private final RevisionArchive revisions;

	private final MediaArchive media;

	SiteExport(PostExport posts, CommentExport comments, JsonMapper json, TakeawaysProperties properties, Clock clock,
			RevisionArchive revisions, MediaArchive media) {
		this.posts = posts;
		this.comments = comments;
		this.revisions = revisions;
		this.media = media;
		this.json = json;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * The site as WXR 1.2; links start with {@code baseUrl}. The library's pictures
	 * follow the posts as attachments, numbered after the last post (posts written
	 * meanwhile are left out, so no number is used twice).
	 */
	void wxr(OutputStream out, String baseUrl) throws IOException {
		BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
		WxrWriter wxr = new WxrWriter(writer, baseUrl, this.properties.timeZone());
		wxr.start(this.properties.siteName(), this.posts.authors(), this.clock.instant());
		long lastPost = this.posts.lastId();
		Map<String, Long> attachmentIds = new LinkedHashMap<>();
		List<MediaArchive.Attachment> pictures = this.media.attachments();
		for (MediaArchive.Attachment picture : pictures) {
			attachmentIds.put(picture.hash(), lastPost + attachmentIds.size() + 1);
		}
		Map<String, Long> parents = new HashMap<>();
		eachPage(lastPost, (page, byPost) -> {
			for (PostExport.Exported post : page) {
				String lead = post.leadImage();
				wxr.item(post, byPost.getOrDefault(post.id(), List.of()),
						(lead != null) ? attachmentIds.get(lead) : null);
				if (lead != null) {
					parents.putIfAbsent(lead, post.id());
				}
			}
			writer.flush();
		});
		for (MediaArchive.Attachment picture : pictures) {
			wxr.attachment(picture, attachmentIds.get(picture.hash()), parents.getOrDefault(picture.hash(), 0L));
		}
		wxr.end();
	}

	/**
	 * The site as the JSON archive: the media library, posts with takeaways as data,
	 * anchors, tags, authors, lead pictures, comments with status and thread, revisions,
	 * and the discussion settings.
	 */
	void json(OutputStream out) throws IOException {
		try (JsonGenerator generator = this.json.createGenerator(out)) {
			generator.writeStartObject();
			generator.writeStringProperty("format", "takeaways-archive");
			generator.writeNumberProperty("version", FORMAT_VERSION);
			generator.writeStringProperty("exportedAt", this.clock.instant().toString());
			generator.writeStringProperty("siteName", this.properties.siteName());
			generator.writeName("discussionSettings");
			generator.writePOJO(this.comments.rules());
			generator.writeName("authors");
			generator.writePOJO(this.posts.authors());
			generator.writeName("media");
			generator.writeStartArray();
			pictures(generator);
			generator.writeEndArray();
			generator.writeName("posts");
			generator.writeStartArray();
			eachPage(Long.MAX_VALUE, (page, byPost) -> {
				Map<Long, List<RevisionArchive.Archived>> revisions = this.revisions
					.of(page.stream().map(PostExport.Exported::id).toList());
				for (PostExport.Exported post : page) {
					generator.writePOJO(new ArchivedPost(post, byPost.getOrDefault(post.id(), List.of()),
							revisions.getOrDefault(post.id(), List.of())));
				}
				generator.flush();
			});
			generator.writeEndArray();
			generator.writeEndObject();
		}
	}

	private void pictures(JsonGenerator generator) {
		String after = "";
		while (true) {
			List<MediaArchive.Archived> page = this.media.after(after, MEDIA_PAGE);
			if (page.isEmpty()) {
				return;
			}
			page.forEach(generator::writePOJO);
			generator.flush();
			after = page.get(page.size() - 1).hash();
		}
	}

	/**
	 * Every post with an id up to {@code lastId}, a page at a time.
	 */
	private void eachPage(long lastId, PageWriter writer) throws IOException {
		long after = 0;
		while (true) {
			List<PostExport.Exported> page = this.posts.after(after, PAGE)
				.stream()
				.filter((post) -> post.id() <= lastId)
				.toList();
			if (page.isEmpty()) {
				return;
			}
			Map<Long, List<CommentExport.Exported>> byPost = this.comments
				.of(page.stream().map(PostExport.Exported::id).toList())
				.stream()
				.collect(Collectors.groupingBy(CommentExport.Exported::postId));
			writer.write(page, byPost);
			after = page.get(page.size() - 1).id();
		}
	}

	@FunctionalInterface
	private interface PageWriter {

		void write(List<PostExport.Exported> page, Map<Long, List<CommentExport.Exported>> byPost) throws IOException;

	}

	/**
	 * One post of the JSON archive, with its comments and revisions.
	 *
	 * @param post the post
	 * @param comments its comments
	 * @param revisions its revisions, oldest first (absent from archives made before
	 * revisions were kept)
	 */
	record ArchivedPost(PostExport.Exported post, List<CommentExport.Exported> comments,
			@Nullable List<RevisionArchive.Archived> revisions) {
	}

}
