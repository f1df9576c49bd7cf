package app.takeaways.takeaway;

import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AnchorsTests {

	@Test
	void slugifyMakesLowercaseDashedWords() {
		assertThat(Anchors.slugify("Key Takeaways from Kim and Putin’s Meeting"))
			.isEqualTo("key-takeaways-from-kim-and-putins-meeting");
		assertThat(Anchors.slugify("  Café & Crème: 2026!  ")).isEqualTo("cafe-creme-2026");
		assertThat(Anchors.slugify("<script>")).isEqualTo("script");
		assertThat(Anchors.slugify("…")).isEmpty();
	}

	@Test
	void slugifyCutsLongTextAtSixtyCharacters() {
		assertThat(Anchors.slugify("word ".repeat(40))).hasSizeLessThanOrEqualTo(60).doesNotEndWith("-");
	}

	@Test
	void uniqueNumbersRepeatsAndFallsBackForTextWithoutLetters() {
		assertThat(Anchors.unique("Energy", "takeaway", Set.of())).isEqualTo("energy");
		assertThat(Anchors.unique("Energy", "takeaway", Set.of("energy", "energy-2"))).isEqualTo("energy-3");
		assertThat(Anchors.unique("!!!", "takeaway", Set.of("takeaway"))).isEqualTo("takeaway-2");
	}

}
