package app.takeaways.discovery;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchQueryTests {

	@Test
	void wordsAreLowercasedWithoutCommonWordsAndEndings() {
		SearchQuery query = SearchQuery.parse("  The Energy DEALS of Russia's pipelines, signed  ").query();

		assertThat(query.text()).isEqualTo("The Energy DEALS of Russia's pipelines, signed");
		assertThat(query.stems()).containsExactly("energy", "deal", "russia", "pipeline", "sign");
	}

	@Test
	void emptyWordlessAndOverLongQueriesSayWhy() {
		assertThat(SearchQuery.parse(null).problem()).isEqualTo("search.problem.empty");
		assertThat(SearchQuery.parse("   ").problem()).isEqualTo("search.problem.empty");
		assertThat(SearchQuery.parse("the of ?!").problem()).isEqualTo("search.problem.no-words");
		assertThat(SearchQuery.parse("a".repeat(201)).problem()).isEqualTo("search.problem.too-long");
		assertThat(SearchQuery.parse("a".repeat(200)).query()).isNotNull();
	}

}
