package app.takeaways.post;

import java.time.YearMonth;

/**
 * A month of the archive, in the site's time zone, and how many posts appeared in it.
 */
public record MonthCount(YearMonth month, long posts) {

	/**
	 * The month's address, e.g. {@code /archive/2026/11}.
	 */
	public String path() {
		return "/archive/%04d/%02d".formatted(this.month.getYear(), this.month.getMonthValue());
	}

}
