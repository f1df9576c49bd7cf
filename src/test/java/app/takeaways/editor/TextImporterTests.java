package app.takeaways.editor;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Plain text becomes an editor form for a draft.
 */
class TextImporterTests {

	static String seed() throws IOException {
		try (InputStream in = TextImporterTests.class.getResourceAsStream("/seed/key-takeaways-kim-putin.txt")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	@Test
	void seedDocumentBecomesADraftWithTitleLeadNineTakeawaysConclusionAndClosedComments() throws IOException {
		PostForm form = TextImporter.toForm(seed());

		assertThat(form.getTitle()).isEqualTo("Key Takeaways from Kim and Putin’s Meeting");
		assertThat(form.getLead()).startsWith("In a highly anticipated meeting in Vladivostok")
			.endsWith("Here are the key takeaways from their historic encounter:");
		assertThat(form.getTakeaways()).extracting(TakeawayForm::getHeading)
			.containsExactly("Diplomatic Outreach", "Regional Security", "Economic Cooperation", "Energy Deals",
					"Humanitarian Aid", "Sanctions Relief", "Cultural and Educational Exchanges",
					"Military Cooperation", "Future Engagement");
		assertThat(form.getTakeaways().get(8).getBody()).startsWith("Kim and Putin expressed optimism");
		assertThat(form.getTakeaways()).allSatisfy((row) -> assertThat(row.getAnchor()).isEmpty());
		assertThat(form.getBody()).startsWith("In conclusion, Kim Jong-un’s visit")
			.endsWith("this evolving relationship.")
			.doesNotContain("One thought on", "Comments are closed");
		assertThat(form.isCommentsClosed()).isTrue();
		assertThat(form.getPublication()).isEqualTo(Publication.DRAFT);
		assertThat(form.effectiveSlug()).isEqualTo("key-takeaways-from-kim-and-putins-meeting");
	}

	@Test
	void variantNumberingWindowsLineEndsAndOpenCommentsAreUnderstood() {
		PostForm form = TextImporter.toForm(
				"Title here\r\n\r\nA lead.\r\n\r\n1) First point: one\r\n2 - Second point\r\n\r\nIts body.\r\n\r\nThe end.\r\n\r\nLeave a reply\r\n");

		assertThat(form.getTitle()).isEqualTo("Title here");
		assertThat(form.getLead()).isEqualTo("A lead.");
		assertThat(form.getTakeaways()).extracting(TakeawayForm::getHeading)
			.containsExactly("First point", "Second point");
		assertThat(form.getTakeaways()).extracting(TakeawayForm::getBody).containsExactly("one", "Its body.");
		assertThat(form.getBody()).isEqualTo("The end.");
		assertThat(form.isCommentsClosed()).isFalse();
	}

}
