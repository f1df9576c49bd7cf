package app.takeaways.discovery;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

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

	@Test
	void matchesWordsWhoseFirstLetterDiffersOnlyInCase() {
		Highlighter highlighter = new Highlighter(List.of("énerg", "ıs", "σοφ", "2026"));

		assertThat(highlighter.mark("ÉNERGIE, Islam, ΣΟΦΙΑ in 2026 but not x2026 or réénergie").parts())
			.filteredOn(Highlighted.Part::match)
			.extracting(Highlighted.Part::text)
			.containsExactly("ÉNERGIE", "Islam", "ΣΟΦΙΑ", "2026");
	}

	/**
	 * Marked are the words that start with a stem, ignoring case as Java's Unicode case
	 * folding does: the pattern below, tried at every character. The highlighter tries it
	 * only where a stem can start, and must mark exactly the same words in any text,
	 * whatever the case or script of its letters.
	 */
	@Test
	void marksWhatTheWordPatternFindsAtEveryCharacter() {
		String alphabet = "aAbeEéÉdDıIİiσςΣßsS1 2,.-\u00ad\ud801\udc00\ud801\udc28";
		Random random = new Random(13);
		for (int round = 0; round < 2000; round++) {
			List<String> stems = new ArrayList<>();
			for (int i = random.nextInt(3); i >= 0; i--) {
				stems.add(randomText(random, alphabet, 1 + random.nextInt(3)));
			}
			stems.removeIf(String::isBlank);
			if (stems.isEmpty()) {
				continue;
			}
			String text = randomText(random, alphabet, random.nextInt(40));

			assertThat(matchesIn(new Highlighter(stems).mark(text))).as("%s in %s", stems, text)
				.isEqualTo(matchesEverywhere(stems, text));
		}
	}

	private static String randomText(Random random, String alphabet, int length) {
		StringBuilder text = new StringBuilder();
		int[] characters = alphabet.codePoints().toArray();
		for (int i = 0; i < length; i++) {
			text.appendCodePoint(characters[random.nextInt(characters.length)]);
		}
		return text.toString();
	}

	/** Where each marked word starts, and the word. */
	private static List<String> matchesIn(Highlighted marked) {
		List<String> matches = new ArrayList<>();
		int offset = 0;
		for (Highlighted.Part part : marked.parts()) {
			if (part.match()) {
				matches.add(offset + ":" + part.text());
			}
			offset += part.text().length();
		}
		return matches;
	}

	private static List<String> matchesEverywhere(List<String> stems, String text) {
		Pattern words = Pattern.compile("(?<![\\p{L}\\p{N}])(?:"
				+ stems.stream().map(Pattern::quote).collect(Collectors.joining("|")) + ")[\\p{L}\\p{N}]*",
				Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
		return words.matcher(text).results().map((match) -> match.start() + ":" + match.group()).toList();
	}

}
