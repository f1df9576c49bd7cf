package app.takeaways.account;

/**
 * Names the account feature reserves.
 */
public final class Accounts {

	/**
	 * The demo author: it owns the demo posts and never signs in.
	 */
	public static final String DEMO_AUTHOR = "newsroom";

	private Accounts() {
	}

}
