package app.takeaways.discovery;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HighlighterTests {

	@Test
	void marksWholeWordsThatStartWithAStemIgnoringCase() {
		Highlighter highlighter = new Highlighter(List.of("deal", "energy"));

		assertThat(highlighter.mark("Energy Deals and synergy, dealt").html())
			.isEqualTo("<mark>Energy</mark> <mark>Deals</mark> and synergy, <mark>dealt</mark>");
	}

	@Test
	void escapesTextBeforeWrappingMatches() {
		Highlighter highlighter = new Highlighter(List.of("energy"));

		Highlighted marked = highlighter.mark("<script>energy</script> & \"energy\"");

		assertThat(marked.html())
			.isEqualTo("&lt;script&gt;<mark>energy</mark>&lt;/script&gt; &amp; &quot;<mark>energy</mark>&quot;");
		assertThat(marked.text()).isEqualTo("<script>energy</script> & \"energy\"");
	}

	@Test
	void stemsAreMatchedLiterallyNotAsPatterns() {
		Highlighter highlighter = new Highlighter(List.of("a.c"));

		assertThat(highlighter.matches("abc")).isFalse();
		assertThat(highlighter.mark("a.c!").hasMatch()).isTrue();
	}

	@Test
	void excerptIsCutAroundTheFirstMatchAtSpaces() {
		Highlighter highlighter = new Highlighter(List.of("pipeline"));
		String text = "word ".repeat(60) + "the pipelines take years " + "more ".repeat(60);

		Highlighted excerpt = highlighter.excerpt(text, 80);

		assertThat(excerpt.text()).startsWith("…word").endsWith("more…").contains("pipelines").hasSizeLessThan(90);
		assertThat(excerpt.parts()).filteredOn(Highlighted.Part::match)
			.extracting(Highlighted.Part::text)
			.containsExactly("pipelines");
	}

	@Test
	void shortTextIsKeptWhole() {
		Highlighter highlighter = new Highlighter(List.of("x"));

		assertThat(highlighter.excerpt("  A short\n lead.  ", 80).text()).isEqualTo("A short lead.");
	}

}
