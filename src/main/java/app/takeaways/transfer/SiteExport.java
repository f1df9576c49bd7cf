package app.takeaways.transfer;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import app.takeaways.comment.CommentExport;
import app.takeaways.common.TakeawaysProperties;
import app.takeaways.editor.RevisionArchive;
import app.takeaways.post.PostExport;
import app.takeaways.transfer.wordpress.WxrWriter;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;

/**
 * Writes the whole site, a page of posts at a time (constant memory however many there
 * are): as a WordPress export, or as the native JSON archive that keeps every structure.
 */
@Service
class SiteExport {

	static final int PAGE = 200;

	static final int FORMAT_VERSION = 1;

	private final PostExport posts;

	private final CommentExport comments;

	private final JsonMapper json;

	private final TakeawaysProperties properties;

	private final Clock clock;

	private final RevisionArchive revisions;

	SiteExport(PostExport posts, CommentExport comments, JsonMapper json, TakeawaysProperties properties, Clock clock,
			RevisionArchive revisions) {
		this.posts = posts;
		this.comments = comments;
		this.revisions = revisions;
		this.json = json;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * The site as WXR 1.2; links start with {@code baseUrl}.
	 */
	void wxr(OutputStream out, String baseUrl) throws IOException {
		BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
		WxrWriter wxr = new WxrWriter(writer, baseUrl, this.properties.timeZone());
		wxr.start(this.properties.siteName(), this.posts.authors(), this.clock.instant());
		eachPage((page, byPost) -> {
			for (PostExport.Exported post : page) {
				wxr.item(post, byPost.getOrDefault(post.id(), List.of()));
			}
			writer.flush();
		});
		wxr.end();
	}

	/**
	 * The site as the JSON archive: posts with takeaways as data, anchors, tags, authors,
	 * comments with status and thread, revisions, and the discussion settings.
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
			generator.writeName("posts");
			generator.writeStartArray();
			eachPage((page, byPost) -> {
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

	private void eachPage(PageWriter writer) throws IOException {
		long after = 0;
		while (true) {
			List<PostExport.Exported> page = this.posts.after(after, PAGE);
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
