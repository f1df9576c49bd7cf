package app.takeaways.post;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts visible posts per month of a time zone in one statement. {@code AT TIME ZONE}
 * with a zone name and {@code EXTRACT} work alike on H2 and PostgreSQL; the query reads
 * one row per visible post through the published-at index and returns one per month.
 */
@Component
class PostArchive {

	private static final String MONTHS = """
			SELECT y, m, COUNT(*) AS posts FROM (
				SELECT EXTRACT(YEAR FROM (p.published_at AT TIME ZONE :zone)) AS y,
					EXTRACT(MONTH FROM (p.published_at AT TIME ZONE :zone)) AS m
				FROM post p WHERE
			""" + Visibility.SQL + ") months GROUP BY y, m ORDER BY y DESC, m DESC";

	private final JdbcClient jdbc;

	PostArchive(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<MonthCount> months(ZoneId zone, Instant now) {
		return this.jdbc.sql(MONTHS)
			.param("zone", zoneName(zone))
			.param("now", now.atOffset(ZoneOffset.UTC))
			.query((rs, n) -> new MonthCount(YearMonth.of(rs.getInt("y"), rs.getInt("m")), rs.getLong("posts")))
			.list();
	}

	/**
	 * A zone name both databases read the same way. Fixed offsets become {@code Etc/GMT}
	 * zones, whose signs are inverted by convention; offsets that are not whole hours
	 * need a region name such as {@code Asia/Kolkata} in {@code takeaways.time-zone}.
	 */
	static String zoneName(ZoneId zone) {
		ZoneId normalized = zone.normalized();
		if (!(normalized instanceof ZoneOffset offset)) {
			return normalized.getId();
		}
		int seconds = offset.getTotalSeconds();
		if (seconds == 0) {
			return "UTC";
		}
		if (seconds % 3600 != 0) {
			throw new IllegalArgumentException("takeaways.time-zone=" + zone
					+ " is an offset of hours and minutes; use a region name such as Asia/Kolkata");
		}
		int hours = seconds / 3600;
		return (hours > 0) ? "Etc/GMT-" + hours : "Etc/GMT+" + (-hours);
	}

}
