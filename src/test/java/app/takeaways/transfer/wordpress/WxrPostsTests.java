package app.takeaways.transfer.wordpress;

import java.util.List;

import app.takeaways.post.PostContent;
import app.takeaways.post.PostStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What a WordPress item means in Takeaways' terms.
 */
class WxrPostsTests {

	@Test
	void categoriesAndTagsBecomeTagsByDecodedSlugWithoutUncategorized() {
		List<PostContent.TagName> tags = WxrPosts
			.tags(List.of(new WxrItem.Category("category", "uncategorized", "Uncategorized"),
					new WxrItem.Category("category", "%c3%a9nergie", "&Eacute;nergie"),
					new WxrItem.Category("post_tag", "energie", "Energie again"),
					new WxrItem.Category("post_format", "post-format-aside", "Aside")));

		assertThat(tags).containsExactly(new PostContent.TagName("energie", "Énergie"));
	}

	@Test
	void aSlugThatIsNotValidlyEncodedIsTakenAsWritten() {
		List<PostContent.TagName> tags = WxrPosts
			.tags(List.of(new WxrItem.Category("post_tag", "100%-sure", "100% sure")));

		assertThat(tags).extracting(PostContent.TagName::slug).containsExactly("100-sure");
		assertThat(WxrPosts.wordpressSlug(item("50%-off", "publish"))).isEqualTo("50%-off");
		assertThat(WxrPosts.wordpressSlug(item("caf%C3%A9+bar", "publish"))).isEqualTo("café+bar");
	}

	@Test
	void statusesMapOrTheItemIsSkipped() {
		assertThat(WxrPosts.status("publish")).isEqualTo(PostStatus.PUBLISHED);
		assertThat(WxrPosts.status("future")).isEqualTo(PostStatus.SCHEDULED);
		assertThat(WxrPosts.status("private")).isEqualTo(PostStatus.DRAFT);
		assertThatExceptionOfType(WordpressImporter.SkipException.class).isThrownBy(() -> WxrPosts.status("inherit"))
			.withMessage("transfer.skip.status:inherit");
	}

	@Test
	void aChangedItemHashesDifferently() {
		assertThat(WxrPosts.hash(item("a", "publish"))).isEqualTo(WxrPosts.hash(item("a", "publish")))
			.isNotEqualTo(WxrPosts.hash(item("a", "draft")));
	}

	private static WxrItem item(String postName, String status) {
		return new WxrItem("Title", "admin", "<p>Text</p>", false, "", 7, "2026-01-02 03:04:05", "2026-01-02 04:04:05",
				postName, status, "post", "open", List.of(), List.of());
	}

}
