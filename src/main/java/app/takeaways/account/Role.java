package app.takeaways.account;

/**
 * What an account may do: editors write and publish posts, admins also moderate and
 * manage accounts.
 */
public enum Role {

	EDITOR, ADMIN

}
