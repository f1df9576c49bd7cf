package app.takeaways.common;

import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Formats instants for readers in the site's time zone. Templates call it as
 * {@code ${@dates.day(instant)}}.
 */
@Component("dates")
public class DateFormats {

	private final TakeawaysProperties properties;

	DateFormats(TakeawaysProperties properties) {
		this.properties = properties;
	}

	/**
	 * "14 September 2023".
	 */
	public String day(Instant instant) {
		return format(instant, DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG));
	}

	/**
	 * "14 September 2023, 09:30".
	 */
	public String dayAndTime(Instant instant) {
		return format(instant, DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT));
	}

	/**
	 * "November 2026".
	 */
	public String month(YearMonth month) {
		return DateTimeFormatter.ofPattern("LLLL yyyy", LocaleContextHolder.getLocale()).format(month);
	}

	/**
	 * ISO 8601 with offset to the second, for {@code <time datetime>} (HTML allows at
	 * most three fraction digits; stored instants have six).
	 */
	public String iso(Instant instant) {
		return DateTimeFormatter.ISO_OFFSET_DATE_TIME
			.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(this.properties.timeZone()));
	}

	private String format(Instant instant, DateTimeFormatter formatter) {
		Locale locale = LocaleContextHolder.getLocale();
		return formatter.withLocale(locale).format(instant.atZone(this.properties.timeZone()));
	}

}
