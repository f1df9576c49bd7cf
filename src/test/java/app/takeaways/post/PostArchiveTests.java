package app.takeaways.post;

import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * How {@link PostArchive} names a time zone for SQL; that both databases read these names
 * alike is {@code PostRepositoryContract#archiveMonthsFollowRegionAndOffsetZonesAlike}.
 */
class PostArchiveTests {

	@Test
	void offsetsBecomeEtcZoneNamesAndPartialHoursAreRefused() {
		assertThat(PostArchive.zoneName(ZoneId.of("Europe/Berlin"))).isEqualTo("Europe/Berlin");
		assertThat(PostArchive.zoneName(ZoneId.of("UTC"))).isEqualTo("UTC");
		assertThat(PostArchive.zoneName(ZoneOffset.UTC)).isEqualTo("UTC");
		assertThat(PostArchive.zoneName(ZoneOffset.ofHours(2))).isEqualTo("Etc/GMT-2");
		assertThat(PostArchive.zoneName(ZoneOffset.ofHours(-5))).isEqualTo("Etc/GMT+5");
		assertThatIllegalArgumentException().isThrownBy(() -> PostArchive.zoneName(ZoneOffset.ofHoursMinutes(5, 30)));
	}

}
