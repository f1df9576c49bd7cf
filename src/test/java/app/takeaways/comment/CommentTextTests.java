package app.takeaways.comment;

import app.takeaways.post.TextPart;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CommentTextTests {

	@Test
	void webAddressesBecomeLinkPartsWithoutTrailingPunctuation() {
		assertThat(CommentText.parts("See https://example.org/a?b=1&c=2. Or (http://x.example/path), ok"))
			.containsExactly(new TextPart("See ", false), new TextPart("https://example.org/a?b=1&c=2", true),
					new TextPart(". Or (", false), new TextPart("http://x.example/path", true),
					new TextPart("), ok", false));
	}

	@Test
	void markupAndOtherSchemesStayText() {
		assertThat(CommentText.parts("<a href=\"javascript:alert(1)\">x</a> data:text/html,hi"))
			.containsExactly(new TextPart("<a href=\"javascript:alert(1)\">x</a> data:text/html,hi", false));
	}

	@Test
	void linkCountCountsEachAddress() {
		assertThat(CommentText.linkCount("http://a.example https://b.example no link")).isEqualTo(2);
		assertThat(CommentText.linkCount("plain")).isZero();
	}

}
