package app.takeaways.moderation;

/**
 * How many comments wait in a queue, as the tabs and the navigation badge show it: exact
 * up to {@link ModerationService#COUNT_CAP}, then "1000+".
 *
 * @param counted comments counted, at most the cap
 * @param capped whether counting stopped at the cap
 */
public record QueueCount(long counted, boolean capped) {

	public boolean any() {
		return this.counted > 0;
	}

	@Override
	public String toString() {
		return this.capped ? this.counted + "+" : Long.toString(this.counted);
	}

}
