package app.takeaways.common;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which encoding a reader gets from what its client says it takes.
 */
class ContentCodingTests {

	@Test
	void browsersGetBrotliWhenAtHandAndGzipOtherwise() {
		String chrome = "gzip, deflate, br, zstd";

		assertThat(ContentCoding.negotiate(chrome, true)).isEqualTo(ContentCoding.BROTLI);
		assertThat(ContentCoding.negotiate(chrome, false)).isEqualTo(ContentCoding.GZIP);
		assertThat(ContentCoding.negotiate("gzip", true)).isEqualTo(ContentCoding.GZIP);
	}

	@Test
	void clientsThatAskForNothingOrRefuseEverythingGetThePlainBody() {
		assertThat(ContentCoding.negotiate(null, true)).isEqualTo(ContentCoding.IDENTITY);
		assertThat(ContentCoding.negotiate("", true)).isEqualTo(ContentCoding.IDENTITY);
		assertThat(ContentCoding.negotiate("identity", true)).isEqualTo(ContentCoding.IDENTITY);
		assertThat(ContentCoding.negotiate("deflate", true)).isEqualTo(ContentCoding.IDENTITY);
		assertThat(ContentCoding.negotiate("gzip;q=0, br;q=0", true)).isEqualTo(ContentCoding.IDENTITY);
	}

	@Test
	void qualitiesAndTheWildcardAreHonoured() {
		assertThat(ContentCoding.negotiate("br;q=0.5, gzip;q=0.9", true)).isEqualTo(ContentCoding.GZIP);
		assertThat(ContentCoding.negotiate("br;q=0, *", true)).isEqualTo(ContentCoding.GZIP);
		assertThat(ContentCoding.negotiate("*", true)).isEqualTo(ContentCoding.BROTLI);
		assertThat(ContentCoding.negotiate("GZIP;Q=1", true)).isEqualTo(ContentCoding.GZIP);
		assertThat(ContentCoding.negotiate("gzip;q=nonsense, br", false)).isEqualTo(ContentCoding.IDENTITY);
	}

}
