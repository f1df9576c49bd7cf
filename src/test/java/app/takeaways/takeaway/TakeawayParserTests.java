package app.takeaways.takeaway;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TakeawayParserTests {

	static String seed() throws IOException {
		try (InputStream in = TakeawayParserTests.class.getResourceAsStream("/seed/key-takeaways-kim-putin.txt")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	@Test
	void seedDocumentYieldsTitleLeadNineTakeawaysAndConclusion() throws IOException {
		ParsedArticle article = TakeawayParser.parse(seed());

		assertThat(article.title()).isEqualTo("Key Takeaways from Kim and Putin’s Meeting");
		assertThat(article.lead()).singleElement()
			.asString()
			.startsWith("In a highly anticipated meeting in Vladivostok");
		assertThat(article.takeaways()).extracting(ParsedArticle.Item::heading)
			.containsExactly("Diplomatic Outreach", "Regional Security", "Economic Cooperation", "Energy Deals",
					"Humanitarian Aid", "Sanctions Relief", "Cultural and Educational Exchanges",
					"Military Cooperation", "Future Engagement");
		assertThat(article.takeaways().get(3).body()).startsWith("The two leaders signed a memorandum")
			.endsWith("construction of new power plants.");
		assertThat(article.body()).startsWith("In conclusion, Kim Jong-un’s visit")
			.endsWith("this evolving relationship.")
			.doesNotContain("One thought on", "Comments are closed");
		assertThat(article.commentsClosed()).isTrue();
	}

	@Test
	void acceptsParenthesesAndDashesAndItemsWithoutBlankLines() {
		ParsedArticle article = TakeawayParser.parse("""
				Title

				Lead.
				1) First: one
				2 - Second: two
				3. Third: three
				""");

		assertThat(article.takeaways()).extracting(ParsedArticle.Item::heading)
			.containsExactly("First", "Second", "Third");
		assertThat(article.takeaways()).extracting(ParsedArticle.Item::body).containsExactly("one", "two", "three");
		assertThat(article.lead()).containsExactly("Lead.");
		assertThat(article.commentsClosed()).isFalse();
	}

	@Test
	void headingWithoutColonTakesTheNextParagraphAsBody() {
		ParsedArticle article = TakeawayParser.parse("""
				Title\r
				\r
				Lead one.\r
				\r
				1. Short heading\r
				\r
				Its body paragraph.\r
				\r
				2. Another: with body\r
				\r
				The end.\r
				""");

		assertThat(article.takeaways()).containsExactly(new ParsedArticle.Item("Short heading", "Its body paragraph."),
				new ParsedArticle.Item("Another", "with body"));
		assertThat(article.body()).isEqualTo("The end.");
	}

	@Test
	void textWithoutListHasFirstParagraphAsLeadAndTheRestAsBody() {
		ParsedArticle article = TakeawayParser.parse("Title\n\nFirst.\n\nSecond.\n\n3 thoughts on “Title”\n");

		assertThat(article.lead()).containsExactly("First.");
		assertThat(article.takeaways()).isEmpty();
		assertThat(article.body()).isEqualTo("Second.");
	}

	@Test
	void overlongHeadingWithoutColonIsCutAtTheFirstSentence() {
		String item = "This sentence is the heading. " + "And this rather long remainder is the body text. ".repeat(4);

		ParsedArticle.Item parsed = TakeawayParser.item(item);

		assertThat(parsed.heading()).isEqualTo("This sentence is the heading");
		assertThat(parsed.body()).startsWith("And this rather long remainder");
	}

}
