package app.takeaways.post;

import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PostArchiveTests {

	@Test
	void zoneNamesReadTheSameOnH2AndPostgres() {
		assertThat(PostArchive.zoneName(ZoneId.of("Europe/Berlin"))).isEqualTo("Europe/Berlin");
		assertThat(PostArchive.zoneName(ZoneId.of("UTC"))).isEqualTo("UTC");
		assertThat(PostArchive.zoneName(ZoneOffset.UTC)).isEqualTo("UTC");
		assertThat(PostArchive.zoneName(ZoneOffset.ofHours(2))).isEqualTo("Etc/GMT-2");
		assertThat(PostArchive.zoneName(ZoneOffset.ofHours(-5))).isEqualTo("Etc/GMT+5");
		assertThatIllegalArgumentException().isThrownBy(() -> PostArchive.zoneName(ZoneOffset.ofHoursMinutes(5, 30)));
	}

}
