package app.takeaways.discovery;

import app.takeaways.account.Account;
import app.takeaways.post.Posts;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(properties = "takeaways.time-zone=Europe/Berlin")
@AutoConfigureMockMvc
class SearchTests extends SearchContract {

	/**
	 * On H2 a post must contain each word (a quick {@code ILIKE}) before the word's
	 * regular expression runs; that first test must let through everything the expression
	 * matches, Unicode case folding included.
	 */
	@Test
	@Transactional
	void theQuickContainsTestLetsThroughWhatTheWordExpressionMatches() throws Exception {
		Account author = this.accounts.save(Posts.author("traveller"));
		save("bosphorus", "Bosphorus crossings", "Ferries leave İSTANBUL at dawn.", "Body.", author, 1);
		save("kelvin", "Cold", "Helium boils at 4 \u212Aelvin.", "Body.", author, 2);
		save("strasse", "Street names", "The Hauptstraße is long.", "Body.", author, 3);

		assertThat(resultSlugs(page("/search?q=istanbul"))).containsExactly("bosphorus");
		assertThat(resultSlugs(page("/search?q=kelvin"))).containsExactly("kelvin");
		assertThat(resultSlugs(page("/search?q=HAUPTSTRASSE"))).isEmpty();
		assertThat(resultSlugs(page("/search?q=Hauptstraße"))).containsExactly("strasse");
		assertThat(H2PostSearch.containsPattern("energy")).isEqualTo("%energy%");
		assertThat(H2PostSearch.containsPattern("istanbul")).isEqualTo("%__tanbul%");
		assertThat(H2PostSearch.containsPattern("straße")).isNull();
	}

}
