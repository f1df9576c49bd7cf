package app.takeaways.common;

import java.time.ZoneId;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Our own settings, under {@code takeaways.*}.
 *
 * @param siteName name shown in the masthead and feeds
 * @param siteUrl absolute base address for canonical links and feeds; the request's when
 * empty
 * @param timeZone zone in which dates are shown to readers
 * @param pageSize posts per page on lists
 * @param demo demo content settings
 * @param maxRequestSize largest request body accepted; larger ones get 413
 * @param maxUploadSize largest request body accepted by the WordPress import upload
 * ({@code /admin/import}), a route allowed more than {@code maxRequestSize}
 * @param maxImageSize largest picture accepted by the media library upload
 * ({@code /editor/media}), the other route allowed more than {@code maxRequestSize}
 */
@ConfigurationProperties("takeaways")
public record TakeawaysProperties(@DefaultValue("Takeaways") String siteName, @Nullable String siteUrl,
		@DefaultValue("UTC") ZoneId timeZone, @DefaultValue("10") int pageSize, @DefaultValue Demo demo,
		@DefaultValue("1MB") DataSize maxRequestSize, @DefaultValue("200MB") DataSize maxUploadSize,
		@DefaultValue("10MB") DataSize maxImageSize) {

	/**
	 * @param enabled load demo posts into an empty database on start
	 */
	public record Demo(@DefaultValue("true") boolean enabled) {
	}

}
