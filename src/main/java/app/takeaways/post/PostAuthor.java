package app.takeaways.post;

/**
 * The author of a post as posts show it, read with the post. Accounts are another
 * module's aggregate: a post keeps only the author's id, and queries that show the
 * author's names join the account by its JPQL entity name in the same statement, through
 * {@link #JOIN} (alias {@code a}, for a post aliased {@code p}). This read join is the
 * one place the post module reads the account's table.
 *
 * @param username the user name
 * @param displayName the name shown
 */
record PostAuthor(String username, String displayName) {

	/**
	 * JPQL: the author {@code a} of the post {@code p}.
	 */
	static final String JOIN = "left join Account a on a.id = p.authorId";

}
